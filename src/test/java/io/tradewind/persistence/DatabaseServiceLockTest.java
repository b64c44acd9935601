package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.StoreException;
import io.tradewind.persistence.DatabaseServiceLock.Holder;
import io.tradewind.persistence.DatabaseServiceLock.Owner;
import io.tradewind.persistence.postgres.PrivatePostgres;
import io.tradewind.persistence.postgres.RequiresPostgres;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
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

    /** Ends every other session of the test database: a lock a failed test left goes with its session. */
    @BeforeEach
    void noServiceYet() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid()");
            s.execute("DELETE FROM service_owner");
        }
    }

    @Test
    void aSecondServiceIsRefusedWhileTheFirstHoldsTheStore() {
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource));
        try (DatabaseServiceLock first = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            assertEquals(Optional.empty(), DatabaseServiceLock.tryTake(dataSource, MIGRATED));
            assertEquals(new Holder(true, null), DatabaseServiceLock.holder(dataSource),
                    "held, but where it answers is not known until it says so");
            first.announce(OWNER);
            assertEquals(new Holder(true, OWNER), DatabaseServiceLock.holder(dataSource));
        }
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource));
        DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow().close();
    }

    /** kill -9: the server ends the session and its lock; the row the service left is stale then. */
    @Test
    void aKilledServiceLeavesTheStoreFreeAndItsRecordIsReplaced() throws SQLException, InterruptedException {
        serviceWhoseSessionEnds(OWNER);

        Holder after = DatabaseServiceLock.holder(dataSource);
        assertFalse(after.held());
        assertNull(after.owner());
        Owner next = new Owner("http://127.0.0.1:18081", 4343, "vps-1");
        try (DatabaseServiceLock restarted = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            restarted.announce(next);
            assertEquals(new Holder(true, next), DatabaseServiceLock.holder(dataSource));
        }
    }

    /** A database restart ended the service's session and its lock, and a second service then started beside it. */
    @Test
    void aServiceWhoseSessionEndedTakesTheStoreAgain() throws SQLException, InterruptedException {
        try (DatabaseServiceLock service = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            Connection itsSession = dataSource.last;
            service.announce(OWNER);
            assertTrue(service.keep(), "its session answers");
            endAsTheServerWould(itsSession);
            assertFalse(DatabaseServiceLock.holder(dataSource).held());

            assertTrue(service.keep());

            assertEquals(new Holder(true, OWNER), DatabaseServiceLock.holder(dataSource));
            assertEquals(Optional.empty(), DatabaseServiceLock.tryTake(dataSource, MIGRATED), "a second service is refused again");
        }
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource));
    }

    @Test
    void aServiceWhoseStoreAnotherTookMeanwhileIsToldSoAndLeavesTheOthersRecord() throws SQLException, InterruptedException {
        DatabaseServiceLock first = serviceWhoseSessionEnds(OWNER);
        Owner second = new Owner("http://127.0.0.1:18082", 4444, "vps-2");
        try (DatabaseServiceLock other = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            other.announce(second);

            assertFalse(first.keep());
            first.close();

            assertEquals(new Holder(true, second), DatabaseServiceLock.holder(dataSource));
        }
    }

    /** A record left by a killed service is not taken for the new holder's while that one starts. */
    @Test
    void aRecordWhoseSessionNoLongerHoldsTheLockIsNotTrusted() throws SQLException, InterruptedException {
        serviceWhoseSessionEnds(OWNER);

        try (DatabaseServiceLock starting = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            assertEquals(new Holder(true, null), DatabaseServiceLock.holder(dataSource), "not the killed one's address");
        }
    }

    /** Looking the holder up took the lock for an instant, and a service starting then was refused. */
    @Test
    void lookingTheHolderUpNeverAsksForTheLock() throws SQLException {
        List<String> asked = new ArrayList<>();
        Connection session = dataSource.getConnection();
        Connection recording = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().startsWith("create")) {
                        asked.add(String.valueOf(args == null ? "" : args[0]));
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertFalse(DatabaseServiceLock.holder(new ConnectionSource() {
            @Override
            public Connection getConnection() {
                return recording;
            }
        }).held());

        assertFalse(asked.isEmpty());
        assertTrue(asked.stream().noneMatch(sql -> sql.contains("pg_try_advisory_lock")), asked.toString());
    }

    /** A service refused the store must not migrate the running one's database (a newer release started by mistake). */
    @Test
    void aRefusedServiceDoesNotPrepareTheSchema() {
        try (DatabaseServiceLock running = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow()) {
            assertEquals(Optional.empty(), DatabaseServiceLock.tryTake(dataSource, () -> {
                throw new AssertionError("migrated by a refused service");
            }));
        }
    }

    /**
     * A user who may not create the tables: Flyway's exception reached serve as it was, an internal
     * error naming a trace file, with Flyway's block of SQL state and error codes on standard error.
     */
    @Test
    void aSchemaThatCannotBePreparedIsAStoreFailureInOneLineAndFreesTheStore() {
        RuntimeException flyway = new RuntimeException("Failed to execute script\n-------\nSQL State  : 42501",
                new SQLException("ERROR: permission denied for schema public\n  Position: 14", "42501"));

        StoreException failure = assertThrows(StoreException.class, () -> DatabaseServiceLock.tryTake(dataSource, () -> {
            throw flyway;
        }));

        assertEquals("cannot prepare the tables: ERROR: permission denied for schema public", failure.getMessage());
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource), "the lock went with its session");
    }

    /**
     * A server not up yet when the service starts (both started with the machine): the service
     * stopped at once with "Connection refused", where README promises 30 s of tries.
     */
    @Test
    void aServerNotUpYetIsWaitedForAndOneThatStaysDownIsReported() {
        List<Long> pauses = new ArrayList<>();
        DownFor downForTwoTries = new DownFor(2);
        try (DatabaseServiceLock taken = DatabaseServiceLock.tryTake(downForTwoTries, MIGRATED, 30_000, pauses::add)
                .orElseThrow()) {
            assertEquals(List.of(1_000L, 1_000L), pauses);
        }

        pauses.clear();
        StoreException down = assertThrows(StoreException.class,
                () -> DatabaseServiceLock.tryTake(new DownFor(Integer.MAX_VALUE), MIGRATED, 30_000, pauses::add));
        assertEquals("cannot take the store's service lock: Connection refused", down.getMessage());
        assertEquals(30, pauses.size(), "30 s in all");

        pauses.clear();
        DownFor refused = new DownFor(Integer.MAX_VALUE, new SQLException("FATAL: password authentication failed", "28P01"));
        assertThrows(StoreException.class, () -> DatabaseServiceLock.tryTake(refused, MIGRATED, 30_000, pauses::add));
        assertEquals(List.of(), pauses, "a refused password is not waited for");
    }

    @Test
    void aClosedLockIsNotTakenAgain() {
        DatabaseServiceLock service = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow();
        service.announce(OWNER);
        service.close();

        assertTrue(service.keep());
        assertEquals(new Holder(false, null), DatabaseServiceLock.holder(dataSource));
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

    /** A service that took the store and said where it answers, whose session then ended (kill -9, a database restart). */
    private DatabaseServiceLock serviceWhoseSessionEnds(Owner owner) throws SQLException, InterruptedException {
        DatabaseServiceLock service = DatabaseServiceLock.tryTake(dataSource, MIGRATED).orElseThrow();
        Connection itsSession = dataSource.last;
        service.announce(owner);
        endAsTheServerWould(itsSession);
        return service;
    }

    /**
     * Ends a session from the server's side and waits until it is gone with its locks. Closing the
     * connection only asks the server to end it a moment later, and a lookup then still saw it.
     */
    private static void endAsTheServerWould(Connection session) throws SQLException, InterruptedException {
        int backend = session.unwrap(PGConnection.class).getBackendPID();
        // pg_terminate_backend(pid) only signals; its form that waits is PostgreSQL 14's: poll instead
        try (Connection other = plain(DATABASE).getConnection();
                PreparedStatement terminate = other.prepareStatement("SELECT pg_terminate_backend(?)");
                PreparedStatement running = other.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ?")) {
            terminate.setInt(1, backend);
            terminate.executeQuery().close();
            running.setInt(1, backend);
            for (int polls = 0; polls < 1_000; polls++) {
                try (ResultSet row = running.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("session " + backend + " still runs 10 s after it was told to end");
        }
    }

    private static PGSimpleDataSource plain(String database) {
        PrivatePostgres cluster = PrivatePostgres.shared();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(cluster.jdbcUrl(database));
        source.setUser(cluster.user());
        return source;
    }

    /** A server that refuses the first connections, then answers. */
    private static final class DownFor extends ConnectionSource {
        private final PGSimpleDataSource sessions = plain(DATABASE);
        private final SQLException failure;
        private int refusals;

        DownFor(int refusals) {
            this(refusals, new SQLException("Connection refused", "08001"));
        }

        DownFor(int refusals, SQLException failure) {
            this.refusals = refusals;
            this.failure = failure;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusals > 0) {
                refusals--;
                throw failure;
            }
            return sessions.getConnection();
        }
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
