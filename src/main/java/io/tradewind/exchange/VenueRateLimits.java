package io.tradewind.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A venue's documented rate limits, one {@link CallWindow} per group of calls the venue limits
 * together (at most N calls in any span of the period), plus a pause the venue can order with a {@code 429} or a {@code backOff}. One
 * instance per venue, shared by every strategy instance and command on it.
 *
 * <p>{@link #acquire} waits for its turn up to the venue's maximum wait; a call that would wait
 * longer fails as {@code RATE_LIMITED} instead of blocking a strategy's tick without bound.
 */
public final class VenueRateLimits {

    private final String venue;
    private final Map<String, CallWindow> windows;
    private final Duration maxWait;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    private VenueRateLimits(String venue, Map<String, CallWindow> windows, Duration maxWait, Clock clock) {
        this.venue = venue;
        this.windows = Map.copyOf(windows);
        this.maxWait = maxWait;
        this.clock = clock;
    }

    public static Builder builder(String venue) {
        return new Builder(venue);
    }

    /**
     * Takes one call of the group, waiting for the venue's pause and for the group's turn.
     *
     * @throws VenueCallException {@code RATE_LIMITED} when that would take longer than the maximum
     *                            wait, or the thread was interrupted while waiting
     */
    public void acquire(String group) throws VenueCallException {
        CallWindow window = windows.get(group);
        if (window == null) {
            throw new IllegalArgumentException(venue + ": no rate limit group '" + group + "'");
        }
        Duration pause = Duration.between(clock.instant(), pausedUntil.get());
        if (pause.compareTo(maxWait) > 0) {
            throw new VenueCallException(VenueCallException.Kind.RATE_LIMITED, venue + " asked us to pause for "
                    + pause.toSeconds() + " s more; " + group + " calls resume after that", false, pause, null);
        }
        try {
            if (!pause.isNegative() && !pause.isZero()) {
                Thread.sleep(pause.toMillis());
            }
            long wait = window.reserve(System.nanoTime(), maxWait.toNanos());
            if (wait < 0) {
                throw new VenueCallException(VenueCallException.Kind.RATE_LIMITED, venue + ": the " + group
                        + " rate limit leaves no call within " + maxWait.toSeconds() + " s", false);
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VenueCallException(VenueCallException.Kind.RATE_LIMITED, venue + ": interrupted while waiting for the "
                    + group + " rate limit", false);
        }
    }

    /** Stops every call to the venue for the time it asked (a 429 or a {@code backOff}). */
    public void pause(Duration duration) {
        Instant until = clock.instant().plus(duration);
        pausedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** When the venue's pause ends; in the past when there is none. */
    public Instant pausedUntil() {
        return pausedUntil.get();
    }

    public static final class Builder {
        private final String venue;
        private final Map<String, CallWindow> windows = new LinkedHashMap<>();
        private Duration maxWait = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder(String venue) {
            this.venue = venue;
        }

        /** At most {@code calls} calls of the group in any span of {@code period}. */
        public Builder limit(String group, long calls, Duration period) {
            windows.put(group, new CallWindow(calls, period));
            return this;
        }

        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public VenueRateLimits build() {
            return new VenueRateLimits(venue, windows, maxWait, clock);
        }
    }
}
