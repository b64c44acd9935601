package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CallWindowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theCallsOfAPeriodGoAtOnceAndTheNextWaitsForTheOldestToAgeOut() {
        CallWindow window = new CallWindow(3, Duration.ofSeconds(10));

        assertEquals(0, window.reserve(0, 0));
        assertEquals(0, window.reserve(2 * SECOND, 0));
        assertEquals(0, window.reserve(4 * SECOND, 0));
        assertEquals(-1, window.reserve(5 * SECOND, 4 * SECOND), "the turn at 10 s is 5 s away");
        assertEquals(5 * SECOND, window.reserve(5 * SECOND, 5 * SECOND));
        assertEquals(7 * SECOND, window.reserve(5 * SECOND, 60 * SECOND), "after the one reserved at 10 s: at 12 s");
        assertEquals(0, window.reserve(30 * SECOND, 0));
    }

    /** Seeded: any span of one period holds at most N reserved calls, whatever the arrivals. */
    @Test
    void noSpanOfOnePeriodHoldsMoreThanNCallsForRandomArrivals() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int calls = 1 + random.nextInt(20);
            long period = (1 + random.nextInt(100)) * SECOND;
            CallWindow window = new CallWindow(calls, Duration.ofNanos(period));
            long[] made = new long[2_000];
            int count = 0;
            long now = 1L << 62; // near the end of nanoTime's range: differences, never comparisons, are used
            while (count < made.length) {
                now += random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * period / calls * 2);
                long wait = window.reserve(now, random.nextBoolean() ? Long.MAX_VALUE : period / 4);
                if (wait >= 0) {
                    made[count++] = now + wait;
                }
            }
            for (int i = calls; i < count; i++) {
                assertEquals(true, made[i] - made[i - calls] >= period, "seed " + seed + ": " + (calls + 1)
                        + " calls within " + (made[i] - made[i - calls]) + " ns of a period of " + period);
            }
        }
    }

    @Test
    void aLimitOfNoCallsOrNoPeriodIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new CallWindow(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new CallWindow(5, Duration.ZERO));
    }
}
