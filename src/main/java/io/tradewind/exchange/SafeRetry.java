package io.tradewind.exchange;

import io.smallrye.faulttolerance.api.Guard;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.execution.VenueException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

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
    private final Guard writeGuard;

    public SafeRetry(int maxRetries, long initialDelayMillis) {
        this.guard = guard(maxRetries, initialDelayMillis, SafeRetry::transientFailure);
        this.writeGuard = guard(maxRetries, initialDelayMillis, SafeRetry::transientAndUnapplied);
    }

    private static Guard guard(int maxRetries, long initialDelayMillis,
            Predicate<Throwable> retryOn) {
        return Guard.create()
                .withRetry()
                .maxRetries(maxRetries)
                .delay(initialDelayMillis, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(retryOn)
                .withExponentialBackoff().factor(2).maxDelay(5, ChronoUnit.SECONDS).done()
                .done()
                .build();
    }

    public <T> T call(VenueCall<T> call) throws VenueException {
        return run(guard, call);
    }

    /**
     * For a write at a venue that deduplicates by client order id: retries only transient failures
     * after which the write cannot have taken effect (a refused connection). A timeout or a lost
     * answer is thrown at once, so that the caller looks the order up instead of sending it again.
     */
    public <T> T callWrite(VenueCall<T> call) throws VenueException {
        return run(writeGuard, call);
    }

    private static <T> T run(Guard guard, VenueCall<T> call) throws VenueException {
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

    private static boolean transientAndUnapplied(Throwable failure) {
        return transientFailure(failure) && !((VenueCallException) failure).mayHaveTakenEffect();
    }
}
