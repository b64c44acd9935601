package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * A pooled connection held for one local transaction: auto-commit off, the given isolation, and
 * on {@link #close()} whatever was not committed rolled back and the connection's settings
 * restored before it returns to the pool.
 *
 * <p>On H2 the process writes one transaction at a time: a session {@linkplain #forWriting for
 * writing} holds a process-wide lock from before its first statement until it is closed. H2
 * stores a commit map by map, not as one snapshot across the tables (h2database issue 2080), and
 * with {@code WRITE_DELAY=0} every commit stores at once: a commit stored while another
 * transaction was half-way through its own, then a {@code kill -9}, can leave rows that the next
 * process cannot lock for its whole life (most likely the "Timeout trying to lock table" the crash
 * test met once) or an index that no longer matches its table (seen with H2 2.3.230 alone,
 * several threads writing and the process killed at random: a table no update could change, a
 * primary key stored twice). One writer at a time leaves no other transaction half-way through
 * when a commit is stored. Readers do not take the lock, and on PostgreSQL, whose commits are
 * atomic, writers do not either. The lock cannot order two processes on one H2 file: a command
 * that writes while the service runs ({@code data import}, {@code data record}, {@code data
 * download}, {@code data generate}, a backtest importing its {@code data.file}) runs its
 * transactions in the serving process's engine, beside the service's own.
 *
 * <p>A session whose last call was {@link #commit()} is not rolled back: on H2 a rollback, even
 * of nothing, empties the connection's cache of parsed statements, and every store here commits
 * as its last step, many times a second on the order path.
 */
final class JdbcSession implements AutoCloseable {

    private static final ReentrantLock WRITES = new ReentrantLock();
    /** Per data source, whether it is H2 (asked once, of its first connection): only H2 needs the turns. */
    private static final Map<DataSource, Boolean> TAKES_TURNS = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile Known lastKnown;

    private record Known(DataSource dataSource, boolean takesTurns) {
    }

    private final Connection connection;
    private final boolean writing;
    private final boolean holdsTurn;
    private final boolean autoCommit;
    private final int isolation;
    private final int requestedIsolation;
    private boolean committed;

    private JdbcSession(Connection connection, int isolation, boolean writing, boolean holdsTurn) throws SQLException {
        this.connection = connection;
        this.writing = writing;
        this.holdsTurn = holdsTurn;
        this.autoCommit = connection.getAutoCommit();
        this.isolation = connection.getTransactionIsolation();
        this.requestedIsolation = isolation;
        connection.setAutoCommit(false);
        if (isolation != this.isolation) {
            connection.setTransactionIsolation(isolation);
        }
    }

    /** A session that writes: on H2, waits until no other session of this process is writing. */
    static JdbcSession forWriting(DataSource dataSource, int isolation) throws SQLException {
        if (!takesTurns(dataSource)) {
            return open(dataSource, isolation, true, false);
        }
        WRITES.lock();
        try {
            return open(dataSource, isolation, true, true);
        } catch (SQLException | RuntimeException e) {
            WRITES.unlock();
            throw e;
        }
    }

    /** A session that only reads. */
    static JdbcSession forReading(DataSource dataSource, int isolation) throws SQLException {
        return open(dataSource, isolation, false, false);
    }

    private static boolean takesTurns(DataSource dataSource) throws SQLException {
        Known last = lastKnown;
        if (last != null && last.dataSource() == dataSource) {
            return last.takesTurns(); // the order path's case: one data source, no map and no lock to ask
        }
        Boolean known = TAKES_TURNS.get(dataSource);
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            }
            TAKES_TURNS.put(dataSource, known);
        }
        lastKnown = new Known(dataSource, known);
        return known;
    }

    private static JdbcSession open(DataSource dataSource, int isolation, boolean writing, boolean holdsTurn)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new JdbcSession(connection, isolation, writing, holdsTurn);
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * Commits the transaction; the caller does nothing more with the connection afterwards. A write
     * committed says the disk has space again (see {@link StoreDiskFull}).
     */
    void commit() throws SQLException {
        connection.commit();
        committed = true;
        if (writing) {
            StoreDiskFull.wrote();
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            if (!committed) {
                connection.rollback();
            }
            if (requestedIsolation != isolation) {
                connection.setTransactionIsolation(isolation);
            }
            connection.setAutoCommit(autoCommit);
        } finally {
            if (holdsTurn) {
                WRITES.unlock();
            }
        }
    }

    private static void closeAfterFailure(Connection connection, SQLException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
