package io.tradewind.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Compacts a large, mostly dead H2 store file when the service first uses it (while it runs,
 * {@link StoreHousekeeping} keeps it from growing so). With
 * {@code WRITE_DELAY=0} (every commit on disk before it returns) each commit writes a new piece of
 * the file, and H2 compacts only on close, for at most 200 ms: a paper service's file grew by about
 * 16 MB an hour at the demo's pace and to 819 MB in a fast replay of 3,459 orders, of 1.9 MB of
 * data, and a restart left 811 MB. H2's ways to compact an open file trip its own assertions while
 * another session commits (tried: {@code compactFile} beside two writers), so this opens the file
 * on a connection of its own before anything else of the process does ({@link StoreMigration}'s
 * first use, which every store access waits for), and only while no process has it open (no H2
 * lock file), without {@code AUTO_SERVER}: a file another process opens meanwhile then fails to
 * open here, and is left alone, rather than being shut down under that process. When the file is
 * over {@value #COMPACT_ABOVE_MB} MB and less than half of it is live (H2's fill rates of the file
 * and of its chunks), {@code SHUTDOWN COMPACT} rewrites it (those 811 MB into 1.9 MB in 1.1 s). Only
 * {@code serve} does it ({@code tradewind.store.compact-at-start}, which other commands switch off):
 * a quick command-line read must not rewrite a large file.
 */
@ApplicationScoped
public class StoreCompaction {

    private static final Logger LOG = Logger.getLogger(StoreCompaction.class);

    static final long COMPACT_ABOVE_MB = 64;
    /**
     * Below this share, in percent, of the file in live chunks or of the chunks in live pages, a large
     * file is rewritten (a store of 243 MB had 28 % of its file in chunks, 97 % of them live).
     */
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    /** The URLs of a store in an H2 file, the only store these compact. */
    static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path file;
    /** H2's lock file, there while any process has the store open (this one's pool too), or left by one killed. */
    private final Path lockFile;
    private final long compactAboveBytes;

    @Inject
    StoreCompaction(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "tradewind.store.compact-at-start", defaultValue = "true") boolean atStart) {
        this(atStart ? dbKind : "none", jdbcUrl, user.orElse(""), password.orElse(""), COMPACT_ABOVE_MB * 1024 * 1024);
    }

    /** @param compactAboveBytes the size from which the file may be compacted (a test's smaller file) */
    StoreCompaction(String dbKind, String jdbcUrl, String user, String password, long compactAboveBytes) {
        boolean h2File = "h2".equals(dbKind) && jdbcUrl.startsWith(H2_FILE_PREFIX);
        String[] parts = jdbcUrl.split(";");
        // without AUTO_SERVER: a file another process has open fails to open, instead of being served by it
        this.jdbcUrl = Arrays.stream(parts).filter(part -> !part.toUpperCase(Locale.ROOT).startsWith("AUTO_SERVER"))
                .collect(Collectors.joining(";"));
        this.user = user;
        this.password = password;
        Path base = h2File ? Path.of(parts[0].substring(H2_FILE_PREFIX.length())).normalize() : null;
        this.file = base == null ? null : base.resolveSibling(base.getFileName() + ".mv.db");
        this.lockFile = base == null ? null : base.resolveSibling(base.getFileName() + ".lock.db");
        this.compactAboveBytes = compactAboveBytes;
    }

    /** Compacts the file when it is large, mostly dead and no other process has it open; logs what it did. */
    void compactIfLarge() {
        long before = size();
        if (file == null || before < compactAboveBytes) {
            return;
        }
        if (Files.exists(lockFile)) {
            // in this process a connection without AUTO_SERVER would join the open store and shut it down under
            // its users; a lock file a killed process left goes with the next clean stop
            LOG.infof("the store file %s (%s) is left uncompacted: it is open (%s exists); a start that finds it closed"
                    + " compacts it", file, megabytes(before), lockFile.getFileName());
            return;
        }
        long started = System.nanoTime();
        int fillRate;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            fillRate = Math.min(setting(statement, "info.FILL_RATE"), setting(statement, "info.CHUNKS_FILL_RATE"));
            if (fillRate >= COMPACT_BELOW_FILL_RATE) {
                return;
            }
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // most often another process has the file open: it is used as it is, and compacted another time
            LOG.infof("the store file %s (%s) is left uncompacted: %s", file, megabytes(before), RootCause.of(e));
            return;
        }
        // H2's fill rate, not the share the file keeps: pages partly live count whole (11 % said, 1 % kept)
        LOG.infof("compacted the store file %s (H2's fill rate %d %%): %s to %s in %.1f s", file, fillRate,
                megabytes(before), megabytes(size()), (System.nanoTime() - started) / 1e9);
    }

    /** One of H2's fill rates, in percent; 0 when H2 does not say, so that a large file is compacted. */
    private static int setting(Statement statement, String name) throws SQLException {
        try (ResultSet rate = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            return rate.next() ? Integer.parseInt(rate.getString(1).trim()) : 0;
        }
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
