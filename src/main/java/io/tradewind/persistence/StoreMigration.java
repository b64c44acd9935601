package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations the first time a store is used, rather than at start-up, so that
 * commands that never touch the store (help, backtests) neither create nor lock {@code ./data};
 * a large file is compacted first ({@link StoreCompaction}), as nothing of the process uses it yet.
 * A process started right after another was killed can find the database file not yet free (the
 * killed one's lock and auto-server entry are still being cleared), and commands started together
 * race to serve the file (six backtests at once: four failed, "Lock file recently modified", a
 * TimeoutException). So a failed first use is tried again, with a warning, after pauses that
 * double from a quarter second up to two, each a random part longer so that racing processes part,
 * until the pauses add up to {@value #PATIENCE_MILLIS} ms; the next failure is reported. A data directory that
 * is a file is reported at once: H2 would print its own stack traces on standard error, three
 * times over, before failing.
 */
@ApplicationScoped
public class StoreMigration {

    private static final Logger LOG = Logger.getLogger(StoreMigration.class);
    /** How long a first use pauses between tries in all; a process that holds the file unshared is reported after it. */
    static final long PATIENCE_MILLIS = 30_000;
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    /** Waits between tries; a test's waits take no time. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final Flyway flyway;
    private final Path dataDir;
    private final long patienceMillis;
    private final Pause pause;
    private final Runnable compactIfLarge;
    private volatile boolean migrated;

    @Inject
    StoreMigration(Flyway flyway, @ConfigProperty(name = "tradewind.data-dir") Path dataDir, StoreCompaction compaction) {
        this(flyway, dataDir, PATIENCE_MILLIS, Thread::sleep, compaction::compactIfLarge);
    }

    /**
     * @param patienceMillis the pauses between tries, in all, after which a failed try is the last
     * @param compactIfLarge run before the migrations, while nothing of this process uses the store yet
     */
    StoreMigration(Flyway flyway, Path dataDir, long patienceMillis, Pause pause, Runnable compactIfLarge) {
        this.flyway = flyway;
        this.dataDir = dataDir;
        this.patienceMillis = patienceMillis;
        this.pause = pause;
        this.compactIfLarge = compactIfLarge;
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
        compactIfLarge.run();
        long paused = 0;
        for (long next = FIRST_PAUSE_MILLIS;; next = Math.min(2 * next, LONGEST_PAUSE_MILLIS)) {
            try {
                flyway.migrate();
                return;
            } catch (RuntimeException e) {
                if (e instanceof FlywayValidateException) {
                    refuseAStoreOfANewerVersion();
                }
                if (paused >= patienceMillis || RootCause.isPermanent(e)) {
                    throw e;
                }
                long wait = next + ThreadLocalRandom.current().nextLong(next);
                LOG.warnf("the store was not ready (%s); trying again in %d ms", RootCause.of(e), wait);
                try {
                    pause.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                paused += wait;
            }
        }
    }

    /**
     * A store a newer Tradewind migrated (an operator rolled back after an upgrade) fails Flyway's
     * validation: said so at once, with what to do, rather than retried for 30 s as a store not
     * ready and reported as "Migrations have failed validation".
     */
    private void refuseAStoreOfANewerVersion() {
        MigrationInfo[] all = flyway.info().all();
        MigrationInfo newest = null;
        MigrationInfo known = null;
        for (MigrationInfo migration : all) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS) {
                newest = migration;
            } else if (migration.getVersion() != null) {
                known = migration;
            }
        }
        if (newest == null) {
            return;
        }
        throw new StoreException("it was migrated by a newer Tradewind (its schema is at version "
                + newest.getVersion() + ", '" + newest.getDescription() + "'; this version knows up to "
                + (known == null ? "none" : known.getVersion()) + "), so this version cannot use it: run the version"
                + " that migrated it, or restore the backup taken before the upgrade (README, Upgrading without losing"
                + " orders)");
    }
}
