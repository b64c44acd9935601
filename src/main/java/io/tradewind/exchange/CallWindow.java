package io.tradewind.exchange;

import java.time.Duration;

/**
 * At most N calls in any span of one period, as venues state their limits ("20 per 2 min"). It
 * keeps the times of the last N calls; a call waits until the N-th before it is a period old.
 *
 * <p>Written here rather than taken from Bucket4j, which this replaced: a token bucket lets a
 * full bucket's burst and the same period's refill through, up to 2N calls in the first period
 * (and after every idle spell), enough for a venue to block the account; one that cannot do that
 * must give up either the burst or half the rate.
 */
final class CallWindow {

    private final long periodNanos;
    /** The times ({@link System#nanoTime}) of the last calls, a ring: the oldest at {@code next} once full. */
    private final long[] calls;
    private int next;
    private int made;

    CallWindow(long calls, Duration period) {
        if (calls < 1 || calls > 100_000 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs 1 to 100,000 calls in a positive period: "
                    + calls + " per " + period);
        }
        this.calls = new long[(int) calls];
        this.periodNanos = period.toNanos();
    }

    /**
     * Reserves the next call's time.
     *
     * @param now         {@link System#nanoTime} now
     * @param maxWaitNanos how long the caller may wait
     * @return nanoseconds to wait before making the call, or -1 (nothing reserved) when that is
     *         longer than {@code maxWaitNanos}
     */
    synchronized long reserve(long now, long maxWaitNanos) {
        long at = now;
        if (made == calls.length) {
            long freed = calls[next] + periodNanos;
            if (freed - now > 0) {
                at = freed;
            }
        }
        long wait = at - now;
        if (wait > maxWaitNanos) {
            return -1;
        }
        // reservations never go back in time (each is at least the one N before plus a period), so the ring stays in order
        calls[next] = at;
        next = (next + 1) % calls.length;
        made = Math.min(made + 1, calls.length);
        return wait;
    }
}
