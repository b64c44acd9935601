package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.execution.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NobitexBadTokenCallsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));

    @Test
    void privateCallsWaitOnceFortyWereRefusedForTheirTokenWithinHalfAnHour() throws VenueCallException {
        NobitexBadTokenCalls calls = new NobitexBadTokenCalls(clock);
        Instant first = clock.instant();
        for (int i = 1; i < NobitexBadTokenCalls.ALLOWED; i++) {
            calls.refused();
            clock.advance(Duration.ofSeconds(10));
        }
        calls.requireAllowed();
        calls.refused();

        VenueCallException refused = assertThrows(VenueCallException.class, calls::requireAllowed);
        assertEquals(Kind.AUTHENTICATION, refused.kind());
        assertEquals("nobitex: 40 calls were refused for a bad token in the last 30 minutes (Nobitex blocks the IP after"
                + " 100); no private call is made before 2026-12-07T12:30:00Z. Check TRADEWIND_NOBITEX_USERNAME, _PASSWORD"
                + " and _TOTP_SECRET, and the account at Nobitex", refused.getMessage());

        clock.advance(Duration.between(clock.instant(), first.plus(NobitexBadTokenCalls.WINDOW).minusSeconds(1)));
        assertThrows(VenueCallException.class, calls::requireAllowed);
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(calls::requireAllowed, "the oldest refusal is half an hour old");
        calls.refused();
        assertThrows(VenueCallException.class, calls::requireAllowed, "40 again within the half hour");
        clock.advance(Duration.ofMinutes(30));
        assertDoesNotThrow(calls::requireAllowed);
    }
}
