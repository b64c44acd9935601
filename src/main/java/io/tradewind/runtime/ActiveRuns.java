package io.tradewind.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs of a scheduled task that the service's stop waits for: once closed, no new run starts, and
 * {@link #busy} tells whether a running one has not ended yet. Without it a reconciliation still
 * running when the service stops goes on after the application has shut its store down.
 */
final class ActiveRuns {

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closed;

    /** Runs {@code task} unless closed; returns whether it ran. */
    boolean run(Runnable task) {
        running.incrementAndGet();
        try {
            // counted before the check: a stop that sees no run running sees every later run refused
            if (closed) {
                return false;
            }
            task.run();
            return true;
        } finally {
            running.decrementAndGet();
        }
    }

    /** Refuses every later run. */
    void close() {
        closed = true;
    }

    /** Whether a run is going on now. */
    boolean busy() {
        return running.get() > 0;
    }
}
