package io.tradewind.exchange;

import io.smallrye.faulttolerance.api.Guard;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.execution.VenueException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * Retries with exponential backoff (SmallRye Fault Tolerance) for calls that are safe to repeat:
 * reads, and placements at a venue that deduplicates by our client order id. Only transport
 * failures are retried; a refusal, an authentication failure or a rate-limit answer is not, and a
 * write to a venue that does not deduplicate must never go through here.
 */
public final class SafeRetry {

    /** A call to a venue that answers or fails with a {@link VenueException}. */
    @FunctionalInterface
    public interface VenueCall<T> {
        T call() throws VenueException;
    }

    private final Guard guard;

    public SafeRetry(int maxRetries, long initialDelayMillis) {
        this.guard = Guard.create()
                .withRetry()
                .maxRetries(maxRetries)
                .delay(initialDelayMillis, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(SafeRetry::transientFailure)
                .withExponentialBackoff().factor(2).maxDelay(5, ChronoUnit.SECONDS).done()
                .done()
                .build();
    }

    public <T> T call(VenueCall<T> call) throws VenueException {
        Callable<Object> action = call::call;
        try {
            @SuppressWarnings("unchecked")
            T answer = (T) guard.call(action, Object.class);
            return answer;
        } catch (VenueException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected checked failure " + e.getClass().getSimpleName(), e);
        }
    }

    private static boolean transientFailure(Throwable failure) {
        return failure instanceof VenueCallException e
                && (e.kind() == Kind.UNAVAILABLE || e.kind() == Kind.TIMEOUT);
    }
}
