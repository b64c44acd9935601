package io.tradewind.cli;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a long command ({@code data record}, {@code data generate}, {@code data import}) cleanly on
 * Ctrl-C or SIGTERM, with the store still open. Left to the JVM, a signal runs every shutdown hook at
 * once, H2's among them, and the store closed under the command's write: it failed with "The
 * database is open in exclusive mode" or a closed store. So {@code main} takes the signals for
 * these commands ({@link StopSignals#takenFor}), and the first asks the running command to stop: it
 * commits what it keeps (a recording's last poll) or rolls back what it must not keep (an
 * unfinished all-or-nothing write), says so and returns. A shutdown without a signal (the
 * application stopping) asks the same and waits for it, before Quarkus closes the datasource.
 */
@ApplicationScoped
class CommandStop {

    /** How long a stop waits for the command to wind down (a venue call has its own read timeout). */
    private static final long FINISH_SECONDS = 15;

    /** One run of a command: asked to stop, and done. */
    static final class Run {
        private final CountDownLatch stop = new CountDownLatch(1);
        private final CountDownLatch finished = new CountDownLatch(1);

        private void requestStop() {
            stop.countDown();
        }

        /** Waits up to {@code millis} for a stop; {@code true} when one was asked for. */
        boolean awaitStop(long millis) throws InterruptedException {
            return stop.await(millis, TimeUnit.MILLISECONDS);
        }

        boolean stopRequested() {
            return stop.getCount() == 0;
        }
    }

    private volatile Run current;

    Run begin() {
        Run run = new Run();
        current = run;
        StopSignals.current().onStop(run::requestStop);
        return run;
    }

    /** The exit code of a command that stopped on request: the shell's for the signal that asked. */
    static int stoppedExitCode() {
        return StopSignals.current().exitCode(ExitCode.STOPPED);
    }

    void end(Run run) {
        current = null;
        run.finished.countDown();
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        Run run = current;
        if (run != null) {
            run.requestStop();
            run.finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
        }
    }
}
