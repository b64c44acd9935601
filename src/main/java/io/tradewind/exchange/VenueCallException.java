package io.tradewind.exchange;

import io.tradewind.execution.VenueException;
import java.time.Duration;

/**
 * A venue call that got no usable answer, with what kind of failure it was. The message names the
 * venue and the call, never a credential, token, signature or signed request.
 */
public final class VenueCallException extends VenueException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as the execution service and an operator need to know it. */
    public enum Kind {
        /** Connection refused, reset, DNS failure, or a 5xx answer. */
        UNAVAILABLE,
        /** No answer in time. */
        TIMEOUT,
        /** The venue refused our credentials (401, a bad token, a wrong TOTP code). */
        AUTHENTICATION,
        /** The venue asked us to slow down; {@link #retryAfter()} says for how long when it said. */
        RATE_LIMITED,
        /**
         * An answer we could not read (malformed JSON, a missing field), or one the venue does not give
         * (a 404 without its error body: the base URL is not the venue's).
         */
        MALFORMED_ANSWER,
        /** The venue has no such call: see {@link Venue#capabilities()}. */
        UNSUPPORTED,
        /** The venue refused a read or a cancel for a reason that is not one of the above. */
        REFUSED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public VenueCallException(Kind kind, String message, boolean mayHaveTakenEffect, Duration retryAfter,
            Throwable cause) {
        super(message, mayHaveTakenEffect, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public VenueCallException(Kind kind, String message, boolean mayHaveTakenEffect) {
        this(kind, message, mayHaveTakenEffect, null, null);
    }

    public static VenueCallException unsupported(String venue, String what) {
        return new VenueCallException(Kind.UNSUPPORTED, venue + " cannot " + what, false);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the venue asked us to wait, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
