package io.tradewind.live;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether one instance's due tick runs, and keeps what the operator sees of its ticks:
 * a tick that is due while the previous one still runs, or that fires more than one interval
 * late, is skipped and counted (never queued); a failed tick backs the instance off for a while
 * that doubles with each failure in a row, and {@code maxFailures} failures in a row pause it.
 * Thread-safe: the scheduler's threads enter and leave, the operator reads and pauses.
 */
public final class TickGate {

    /** What to do with a due tick. */
    public enum Decision {
        RUN, SKIPPED, PAUSED, BACKING_OFF
    }

    private final int maxFailures;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private boolean running;
    private String pausedReason;
    private int failuresInARow;
    private Instant backOffUntil = Instant.MIN;
    private long ticks;
    private long skipped;
    private long errors;
    private long feedFailures;
    private String lastError;
    private Instant lastErrorAt;
    private Instant lastTick;

    /**
     * @param maxFailures  failures in a row that pause the instance
     * @param firstBackOff how long the first failure keeps it from ticking; doubled for each further one
     * @param maxBackOff   the longest back-off
     */
    public TickGate(int maxFailures, Duration firstBackOff, Duration maxBackOff) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        this.maxFailures = maxFailures;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
    }

    /**
     * @param now       when the tick fires
     * @param scheduled when it was due
     * @param lateAfter a tick firing later than this after it was due is skipped
     */
    public synchronized Decision enter(Instant now, Instant scheduled, Duration lateAfter) {
        if (pausedReason != null) {
            return Decision.PAUSED;
        }
        if (now.isBefore(backOffUntil)) {
            return Decision.BACKING_OFF;
        }
        if (running || Duration.between(scheduled, now).compareTo(lateAfter) > 0) {
            skipped++;
            return Decision.SKIPPED;
        }
        running = true;
        return Decision.RUN;
    }

    /**
     * The tick that {@link #enter} let run finished without failing.
     *
     * @param decided whether the strategy decided on a candle in it (one it could trade on). Only
     *                that ends a run of failures: a tick that only caught up on candles as warm-up,
     *                or had no candle due, says nothing of a strategy that throws when it trades, which
     *                would otherwise back off and catch up for ever without being paused
     */
    public synchronized void succeeded(Instant now, boolean decided) {
        running = false;
        ticks++;
        if (decided) {
            failuresInARow = 0;
        }
        lastTick = now;
    }

    /** The tick that {@link #enter} let run failed: back off, or pause after too many failures in a row. */
    public synchronized void failed(Instant now, String error) {
        running = false;
        ticks++;
        errors++;
        failuresInARow++;
        lastTick = now;
        lastError = error;
        lastErrorAt = now;
        if (failuresInARow >= maxFailures) {
            pausedReason = "failed " + failuresInARow + " times in a row; last: " + error;
            return;
        }
        Duration backOff = firstBackOff.multipliedBy(1L << Math.min(failuresInARow - 1, 20));
        backOffUntil = now.plus(backOff.compareTo(maxBackOff) > 0 ? maxBackOff : backOff);
    }

    /**
     * A tick skipped before it reached this gate (the instance's replay group was still in its last
     * tick), counted as {@link #enter} would have: not while paused or backing off, when the tick
     * would not have run anyway. Returns whether it was counted.
     */
    public synchronized boolean skippedBeforeEntering(Instant now) {
        if (pausedReason != null || now.isBefore(backOffUntil)) {
            return false;
        }
        skipped++;
        return true;
    }

    /** A candle reached the instance too late to be decided on (its feed caught up after an outage). */
    public synchronized void skippedLate() {
        skipped++;
    }

    /**
     * The tick ran, but its feed could not reach its venue: counted and shown as the last error,
     * without backing off or pausing the instance, whose feed tries again at a later tick.
     */
    public synchronized void feedFailed(Instant now, String error) {
        feedFailures++;
        lastError = "feed: " + error;
        lastErrorAt = now;
    }

    /** Stops ticking until {@link #resume}; a tick already running finishes. */
    /** Why it was paused for failing {@code max-failures} times in a row, or null: running, or paused for another reason. */
    public synchronized String pausedByFailures() {
        return pausedReason != null && failuresInARow >= maxFailures ? pausedReason : null;
    }

    public synchronized void pause(String reason) {
        pausedReason = reason;
    }

    /** Ticks again, forgetting earlier failures and the back-off. */
    public synchronized void resume() {
        pausedReason = null;
        failuresInARow = 0;
        backOffUntil = Instant.MIN;
    }

    public synchronized boolean running() {
        return running;
    }

    public synchronized String pausedReason() {
        return pausedReason;
    }

    public synchronized boolean backingOff(Instant now) {
        return now.isBefore(backOffUntil);
    }

    public synchronized long ticks() {
        return ticks;
    }

    public synchronized long skipped() {
        return skipped;
    }

    public synchronized long errors() {
        return errors;
    }

    /** Ticks whose feed could not reach its venue. */
    public synchronized long feedFailures() {
        return feedFailures;
    }

    public synchronized String lastError() {
        return lastError;
    }

    /** When the last error happened, or null: it stays after the instance recovers, so the operator can tell an old one. */
    public synchronized Instant lastErrorAt() {
        return lastErrorAt;
    }

    public synchronized Instant lastTick() {
        return lastTick;
    }
}
