package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleRollupTest {

    private final List<Candle> out = new ArrayList<>();
    private final CandleRollup hourly = new CandleRollup(Resolution.H1::bucketStart, out::add);

    @Test
    void minutes_of_one_hour_become_one_bar_with_first_open_last_close_extremes_and_exact_sums() {
        hourly.accept(candle("2026-01-01T10:00:00Z", "100000000000", "100000005000", "99999990000", "100000001000", "0.00000001"));
        hourly.accept(candle("2026-01-01T10:07:00Z", "100000001000", "100000009000", "100000000000", "100000002000", "0.12345678"));
        hourly.accept(candle("2026-01-01T10:59:00Z", "100000002000", "100000003000", "99999980000", "100000000500", "1"));
        hourly.flush();

        assertEquals(1, out.size());
        Candle bar = out.get(0);
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), bar.openTime());
        assertEquals(new BigDecimal("100000000000"), bar.open());
        assertEquals(new BigDecimal("100000009000"), bar.high());
        assertEquals(new BigDecimal("99999980000"), bar.low());
        assertEquals(new BigDecimal("100000000500"), bar.close());
        assertEquals(new BigDecimal("1.12345679"), bar.volume());
        assertEquals(new BigDecimal("3"), bar.quoteVolume());
    }

    @Test
    void each_bucket_with_candles_gives_one_bar_and_an_empty_bucket_none() {
        hourly.accept(candle("2026-01-01T10:30:00Z", "10", "10", "10", "10", "1"));
        hourly.accept(candle("2026-01-01T12:00:00Z", "11", "11", "11", "11", "1"));
        hourly.accept(candle("2026-01-01T12:01:00Z", "12", "12", "12", "12", "1"));
        hourly.flush();
        hourly.flush();

        assertEquals(List.of(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T12:00:00Z")),
                out.stream().map(Candle::openTime).toList());
        assertEquals(new BigDecimal("2"), out.get(1).volume());
    }

    @Test
    void a_candle_not_after_the_previous_one_is_refused() {
        hourly.accept(candle("2026-01-01T10:30:00Z", "10", "10", "10", "10", "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hourly.accept(candle("2026-01-01T10:30:00Z", "10", "10", "10", "10", "1")));
        assertTrue(e.getMessage().contains("ascending"), e.getMessage());
    }

    private static Candle candle(String time, String open, String high, String low, String close, String volume) {
        return new Candle(Instant.parse(time), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), new BigDecimal(volume), BigDecimal.ONE);
    }
}
