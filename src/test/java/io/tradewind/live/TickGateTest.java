package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.live.TickGate.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickGateTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final TickGate gate = new TickGate(3, Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Test
    void a_tick_due_while_the_previous_runs_is_skipped_and_counted() {
        assertEquals(Decision.RUN, gate.enter(T0, T0, SECOND));
        assertEquals(Decision.SKIPPED, gate.enter(T0.plusSeconds(1), T0.plusSeconds(1), SECOND));
        gate.succeeded(T0.plusSeconds(1), true);

        assertEquals(Decision.RUN, gate.enter(T0.plusSeconds(2), T0.plusSeconds(2), SECOND));
        assertEquals(1, gate.skipped());
        gate.succeeded(T0.plusSeconds(2), true);
        assertEquals(2, gate.ticks());
    }

    @Test
    void a_tick_firing_more_than_an_interval_late_is_skipped() {
        assertEquals(Decision.SKIPPED, gate.enter(T0.plusMillis(1_500), T0, SECOND));
        assertEquals(1, gate.skipped());
        assertEquals(Decision.RUN, gate.enter(T0.plusMillis(900), T0, SECOND));
    }

    @Test
    void failures_back_off_doubling_up_to_the_limit_and_then_pause() {
        assertEquals(Decision.RUN, gate.enter(T0, T0, SECOND));
        gate.failed(T0, "boom 1");
        assertEquals(Decision.BACKING_OFF, gate.enter(T0.plusMillis(1_999), T0.plusMillis(1_999), SECOND));
        assertEquals(Decision.RUN, gate.enter(T0.plusSeconds(2), T0.plusSeconds(2), SECOND));
        gate.failed(T0.plusSeconds(2), "boom 2");
        // second failure: 4 s
        assertTrue(gate.backingOff(T0.plusMillis(5_999)));
        assertEquals(Decision.RUN, gate.enter(T0.plusSeconds(6), T0.plusSeconds(6), SECOND));
        gate.failed(T0.plusSeconds(6), "boom 3");

        assertEquals(Decision.PAUSED, gate.enter(T0.plusSeconds(60), T0.plusSeconds(60), SECOND));
        assertEquals("failed 3 times in a row; last: boom 3", gate.pausedReason());
        assertEquals(3, gate.errors());
        assertEquals("boom 3", gate.lastError());
    }

    @Test
    void a_success_resets_the_failures_in_a_row() {
        gate.enter(T0, T0, SECOND);
        gate.failed(T0, "a");
        gate.enter(T0.plusSeconds(2), T0.plusSeconds(2), SECOND);
        gate.failed(T0.plusSeconds(2), "b");
        gate.enter(T0.plusSeconds(10), T0.plusSeconds(10), SECOND);
        gate.succeeded(T0.plusSeconds(10), true);
        gate.enter(T0.plusSeconds(11), T0.plusSeconds(11), SECOND);
        gate.failed(T0.plusSeconds(11), "c");

        assertNull(gate.pausedReason());
        assertEquals(3, gate.errors());
    }

    /**
     * An instance that throws on every candle it trades on, beside others on the same paper symbol,
     * caught up after each back-off on the candles they played, as warm-up: those ticks succeeded
     * and it was never paused.
     */
    @Test
    void ticksWithoutADecisionDoNotEndARunOfFailures() {
        Instant now = T0;
        for (int i = 0; i < 5; i++) {
            gate.enter(now, now, SECOND);
            gate.failed(now, "boom");
            now = now.plusSeconds(60);
            if (gate.pausedReason() == null) {
                gate.enter(now, now, SECOND);
                gate.succeeded(now, false);
                now = now.plusSeconds(60);
            }
        }

        assertEquals("failed 5 times in a row; last: boom", gate.pausedReason());
        assertEquals("failed 5 times in a row; last: boom", gate.pausedByFailures());
        gate.resume();
        gate.pause("by the operator");
        assertEquals(null, gate.pausedByFailures(), "paused, but not for failing");
    }

    /** The last error stays after the instance recovers; when it happened tells the operator it is old. */
    @Test
    void the_last_error_keeps_when_it_happened_after_a_success() {
        gate.enter(T0, T0, SECOND);
        gate.failed(T0, "boom");
        gate.enter(T0.plusSeconds(10), T0.plusSeconds(10), SECOND);
        gate.succeeded(T0.plusSeconds(10), true);
        assertEquals("boom", gate.lastError());
        assertEquals(T0, gate.lastErrorAt());

        gate.feedFailed(T0.plusSeconds(20), "venue down");
        assertEquals("feed: venue down", gate.lastError());
        assertEquals(T0.plusSeconds(20), gate.lastErrorAt());
    }

    @Test
    void the_longest_back_off_is_the_limit() {
        TickGate patient = new TickGate(10, Duration.ofSeconds(2), Duration.ofSeconds(5));
        Instant now = T0;
        for (int i = 0; i < 4; i++) {
            now = now.plusSeconds(60);
            patient.enter(now, now, SECOND);
            patient.failed(now, "x");
        }
        assertTrue(patient.backingOff(now.plusMillis(4_999)));
        assertEquals(Decision.RUN, patient.enter(now.plusSeconds(5), now.plusSeconds(5), SECOND));
    }

    @Test
    void resume_clears_a_pause_and_the_back_off() {
        gate.pause("operator");
        assertEquals(Decision.PAUSED, gate.enter(T0, T0, SECOND));
        gate.resume();
        assertNull(gate.pausedReason());
        assertEquals(Decision.RUN, gate.enter(T0, T0, SECOND));
        assertNotNull(gate);
    }
}
