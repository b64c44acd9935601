package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VenueRateLimitsTest {

    @Test
    void aGroupGivesItsCallsThenRefusesRatherThanWaitingLongerThanAllowed() throws Exception {
        VenueRateLimits limits = VenueRateLimits.builder("nobitex")
                .limit("orders", 2, Duration.ofMinutes(10))
                .limit("depth", 300, Duration.ofMinutes(1))
                .maxWait(Duration.ofMillis(50))
                .build();

        limits.acquire("orders");
        limits.acquire("orders");
        VenueCallException third = assertThrows(VenueCallException.class, () -> limits.acquire("orders"));

        assertEquals(VenueCallException.Kind.RATE_LIMITED, third.kind());
        assertTrue(third.getMessage().contains("orders"), third.getMessage());
        limits.acquire("depth");
    }

    /** A token bucket that starts full and refills the same period let 2N calls through in the first period. */
    @Test
    void noSpanOfOnePeriodHoldsMoreThanItsCallsBurstsIncluded() throws Exception {
        Duration period = Duration.ofMillis(400);
        VenueRateLimits limits = VenueRateLimits.builder("nobitex").limit("wallets", 5, period)
                .maxWait(Duration.ofSeconds(5)).build();
        // each call's turn lies between the time noted before acquire and the time noted after it: a
        // thread put aside between acquire and the clock (a loaded machine) cannot make a span look short
        List<Long> asked = new ArrayList<>();
        List<Long> made = new ArrayList<>();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 3 * period.toNanos()) {
            asked.add(System.nanoTime());
            limits.acquire("wallets");
            made.add(System.nanoTime());
        }

        assertTrue(made.size() >= 5 * 3, "the limit lets its calls through: " + made.size());
        for (int i = 5; i < made.size(); i++) {
            long longestSpan = made.get(i) - asked.get(i - 5);
            assertTrue(longestSpan >= period.toNanos(), "6 calls within " + longestSpan / 1_000_000 + " ms at most, of a limit of 5"
                    + " per 400 ms");
        }
    }

    @Test
    void aPauseTheVenueOrderedStopsEveryGroupUntilItEnds() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        VenueRateLimits limits = VenueRateLimits.builder("nobitex")
                .limit("depth", 300, Duration.ofMinutes(1))
                .maxWait(Duration.ofSeconds(1))
                .clock(clock)
                .build();

        limits.pause(Duration.ofSeconds(60));
        limits.pause(Duration.ofSeconds(5));
        VenueCallException paused = assertThrows(VenueCallException.class, () -> limits.acquire("depth"));

        assertEquals(VenueCallException.Kind.RATE_LIMITED, paused.kind());
        assertEquals(Duration.ofSeconds(60), paused.retryAfter(), "a shorter pause never cuts a longer one");
        assertEquals(Instant.parse("2026-12-03T10:01:00Z"), limits.pausedUntil());
    }

    @Test
    void anUnknownGroupIsAProgrammingError() {
        VenueRateLimits limits = VenueRateLimits.builder("toparz").limit("public", 1, Duration.ofSeconds(1)).build();
        assertThrows(IllegalArgumentException.class, () -> limits.acquire("privte"));
    }
}
