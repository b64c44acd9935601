package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One service per store on a PostgreSQL server. There the data directory's lock and
 * {@code service.json} cannot tell: services and commands with other data directories, on this
 * machine or others, share the database. A serving process holds a session advisory lock on a
 * connection of its own for as long as it runs (the server drops it when that session ends, even
 * by {@code kill -9}), and records where its API answers in {@code service_owner}. A command
 * takes the lock for an instant to learn whether a service holds it; a row whose writer no longer
 * holds the lock is stale.
 */
public final class DatabaseServiceLock implements AutoCloseable {

    /** The advisory lock's key in the database: "tradewnd" in ASCII, no other lock of ours uses it. */
    static final long KEY = 0x7472616465776E64L;
    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(?)";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(?)";
    private static final String FORGET = "DELETE FROM service_owner";
    private static final String RECORD = "INSERT INTO service_owner (id, base_url, pid, host, started_at) VALUES (1, ?, ?, ?, ?)";
    private static final String READ = "SELECT base_url, pid, host FROM service_owner WHERE id = 1";

    private final Connection connection;

    private DatabaseServiceLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Where a running service's API answers.
     *
     * @param host the machine it runs on, as that machine names itself
     */
    public record Owner(String baseUrl, long pid, String host) {
    }

    /**
     * Whether a service holds the store, and where it answers if it has said so yet.
     *
     * @param owner null while the holder starts (it takes the lock before it records itself)
     */
    public record Holder(boolean held, Owner owner) {
    }

    /**
     * Takes the store's service lock on a connection of its own, kept until {@link #close()};
     * empty when another service holds it.
     *
     * @param ensureSchema creates the tables if they are missing (Flyway migrate)
     * @throws StoreException the database cannot be reached
     */
    public static Optional<DatabaseServiceLock> tryTake(DataSource dataSource, Runnable ensureSchema) {
        ensureSchema.run();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new DatabaseServiceLock(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure("take the store's service lock", e);
        }
    }

    /** Who holds the store's service lock; takes the lock for an instant when nobody does. */
    public static Holder holder(DataSource dataSource, Runnable ensureSchema) {
        ensureSchema.run();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (tryLock(connection)) {
                unlock(connection);
                return new Holder(false, null);
            }
            try (PreparedStatement read = connection.prepareStatement(READ); ResultSet row = read.executeQuery()) {
                return new Holder(true, row.next() ? new Owner(row.getString(1), row.getLong(2), row.getString(3)) : null);
            }
        } catch (SQLException e) {
            throw failure("find the service that holds the store", e);
        }
    }

    /** Records where this service answers, replacing what a service before it (killed) left. */
    public void announce(Owner owner) {
        try (PreparedStatement forget = connection.prepareStatement(FORGET);
                PreparedStatement record = connection.prepareStatement(RECORD)) {
            connection.setAutoCommit(false);
            forget.executeUpdate();
            record.setString(1, owner.baseUrl());
            record.setLong(2, owner.pid());
            record.setString(3, owner.host());
            record.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            record.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw failure("record where the service answers", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken: close() finds out
            }
        }
    }

    /** Withdraws the record and lets the lock go; the connection's end would let it go too. */
    @Override
    public void close() {
        try (connection; PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.executeUpdate();
            unlock(connection);
        } catch (SQLException e) {
            throw failure("let the store's service lock go", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK)) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement(UNLOCK)) {
            unlock.setLong(1, KEY);
            unlock.executeQuery().close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + ": " + RootCause.of(e), e);
    }
}
