package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pooled connection held for one local transaction: auto-commit off, the given isolation, and
 * on {@link #close()} whatever was not committed rolled back and the connection's settings
 * restored before it returns to the pool.
 *
 * <p>A session whose last call was {@link #commit()} is not rolled back: on H2 a rollback, even
 * of nothing, empties the connection's cache of parsed statements, and every store here commits
 * as its last step, many times a second on the order path.
 */
final class JdbcSession implements AutoCloseable {

    private final Connection connection;
    private final boolean autoCommit;
    private final int isolation;
    private final int requestedIsolation;
    private boolean committed;

    private JdbcSession(Connection connection, int isolation) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        this.isolation = connection.getTransactionIsolation();
        this.requestedIsolation = isolation;
        connection.setAutoCommit(false);
        if (isolation != this.isolation) {
            connection.setTransactionIsolation(isolation);
        }
    }

    static JdbcSession open(DataSource dataSource, int isolation) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new JdbcSession(connection, isolation);
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    /** Commits the transaction; the caller does nothing more with the connection afterwards. */
    void commit() throws SQLException {
        connection.commit();
        committed = true;
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
