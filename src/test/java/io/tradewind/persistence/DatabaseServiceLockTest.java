package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.persistence.DatabaseServiceLock.Holder;
import io.tradewind.persistence.DatabaseServiceLock.Owner;
import io.tradewind.persistence.postgres.PrivatePostgres;
import io.tradewind.persistence.postgres.RequiresPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One service per PostgreSQL store, whatever data directory each process has: two services on one
 * database traded the same paper account, and a command run from another directory wrote the
 * kill switch into the store beside a running service that never saw it.
 */
@RequiresPostgres
class DatabaseServiceLockTest {

    private static final String DATABASE = "service_lock_test";
    private static final Runnable MIGRATED = () -> { };
    private static final Owner OWNER = new Owner("http://127.0.0.1:18080", 4242, "vps-1");

    private final LastConnection dataSource = new LastConnection();

    @BeforeAll
    static void createTheDatabase() throws SQLException, IOException {
        try (Connection c = plain("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        // the table as the store's migration makes it (the application's other tables are not needed here)
        try (InputStream sql = DatabaseServiceLockTest.class.getResourceAsStream("/db/migration/V9__service_owner.sql");
                Connection c = plain(DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", ""));
        }
    }

    @BeforeEach
    void noServiceYet() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock_all()");
            s.execute("DELETE FROM service_owner");
        }
    }

    @Test
    void aSecondServiceIsRefusedWhileTheFirstHoldsTheStore() {
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource, MIGRATED));
        try (DatabaseServiceLock first = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            assertEquals(Optional.empty(), DatabaseServiceLock.tryTake(dataSource, MIGRATED));
            assertEquals(new Holder(true, null), DatabaseServiceLock.holder(dataSource, MIGRATED),
                    "held, but where it answers is not known until it says so");
            first.announce(OWNER);
            assertEquals(new Holder(true, OWNER), DatabaseServiceLock.holder(dataSource, MIGRATED));
        }
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource, MIGRATED));
        DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow().close();
    }

    /** kill -9: the server ends the session and its lock; the row the service left is stale then. */
    @Test
    void aKilledServiceLeavesTheStoreFreeAndItsRecordIsReplaced() throws SQLException {
        DatabaseServiceLock killed = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow();
        Connection itsSession = dataSource.last;
        killed.announce(OWNER);
        itsSession.close();

        Holder after = DatabaseServiceLock.holder(dataSource, MIGRATED);
        assertFalse(after.held());
        assertNull(after.owner());
        Owner next = new Owner("http://127.0.0.1:18081", 4343, "vps-1");
        try (DatabaseServiceLock restarted = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            restarted.announce(next);
            assertEquals(new Holder(true, next), DatabaseServiceLock.holder(dataSource, MIGRATED));
        }
    }

    @Test
    void theLockIsThisStoresOnly() throws SQLException {
        try (DatabaseServiceLock held = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow();
                Connection other = plain("postgres").getConnection(); Statement s = other.createStatement()) {
            // another database of the same server (another store) takes its own lock with the same key
            var result = s.executeQuery("SELECT pg_try_advisory_lock(" + DatabaseServiceLock.KEY + ")");
            assertTrue(result.next() && result.getBoolean(1));
        }
    }

    private static PGSimpleDataSource plain(String database) {
        PrivatePostgres cluster = PrivatePostgres.shared();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(cluster.jdbcUrl(database));
        source.setUser(cluster.user());
        return source;
    }

    /** A new session per connection, as a pool of many would give; remembers the last one. */
    private static final class LastConnection extends ConnectionSource {
        private final PGSimpleDataSource sessions = plain(DATABASE);
        Connection last;

        @Override
        public Connection getConnection() throws SQLException {
            last = sessions.getConnection();
            return last;
        }
    }
}
