package io.tradewind.exchange.negociecoins;

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
 * How every NegocieCoins call goes out: through the venue's one rate limit, reads retried on
 * transport failures and writes only while they cannot have reached the venue ({@link SafeRetry}),
 * a {@code 429} pausing every call, transport failures classified by {@link VenueFailures}. A
 * refusal (a 4xx other than 401 and 429) comes back as a {@link Reply} with the venue's body,
 * because a refused order is an answer.
 */
final class NegocieCoinsCalls {

    /** The one rate-limit group: NegocieCoins documents no limits, so all calls share one pace. */
    static final String ALL = "all";
    /** How long every call waits after a {@code 429} without {@code Retry-After}. */
    static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(NegocieCoinsCalls.class);

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

    NegocieCoinsCalls(VenueRateLimits limits, SafeRetry retry) {
        this.limits = limits;
        this.retry = retry;
    }

    /** A read; a refusal throws {@code REFUSED} with the venue's words. */
    String read(String call, Http http) throws VenueException {
        Reply reply = readReply(call, http);
        if (!reply.ok()) {
            throw NegocieCoinsAnswers.refused(call, reply);
        }
        return reply.body();
    }

    /** A read whose refusal the caller handles (an order the venue does not know). */
    Reply readReply(String call, Http http) throws VenueException {
        return retry.call(() -> exchange(call, false, http));
    }

    /** A write: never repeated once it may have reached NegocieCoins, which does not deduplicate. */
    Reply write(String call, Http http) throws VenueException {
        return retry.callWrite(() -> exchange(call, true, http));
    }

    private Reply exchange(String call, boolean write, Http http) throws VenueCallException {
        limits.acquire(ALL);
        try {
            return new Reply(200, http.send());
        } catch (RuntimeException e) {
            VenueHttpError answer = find(e);
            if (answer != null && answer.status() >= 400 && answer.status() < 500 && answer.status() != 401
                    && answer.status() != 429) {
                return new Reply(answer.status(), answer.body());
            }
            VenueCallException failure = VenueFailures.classify(NegocieCoinsVenue.ID, call, e, write);
            if (failure.kind() == Kind.RATE_LIMITED) {
                Duration pause = failure.retryAfter() != null ? failure.retryAfter() : DEFAULT_PAUSE;
                limits.pause(pause);
                LOG.warnf("negociecoins asked us to slow down (%s): pausing every call for %d s", call,
                        pause.toSeconds());
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
