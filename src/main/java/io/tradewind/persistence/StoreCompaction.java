package io.tradewind.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jboss.logging.Logger;

/**
 * Compacts a large H2 store file when the service starts. With {@code WRITE_DELAY=0} (every commit
 * on disk before it returns) each commit writes a new piece of the file, and H2 compacts only on
 * close, for at most 200 ms: a paper service's file grew by about 16 MB an hour at the demo's pace
 * and 819 MB in a fast replay of 3,459 orders, of 1.9 MB of data, and a restart left it at 811 MB.
 * H2's ways to compact an open file trip its own assertions while another session commits (tried:
 * {@code compactFile} beside two writers), so this runs once, before the service uses the store:
 * {@code SHUTDOWN COMPACT}, which rewrote those 811 MB into 1.9 MB in 1.1 s, then the pool drops
 * the connections the shutdown closed. It does nothing when another process serves the file (a
 * command-line tool opened it first: its work must not be cut off) or when the store is not H2.
 */
@ApplicationScoped
public class StoreCompaction {

    private static final Logger LOG = Logger.getLogger(StoreCompaction.class);

    /** Below this the file is left as it is: compacting it would save little and cost a start-up a moment. */
    static final long COMPACT_ABOVE_BYTES = 64L * 1024 * 1024;
    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    private final AgroalDataSource dataSource;
    private final Path file;
    private final boolean h2;

    private final long compactAboveBytes;

    StoreCompaction(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this(dataSource, dbKind, jdbcUrl, COMPACT_ABOVE_BYTES);
    }

    /** @param compactAboveBytes the size from which the file is compacted (a test's smaller file) */
    StoreCompaction(AgroalDataSource dataSource, String dbKind, String jdbcUrl, long compactAboveBytes) {
        this.dataSource = dataSource;
        this.h2 = "h2".equals(dbKind) && jdbcUrl.startsWith(H2_FILE_PREFIX);
        this.file = h2 ? Path.of(jdbcUrl.substring(H2_FILE_PREFIX.length()).split(";", 2)[0] + ".mv.db").normalize() : null;
        this.compactAboveBytes = compactAboveBytes;
    }

    /** Compacts the file when it is large and this process is the only one using it; logs what it did. */
    public void compactIfLarge() {
        long before = size();
        if (!h2 || before < compactAboveBytes) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal)) {
                LOG.infof("the store file %s is %s: left uncompacted, as another process serves it (a command-line tool);"
                        + " the next start compacts it", file, megabytes(before));
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            // the shutdown closes the connection under it: what matters is the file's size after it
            LOG.debugf("compacting the store: %s", e.getMessage());
        } finally {
            dataSource.flush(AgroalDataSource.FlushMode.ALL);
        }
        LOG.infof("compacted the store file %s at start: %s to %s in %.1f s", file, megabytes(before), megabytes(size()),
                (System.nanoTime() - started) / 1e9);
    }

    private long size() {
        try {
            return file != null && Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
