package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pooled connection held for one local transaction: auto-commit off, the given isolation, and
 * on {@link #close()} whatever was not committed rolled back and the connection's settings
 * restored before it returns to the pool.
 */
final class JdbcSession implements AutoCloseable {

    private final Connection connection;
    private final boolean autoCommit;
    private final int isolation;

    private JdbcSession(Connection connection, int isolation) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        this.isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(isolation);
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

    void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
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
