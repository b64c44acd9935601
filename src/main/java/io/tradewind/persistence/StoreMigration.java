package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations the first time a store is used, rather than at start-up, so that
 * commands that never touch the store (help, backtests) neither create nor lock {@code ./data}.
 * A process started right after another was killed can find the database file not yet free (the
 * killed one's lock and auto-server entry are still being cleared), so a failed first use is tried
 * again twice, half a second apart, with a warning, before it is reported. A data directory that
 * is a file is reported at once: H2 would print its own stack traces on standard error, three
 * times over, before failing.
 */
@ApplicationScoped
public class StoreMigration {

    private static final Logger LOG = Logger.getLogger(StoreMigration.class);
    private static final int ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 500;

    private final Flyway flyway;
    private final Path dataDir;
    private volatile boolean migrated;

    StoreMigration(Flyway flyway, @ConfigProperty(name = "tradewind.data-dir") Path dataDir) {
        this.flyway = flyway;
        this.dataDir = dataDir;
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
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new StoreException(dataDir + " is a file, not a directory: point tradewind.data-dir at a directory"
                    + " (the environment variable TRADEWIND_DATA_DIR, or -Dtradewind.data-dir=DIR before -jar)");
        }
        // H2 opens a file it may not write read-only, which its file sharing refuses with a riddle
        // ("Feature not supported: AUTO_SERVER=TRUE && (readOnly ..."): say what is wrong instead
        for (Path path : List.of(dataDir, dataDir.resolve("tradewind.mv.db"))) {
            if (Files.exists(path) && !Files.isWritable(path)) {
                throw new StoreException(path + " is not writable by user " + System.getProperty("user.name")
                        + " (a command run as another user, root say, may have made it): give it back with chown, or run as"
                        + " its owner");
            }
        }
        for (int attempt = 1;; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || RootCause.isPermanent(e)) {
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
