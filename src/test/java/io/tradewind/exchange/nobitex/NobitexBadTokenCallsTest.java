package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NobitexBadTokenCallsTest {

    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void privateCallsWaitOnceFortyWereRefusedForTheirTokenWithinHalfAnHour() throws VenueCallException {
        NobitexBadTokenCalls calls = new NobitexBadTokenCalls(clock);
        Instant first = now;
        for (int i = 1; i < NobitexBadTokenCalls.ALLOWED; i++) {
            calls.refused();
            now = now.plusSeconds(10);
        }
        calls.requireAllowed();
        calls.refused();

        VenueCallException refused = assertThrows(VenueCallException.class, calls::requireAllowed);
        assertEquals(Kind.AUTHENTICATION, refused.kind());
        assertEquals("nobitex: 40 calls were refused for a bad token in the last 30 minutes (Nobitex blocks the IP after"
                + " 100); no private call is made before 2026-12-07T12:30:00Z. Check TRADEWIND_NOBITEX_USERNAME, _PASSWORD"
                + " and _TOTP_SECRET, and the account at Nobitex", refused.getMessage());

        now = first.plus(NobitexBadTokenCalls.WINDOW).minusSeconds(1);
        assertThrows(VenueCallException.class, calls::requireAllowed);
        now = first.plus(NobitexBadTokenCalls.WINDOW);
        assertDoesNotThrow(calls::requireAllowed, "the oldest refusal is half an hour old");
        calls.refused();
        assertThrows(VenueCallException.class, calls::requireAllowed, "40 again within the half hour");
        now = now.plus(Duration.ofMinutes(30));
        assertDoesNotThrow(calls::requireAllowed);
    }
}
