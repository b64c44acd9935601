package io.tradewind.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Start-up's wait for venues that do not answer. A venue down when the service starts (a restart
 * during its maintenance, a machine booting before its network) is an outage to ride out, as one
 * later is, not a configuration to mend: the service reads its configuration again after a pause,
 * longer each time up to {@link #LONGEST_PAUSE}, until every venue answers or a stop is asked for.
 * Exiting instead left it to the service manager, which gives up after a few quick restarts.
 */
final class VenuesAtStart {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    /** How often a pause looks for a stop request: a stop signal must not wait out a minute. */
    private static final long STOP_CHECK_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(VenuesAtStart.class);

    /** Waits a while; a test's waits take no time. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private VenuesAtStart() {
    }

    /**
     * The plan {@code read} gives once every venue it asks answers.
     *
     * @param waiting told, after each attempt that failed, the venues that did not answer and why
     * @throws ServiceConfigException  at once, when a problem is not only venues that did not answer
     * @throws StartAbandonedException a stop was asked for while waiting
     */
    static ServicePlan read(Supplier<ServicePlan> read, BooleanSupplier stopRequested, Pause pause,
            Consumer<Map<String, String>> waiting) {
        Duration wait = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            if (stopRequested.getAsBoolean()) {
                throw new StartAbandonedException("the venues answered");
            }
            try {
                return read.get();
            } catch (ServiceConfigException e) {
                if (!e.venueUnavailable()) {
                    throw e;
                }
                e.getMessage().lines().forEach(problem -> LOG.warnf("%s", problem));
                waiting.accept(e.unansweredVenues());
                LOG.warnf("start-up waits for the venue (attempt %d): trying again in %d s; stop with Ctrl-C or SIGTERM",
                        attempt, wait.toSeconds());
            }
            sleep(wait, stopRequested, pause);
            wait = wait.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait.multipliedBy(2);
        }
    }

    private static void sleep(Duration wait, BooleanSupplier stopRequested, Pause pause) {
        try {
            for (long slept = 0; slept < wait.toMillis(); slept += STOP_CHECK_MILLIS) {
                if (stopRequested.getAsBoolean()) {
                    break;
                }
                pause.sleep(STOP_CHECK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartAbandonedException("the venues answered (interrupted)");
        }
        if (stopRequested.getAsBoolean()) {
            throw new StartAbandonedException("the venues answered");
        }
    }
}
