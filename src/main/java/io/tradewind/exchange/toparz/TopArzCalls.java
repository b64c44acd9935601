package io.tradewind.exchange.toparz;

import io.tradewind.exchange.VenueHttpError;
import io.tradewind.exchange.SafeRetry;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueRateLimits;
import io.tradewind.execution.VenueException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * How every TopArz call goes out: through its group's rate limit, retried only where that is safe
 * ({@link SafeRetry}), a {@code 429} pausing the whole venue, transport failures classified by
 * {@link VenueFailures}. A refusal (a 4xx other than 401 and 429) comes back as a {@link Reply}
 * with TopArz's body, because a refused order is an answer, not a failure.
 */
final class TopArzCalls {

    /** How long the venue pauses after a {@code 429} without {@code Retry-After}. */
    static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(TopArzCalls.class);

    /** One HTTP call of the REST client, answering the body. */
    @FunctionalInterface
    interface Http {
        String send();
    }

    /** A body, or a refusal with its status and body. */
    record Reply(int status, String body) {
        boolean ok() {
            return status < 400;
        }
    }

    private final VenueRateLimits limits;
    private final SafeRetry retry;

    TopArzCalls(VenueRateLimits limits, SafeRetry retry) {
        this.limits = limits;
        this.retry = retry;
    }

    /** A read, retried on transport failures; a refusal throws {@code REFUSED}. */
    String read(String group, String call, Http http) throws VenueException {
        Reply reply = readReply(group, call, http);
        if (!reply.ok()) {
            throw TopArzAnswers.refused(call, reply);
        }
        return reply.body();
    }

    /** A read whose refusal the caller handles (an order TopArz does not know). */
    Reply readReply(String group, String call, Http http) throws VenueException {
        return retry.call(() -> exchange(group, call, false, http));
    }

    /** A write, retried only while it cannot have reached TopArz ({@link SafeRetry#callWrite}). */
    Reply write(String group, String call, Http http) throws VenueException {
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
            VenueCallException failure = VenueFailures.classify(TopArzVenue.ID, call, e, write);
            if (failure.kind() == Kind.RATE_LIMITED) {
                Duration pause = failure.retryAfter() != null ? failure.retryAfter() : DEFAULT_PAUSE;
                limits.pause(pause);
                LOG.warnf("toparz asked us to slow down (%s): pausing every call for %d s", call, pause.toSeconds());
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
