package io.tradewind.cli;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends {@code data record} cleanly on Ctrl-C or SIGTERM: Quarkus fires its shutdown event before it
 * closes the datasource, so this asks the running recording to stop and waits until it has
 * finished its poll, committed and printed its summary.
 */
@ApplicationScoped
class DataRecordStop {

    /** How long a stop waits for the poll in progress (a venue call has its own read timeout). */
    private static final long FINISH_SECONDS = 15;

    /** One recording: asked to stop, and done. */
    static final class Recording {
        private final CountDownLatch stop = new CountDownLatch(1);
        private final CountDownLatch finished = new CountDownLatch(1);

        /** Waits up to {@code millis} for a stop; {@code true} when one was asked for. */
        boolean awaitStop(long millis) throws InterruptedException {
            return stop.await(millis, TimeUnit.MILLISECONDS);
        }

        boolean stopRequested() {
            return stop.getCount() == 0;
        }
    }

    private volatile Recording current;

    Recording begin() {
        Recording recording = new Recording();
        current = recording;
        return recording;
    }

    void end(Recording recording) {
        current = null;
        recording.finished.countDown();
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        Recording recording = current;
        if (recording != null) {
            recording.stop.countDown();
            recording.finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
        }
    }
}
