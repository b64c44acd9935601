package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's H2 file, written one commit at a time as the order path does, and compacted while open. */
class H2FileCompactionTest {

    private static final long GROWTH = 4L * 1024 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void aFileThatGrewPastTheThresholdIsCompactedWhileOpenAndKeepsEveryRow() throws Exception {
        String url = ApplicationStoreUrl.in(dataDir);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        Path file = dataDir.resolve("tradewind.mv.db");
        try (Connection keptOpen = source.getConnection()) {
            H2FileCompaction compaction = new H2FileCompaction(source, url, GROWTH);
            try (Statement s = keptOpen.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
            }
            compaction.compactIfGrownNow();
            long first = Files.size(file);
            commitOneByOne(keptOpen, 0, 100);
            compaction.compactIfGrownNow();
            assertTrue(Files.size(file) >= first, "below the threshold nothing is compacted");

            long beforeCompaction = commitOneByOne(keptOpen, 100, 1_000, file, first + GROWTH);
            compaction.compactIfGrownNow();
            long after = Files.size(file);

            assertTrue(after < beforeCompaction / 4, "compacted from " + beforeCompaction + " to " + after + " bytes");
            try (Statement s = keptOpen.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*), SUM(id) FROM note")) {
                rows.next();
                assertEquals(1_000, rows.getInt(1));
                assertEquals(999L * 1_000 / 2, rows.getLong(2));
            }
            commitOneByOne(keptOpen, 1_000, 1_010);
        }
        try (Connection reopened = source.getConnection(); Statement s = reopened.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            assertEquals(1_010, rows.getInt(1), "every commit is in the file after a compaction");
        }
    }

    @Test
    void aStoreThatIsNotAnH2FileIsNeverAskedForAConnection() {
        AtomicInteger asked = new AtomicInteger();
        ConnectionSource postgres = new ConnectionSource() {
            @Override
            public Connection getConnection() throws SQLException {
                asked.incrementAndGet();
                throw new SQLException("not expected");
            }
        };
        H2FileCompaction compaction = new H2FileCompaction(postgres, "jdbc:postgresql://localhost/tradewind", 0);
        compaction.startServing();
        compaction.compactIfGrown();
        assertEquals(0, asked.get());
    }

    private static void commitOneByOne(Connection connection, int from, int to) throws Exception {
        commitOneByOne(connection, from, to, null, 0);
    }

    /** Commits rows {@code from}…{@code to - 1} one by one, and at least until {@code file} reaches {@code size} bytes; returns its size. */
    private static long commitOneByOne(Connection connection, int from, int to, Path file, long size) throws Exception {
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note VALUES (?, ?)");
                PreparedStatement touch = connection.prepareStatement("UPDATE note SET text = ? WHERE id = ?")) {
            for (int id = from; id < to; id++) {
                insert.setInt(1, id);
                insert.setString(2, "note " + id);
                insert.executeUpdate();
            }
            for (int round = 0; file != null && Files.size(file) < size; round++) {
                touch.setString(1, "touched " + round);
                touch.setInt(2, from + round % (to - from));
                touch.executeUpdate();
            }
            return file == null ? 0 : Files.size(file);
        }
    }
}
