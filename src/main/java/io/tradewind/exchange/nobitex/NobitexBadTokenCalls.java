package io.tradewind.exchange.nobitex;

import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Nobitex blocks an IP that makes more than 100 calls with a bad token in 30 minutes
 * ({@code exchanges.md}). Counts the calls refused for their token and, at
 * {@value #ALLOWED} within 30 minutes, allows no private call until the oldest of them is 30
 * minutes old: credentials whose tokens keep being refused (a changed password, a locked account)
 * then cost the bot its private calls for a while, never the IP. Not thread-safe: the session
 * calls it under its own lock.
 */
final class NobitexBadTokenCalls {

    /** Calls refused for a bad token within {@link #WINDOW} before private calls wait. */
    static final int ALLOWED = 40;

    static final Duration WINDOW = Duration.ofMinutes(30);

    private final Clock clock;
    /** When each refusal of the last {@link #WINDOW} came, oldest first. */
    private final Deque<Instant> refusals = new ArrayDeque<>();

    NobitexBadTokenCalls(Clock clock) {
        this.clock = clock;
    }

    void refused() {
        refusals.addLast(clock.instant());
    }

    /** @throws VenueCallException an authentication failure while the refusals of the last 30 minutes are too many */
    void requireAllowed() throws VenueCallException {
        Instant windowStart = clock.instant().minus(WINDOW);
        while (!refusals.isEmpty() && !refusals.peekFirst().isAfter(windowStart)) {
            refusals.removeFirst();
        }
        if (refusals.size() >= ALLOWED) {
            throw new VenueCallException(Kind.AUTHENTICATION, NobitexTransport.VENUE + ": " + refusals.size()
                    + " calls were refused for a bad token in the last 30 minutes (Nobitex blocks the IP after 100); no"
                    + " private call is made before " + refusals.peekFirst().plus(WINDOW) + ". Check"
                    + " TRADEWIND_NOBITEX_USERNAME, _PASSWORD and _TOTP_SECRET, and the account at Nobitex", false);
        }
    }
}
