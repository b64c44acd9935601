package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WRITE_DELAY=0 H2 runs no background writer, and a file whose orders churn grows by every
 * chunk that keeps one live page: the housekeeping's compaction lets their space be reused. H2
 * reuses a chunk's space only after its retention time (45 s by default): these stores keep 20 ms,
 * and wait that long before each round, to show in a second what the service sees in minutes.
 * Surefire runs with assertions on, H2's own too.
 */
class StoreHousekeepingTest {

    /**
     * Also no compaction when the store closes: H2 rewrites chunks then for up to 200 ms, and with
     * a retention this short it may overwrite the chunk of the last commits before their copy is
     * written (once, on a loaded machine, a reopened store without housekeeping held three commits
     * less). The service keeps H2's 45 s; the file size is measured while the store is open anyway.
     */
    private static final String RETAIN_20_MS = ";RETENTION_TIME=20;MAX_COMPACT_TIME=0";

    @TempDir
    Path dir;

    @Test
    void theFileOfAChurningStoreStaysSmallAndItsDataStays() throws Exception {
        long plain = churn("plain", null);
        long kept = churn("kept", housekeeping("kept"));

        assertTrue(kept * 2 < plain, "kept " + kept + " bytes, plain " + plain);
        assertEquals("3000 orders, 3000 fills, 0 holds, balance 3000", contents(dataSource("kept")));
        assertEquals(contents(dataSource("plain")), contents(dataSource("kept")));
    }

    @Test
    void compactionBesideACommittingWriterLosesNothing() throws Exception {
        JdbcDataSource source = dataSource("busy");
        createTables(source);
        // The service's pool keeps the database open; without a session H2 would close it after each
        // round, writing a new version as it closes, and no round would ever find the store idle.
        try (Connection pool = source.getConnection()) {
            writeBesideRounds(source, housekeeping("busy"));
        }
    }

    private static void writeBesideRounds(JdbcDataSource source, StoreHousekeeping housekeeping) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong committed = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection connection = source.getConnection()) {
                for (int i = 0; !stop.get(); i++) {
                    order(connection, i);
                    committed.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        writer.start();
        int rounds = 0;
        int marked = 0;
        while (committed.get() < 2_000 && failure.get() == null) {
            Thread.sleep(25);
            marked += housekeeping.compact() ? 1 : 0;
            rounds++;
        }
        stop.set(true);
        writer.join();

        assertNull(failure.get(), () -> "the writer failed: " + failure.get());
        assertEquals(0, housekeeping.failures(), "rounds that failed");
        assertTrue(marked > 5, marked + " of " + rounds + " rounds marked pages for rewriting");
        assertIdleRoundsAreSkipped(housekeeping);
        long orders = committed.get();
        assertEquals(orders + " orders, " + orders + " fills, 0 holds, balance " + orders, contents(source));
    }

    /**
     * After the last commit a round compacts, and may leave a new version (H2 commits when a round
     * marks more than its write buffer holds); then a round finds the store as the last left it and
     * skips H2's compaction, and so do all after it: run, they would mark the same pages again, every
     * round, for nothing.
     */
    private static void assertIdleRoundsAreSkipped(StoreHousekeeping housekeeping) throws InterruptedException {
        int rounds = 0;
        int compacted;
        do {
            assertTrue(++rounds < 50, "none of 50 rounds after the writer stopped found the store idle");
            compacted = housekeeping.roundsThatCompacted();
            Thread.sleep(30); // past the retention time
            housekeeping.compact();
        } while (housekeeping.roundsThatCompacted() > compacted);
        for (int i = 0; i < 3; i++) {
            assertFalse(housekeeping.compact(), "an idle store's round marked pages");
        }
        assertEquals(compacted, housekeeping.roundsThatCompacted(), "idle rounds that reached H2's compaction");
    }

    /**
     * A service started while a command served the file kept remote sessions in its pool after the
     * command let go, served by a server of its own: a round asks for a session of its own, local.
     */
    @Test
    void aFileThePoolReachesOverTcpIsCompactedThroughASessionOfItsOwn() throws Exception {
        createTables(dataSource("remote"));
        Server server = Server.createTcpServer("-tcpPort", "0").start();
        try {
            JdbcDataSource overTcp = new JdbcDataSource();
            overTcp.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/" + dir + "/remote");
            StoreHousekeeping housekeeping = new StoreHousekeeping(url("remote"), "", "", overTcp, null);
            int marked = 0;
            try (Connection connection = overTcp.getConnection()) {
                for (int i = 0; i < 1_000; i++) {
                    order(connection, i);
                    if (i % 100 == 99) {
                        Thread.sleep(30);
                        marked += housekeeping.compact() ? 1 : 0;
                    }
                }
            }
            assertTrue(marked > 0, "no round marked pages for rewriting");
            assertEquals(0, housekeeping.failures());
        } finally {
            server.stop();
        }
    }

    @Test
    void anInMemoryStoreIsLeftAloneAndAfterAStopNoRoundRuns() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping");
        assertFalse(new StoreHousekeeping("jdbc:h2:mem:housekeeping", "", "", memory, null).compact(),
                "an in-memory store has no file");

        StoreHousekeeping housekeeping = housekeeping("stopped");
        housekeeping.stop();
        assertFalse(housekeeping.compact());
        assertEquals(0, housekeeping.failures());
    }

    /**
     * 3,000 orders placed, filled and released, one commit at a time; returns the file's size while
     * still open (H2 compacts for 200 ms when it closes: a running service's file is what counts).
     */
    private long churn(String name, StoreHousekeeping housekeeping) throws Exception {
        JdbcDataSource source = dataSource(name);
        createTables(source);
        try (Connection connection = source.getConnection()) {
            for (int i = 0; i < 3_000; i++) {
                order(connection, i);
                if (i % 100 == 99) {
                    Thread.sleep(30); // past the retention time, as minutes are in the service
                    if (housekeeping != null) {
                        housekeeping.compact();
                    }
                }
            }
            return Files.size(dir.resolve(name + ".mv.db"));
        }
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir + "/./" + name + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + RETAIN_20_MS;
    }

    private JdbcDataSource dataSource(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(name));
        return source;
    }

    private StoreHousekeeping housekeeping(String name) {
        return new StoreHousekeeping(url(name), "", "", dataSource(name), null);
    }

    private static void createTables(JdbcDataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id VARCHAR(40) PRIMARY KEY, status VARCHAR(16), note VARCHAR(300))");
            statement.execute("CREATE TABLE holds (id VARCHAR(40) PRIMARY KEY, amount DECIMAL(38, 18))");
            statement.execute("CREATE TABLE fills (id VARCHAR(40) PRIMARY KEY, order_id VARCHAR(40), quantity DECIMAL(38, 18))");
            statement.execute("CREATE TABLE balance (asset VARCHAR(8) PRIMARY KEY, amount DECIMAL(38, 18))");
            statement.execute("INSERT INTO balance VALUES ('USD', 0)");
        }
    }

    /** An order's life as the execution store writes it: placed with its hold, accepted, filled and released. */
    private static void order(Connection connection, int i) throws SQLException {
        String id = "order-" + i;
        connection.setAutoCommit(false);
        try (PreparedStatement place = connection.prepareStatement("INSERT INTO orders VALUES (?, 'NEW', ?)");
                PreparedStatement hold = connection.prepareStatement("INSERT INTO holds VALUES (?, 10)");
                PreparedStatement status = connection.prepareStatement("UPDATE orders SET status = ? WHERE id = ?");
                PreparedStatement release = connection.prepareStatement("DELETE FROM holds WHERE id = ?");
                PreparedStatement fill = connection.prepareStatement("INSERT INTO fills VALUES (?, ?, 1)");
                PreparedStatement settle = connection.prepareStatement(
                        "UPDATE balance SET amount = amount + 1 WHERE asset = 'USD'")) {
            place.setString(1, id);
            place.setString(2, "x".repeat(200));
            place.executeUpdate();
            hold.setString(1, id);
            hold.executeUpdate();
            connection.commit();
            status.setString(1, "OPEN");
            status.setString(2, id);
            status.executeUpdate();
            connection.commit();
            status.setString(1, "FILLED");
            status.executeUpdate();
            release.setString(1, id);
            release.executeUpdate();
            fill.setString(1, "trade-" + i);
            fill.setString(2, id);
            fill.executeUpdate();
            settle.executeUpdate();
            connection.commit();
        }
    }

    private static String contents(JdbcDataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT (SELECT COUNT(*) FROM orders WHERE status = 'FILLED'),"
                        + " (SELECT COUNT(*) FROM fills), (SELECT COUNT(*) FROM holds), (SELECT amount FROM balance)")) {
            row.next();
            return row.getLong(1) + " orders, " + row.getLong(2) + " fills, " + row.getLong(3) + " holds, balance "
                    + row.getBigDecimal(4).stripTrailingZeros().toPlainString();
        }
    }
}
