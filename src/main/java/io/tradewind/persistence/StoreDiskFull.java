package io.tradewind.persistence;

import io.tradewind.domain.DeepestCause;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes that fail because the disk under the store is full: their error says where space is
 * missing and what to do (H2's words, "No space left on device", name neither), and the last one
 * is kept until a write succeeds again, so that readiness says the store is down meanwhile (reads
 * still answer). One process writes one store, so this is the process's, as {@link JdbcSession}'s
 * write turn is.
 */
final class StoreDiskFull {

    /** PostgreSQL's SQL state for a full disk on the server. */
    private static final String DISK_FULL = "53100";

    private static volatile String lastFailure;

    private StoreDiskFull() {
    }

    /** Whether {@code e} says the disk is full: the system's ENOSPC under H2, or PostgreSQL's disk_full. */
    static boolean ranOut(Throwable e) {
        return onTheServer(e) || String.valueOf(DeepestCause.of(e).getMessage()).contains("No space left on device");
    }

    /** {@code line}, the root cause of a failure that {@link #ranOut}, with where and what to do; kept for readiness. */
    static String failed(String line, Throwable e) {
        String said = line + (onTheServer(e) ? ": the database server's disk is full: free space on it"
                : ": the disk holding the data directory " + dataDirectory() + " is full: free space on it");
        lastFailure = said;
        return said;
    }

    private static boolean onTheServer(Throwable e) {
        return DeepestCause.inChain(e, cause -> cause instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState()));
    }

    /** A write was committed: there is space again. */
    static void wrote() {
        if (lastFailure != null) { // a read first: the order path commits many times a second
            lastFailure = null;
        }
    }

    /** Why writes to the store failed last for lack of space, until one succeeds again. */
    static Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The configured data directory, in full: the directory {@code df} and the operator look at. */
    private static String dataDirectory() {
        return ConfigProvider.getConfig().getOptionalValue("tradewind.data-dir", String.class)
                .map(dir -> Path.of(dir).toAbsolutePath().normalize().toString())
                .orElse("(tradewind.data-dir)");
    }
}
