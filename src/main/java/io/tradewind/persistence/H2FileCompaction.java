package io.tradewind.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps a running service's H2 file from growing without bound. With {@code WRITE_DELAY=0} every
 * commit writes a new piece of the file, and H2 compacts only in its background writer, which that
 * setting turns off, or when the file is closed: a paper run committing many times a second grew
 * its file by several megabytes a minute until the service stopped. Each minute while the service
 * runs, this compacts the file once it has grown by {@link #DEFAULT_GROWTH_BYTES} since the last
 * compaction (or since the service started), with the compaction H2 runs on close, for at most a
 * second. It takes the writers' turn first (see {@link JdbcSession}), so no write of this process
 * is half-way through meanwhile; the service's writes wait for it. A PostgreSQL store, or a file
 * another process serves, is left alone.
 */
@ApplicationScoped
public class H2FileCompaction {

    private static final Logger LOG = Logger.getLogger(H2FileCompaction.class);
    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";
    /** Steady trading levels off far below this (README, "Where the data lives"); a burst or a fast replay passes it. */
    static final long DEFAULT_GROWTH_BYTES = 32L * 1024 * 1024;
    private static final int MAX_COMPACT_MILLIS = 1000;

    private final DataSource dataSource;
    private final Optional<Path> file;
    private final long growthBytes;
    private volatile boolean serving;
    private long sizeAfterLastCompaction = -1;
    private String lastFailure;

    @Inject
    H2FileCompaction(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this(dataSource, jdbcUrl, DEFAULT_GROWTH_BYTES);
    }

    H2FileCompaction(DataSource dataSource, String jdbcUrl, long growthBytes) {
        this.dataSource = dataSource;
        this.file = storeFile(jdbcUrl);
        this.growthBytes = growthBytes;
    }

    /** {@code jdbc:h2:file:DIR/NAME;…} is the file {@code DIR/NAME.mv.db}; any other store has none to compact. */
    private static Optional<Path> storeFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_FILE_PREFIX)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(H2_FILE_PREFIX.length()).split(";", 2)[0];
        return Optional.of(Paths.get(name + ".mv.db"));
    }

    /** From now on the file is watched: called once the service runs (other commands end long before a minute is up). */
    public void startServing() {
        serving = file.isPresent();
    }

    /** The service is stopping: H2 compacts the file as it closes it. */
    public void stopServing() {
        serving = false;
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compactIfGrown() {
        if (serving) {
            compactIfGrownNow();
        }
    }

    /** One check of the file's size, compacting it when it has grown by the threshold since it was last compacted. */
    synchronized void compactIfGrownNow() {
        try {
            long size = Files.size(file.orElseThrow());
            if (sizeAfterLastCompaction < 0) {
                sizeAfterLastCompaction = size;
            }
            if (size - sizeAfterLastCompaction < growthBytes) {
                return;
            }
            long started = System.nanoTime();
            if (!compact()) {
                return;
            }
            sizeAfterLastCompaction = Files.size(file.orElseThrow());
            lastFailure = null;
            LOG.infof("store file %s compacted from %s to %s in %d ms", file.orElseThrow(), megabytes(size),
                    megabytes(sizeAfterLastCompaction), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            String failure = RootCause.of(e);
            if (!failure.equals(lastFailure)) {
                LOG.warnf("could not compact the store file %s (%s); trying again in a minute", file.orElseThrow(), failure);
                lastFailure = failure;
            }
        }
    }

    /** @return false where another process serves the file (its own service compacts it) */
    private boolean compact() throws SQLException {
        try (JdbcSession turn = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
            Session session = turn.connection().unwrap(JdbcConnection.class).getSession();
            if (!(session instanceof SessionLocal local)) {
                return false;
            }
            MVStore store = local.getDatabase().getStore().getMvStore();
            // H2's compaction drops the retention time (how long freed space is kept before reuse) to zero and leaves it
            // there, as it does on close; the open file keeps its own
            int retention = store.getRetentionTime();
            try {
                store.compactFile(MAX_COMPACT_MILLIS);
            } finally {
                store.setRetentionTime(retention);
            }
            return true;
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
