package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayPaceTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void plays_the_candles_due_at_the_speed() {
        ReplayPace pace = new ReplayPace(new BigDecimal("2"), 10, T0);

        assertEquals(0, pace.due(T0.plusMillis(400)));
        assertEquals(1, pace.due(T0.plusMillis(500)));
        assertEquals(1, pace.due(T0.plusMillis(1_000)));
        assertEquals(4, pace.due(T0.plusMillis(3_000)));
    }

    @Test
    void a_tick_earlier_than_the_last_plays_nothing() {
        ReplayPace pace = new ReplayPace(BigDecimal.ONE, 10, T0);
        assertEquals(2, pace.due(T0.plusSeconds(2)));

        assertEquals(0, pace.due(T0.plusSeconds(1)));
        assertEquals(1, pace.due(T0.plusSeconds(3)));
    }

    @Test
    void a_long_stall_plays_at_most_the_cap_and_forgets_the_rest() {
        ReplayPace pace = new ReplayPace(BigDecimal.TEN, 20, T0);

        assertEquals(20, pace.due(T0.plusSeconds(60)));
        assertEquals(0, pace.due(T0.plusSeconds(60)));
        assertEquals(10, pace.due(T0.plusSeconds(61)));
    }

    @Test
    void slow_replays_tick_once_per_candle_fast_ones_at_the_finest_interval() {
        assertEquals(Duration.ofSeconds(4), ReplayPace.interval(new BigDecimal("0.25"), Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(1), ReplayPace.interval(new BigDecimal("50"), Duration.ofSeconds(1)));
    }
}
