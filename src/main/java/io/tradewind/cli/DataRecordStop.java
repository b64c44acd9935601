package io.tradewind.cli;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends {@code data record} cleanly on Ctrl-C or SIGTERM: Quarkus fires its shutdown event before it
 * closes the datasource, so this asks the recording to stop and waits until it has finished its
 * poll, committed and printed its summary.
 */
@ApplicationScoped
class DataRecordStop {

    /** How long a stop waits for the poll in progress (a venue call has its own read timeout). */
    private static final long FINISH_SECONDS = 15;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running;

    void begin() {
        running = true;
    }

    /** Waits up to {@code millis} for a stop; {@code true} when one was asked for. */
    boolean awaitStop(long millis) throws InterruptedException {
        return stopRequested.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    void end() {
        running = false;
        finished.countDown();
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopRequested.countDown();
        if (running) {
            finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
        }
    }
}
