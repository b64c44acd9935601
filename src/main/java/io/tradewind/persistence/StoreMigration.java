package io.tradewind.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations the first time a store is used, rather than at start-up, so that
 * commands that never touch the store (help, backtests) neither create nor lock {@code ./data}.
 * A process started right after another was killed can find the database file not yet free (the
 * killed one's lock and auto-server entry are still being cleared), so a failed first use is tried
 * again twice, half a second apart, with a warning, before it is reported.
 */
@ApplicationScoped
public class StoreMigration {

    private static final Logger LOG = Logger.getLogger(StoreMigration.class);
    private static final int ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 500;

    private final Flyway flyway;
    private volatile boolean migrated;

    StoreMigration(Flyway flyway) {
        this.flyway = flyway;
    }

    public void ensureMigrated() {
        if (!migrated) {
            synchronized (this) {
                if (!migrated) {
                    migrate();
                    migrated = true;
                }
            }
        }
    }

    private void migrate() {
        for (int attempt = 1;; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("the store was not ready (%s); trying again in %d ms", RootCause.of(e), PAUSE_MILLIS);
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
