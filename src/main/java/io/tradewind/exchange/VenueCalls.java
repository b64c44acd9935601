package io.tradewind.exchange;

import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.execution.VenueException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * How every call of a venue goes out: through its group's rate limit ({@link VenueRateLimits}),
 * reads retried on transport failures and writes only while they cannot have reached the venue
 * ({@link SafeRetry}), a {@code 429} pausing every call to the venue, transport failures classified
 * by {@link VenueFailures}. A refusal (a 4xx other than 401 and 429) comes back as a {@link Reply}
 * with the venue's body, because a refused order is an answer, not a failure.
 */
public final class VenueCalls {

    /** How long the venue pauses after a {@code 429} without {@code Retry-After}. */
    public static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(VenueCalls.class);

    /** One HTTP call of a REST client, answering the body. */
    @FunctionalInterface
    public interface Http {
        String send();
    }

    /** A body, or a refusal with its status and body. */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status < 400;
        }
    }

    private final String venue;
    private final VenueRateLimits limits;
    private final SafeRetry retry;

    private VenueCalls(String venue, VenueRateLimits limits, SafeRetry retry) {
        this.venue = venue;
        this.limits = limits;
        this.retry = retry;
    }

    /**
     * The calls of a venue opened with {@code settings}, under the rate limits {@code limits} adds:
     * a call waits for them at most the settings' rate-limit wait, and is retried twice, from
     * 200 ms on, as {@link SafeRetry} allows.
     */
    public static VenueCalls of(String venue, VenueSettings settings, Clock clock,
            UnaryOperator<VenueRateLimits.Builder> limits) {
        return new VenueCalls(venue, limits.apply(VenueRateLimits.builder(venue))
                .maxWait(settings.rateLimitWait())
                .clock(clock)
                .build(), new SafeRetry(2, 200));
    }

    /** A read, retried on transport failures; the caller decides what a refusal means. */
    public Reply read(String group, String call, Http http) throws VenueException {
        return retry.call(() -> exchange(group, call, false, http));
    }

    /** A write, retried only while it cannot have reached the venue ({@link SafeRetry#callWrite}). */
    public Reply write(String group, String call, Http http) throws VenueException {
        return retry.callWrite(() -> exchange(group, call, true, http));
    }

    private Reply exchange(String group, String call, boolean write, Http http) throws VenueCallException {
        limits.acquire(group);
        try {
            return new Reply(200, http.send());
        } catch (RuntimeException e) {
            VenueHttpError answer = find(e);
            if (answer != null && answer.status() >= 400 && answer.status() < 500 && answer.status() != 401
                    && answer.status() != 429) {
                return new Reply(answer.status(), answer.body());
            }
            VenueCallException failure = VenueFailures.classify(venue, call, e, write);
            if (failure.kind() == Kind.RATE_LIMITED) {
                Duration pause = failure.retryAfter() != null ? failure.retryAfter() : DEFAULT_PAUSE;
                limits.pause(pause);
                LOG.warnf("%s asked us to slow down (%s): pausing every call for %d s", venue, call, pause.toSeconds());
            }
            throw failure;
        }
    }

    private static VenueHttpError find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VenueHttpError answer) {
                return answer;
            }
        }
        return null;
    }
}
