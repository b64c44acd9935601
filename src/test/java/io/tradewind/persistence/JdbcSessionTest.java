package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session on one H2 connection that the test watches: what it rolls back, what it leaves behind. */
class JdbcSessionTest {

    private Connection physical;
    private final List<String> calls = new ArrayList<>();
    private DataSource dataSource;

    @BeforeEach
    void openDatabase() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jdbc-session;DB_CLOSE_DELAY=-1");
        physical = h2.getConnection();
        try (Statement s = physical.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS note (text VARCHAR(16))");
            s.execute("DELETE FROM note");
        }
        Connection watched = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("close")) {
                        return null; // the pool keeps it: the test reads its settings afterwards
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        dataSource = dataSource(() -> watched);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        physical.close();
    }

    @Test
    void workNotCommittedIsRolledBackAndTheConnectionsSettingsAreRestored() throws SQLException {
        try (JdbcSession session = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_SERIALIZABLE)) {
            assertFalse(session.connection().getAutoCommit());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, session.connection().getTransactionIsolation());
            insertNote(session.connection());
        }

        assertEquals(0, notes());
        assertTrue(calls.contains("rollback"));
        assertTrue(calls.contains("close"));
        assertTrue(physical.getAutoCommit());
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, physical.getTransactionIsolation());
    }

    @Test
    void aCommittedSessionIsNotRolledBackSoH2KeepsItsParsedStatements() throws SQLException {
        try (JdbcSession session = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
            insertNote(session.connection());
            session.commit();
        }

        assertEquals(1, notes());
        assertFalse(calls.contains("rollback"), calls.toString());
        assertTrue(calls.contains("close"));
        assertTrue(physical.getAutoCommit());
    }

    /**
     * One writing session at a time in the process (H2 stores a commit map by map: another
     * transaction half-way through when it does, then a crash, can leave rows locked or an index
     * out of step after the restart); reading sessions do not wait for a writer.
     */
    @Test
    void aWriterWaitsUntilTheOtherWriterIsClosedAndAReaderDoesNot() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        ExecutorService readers = Executors.newSingleThreadExecutor();
        try {
            Future<?> secondWriter;
            try (JdbcSession first = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
                insertNote(first.connection());
                secondWriter = other.submit(() -> {
                    try (JdbcSession second = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
                        return null;
                    }
                });
                assertThrows(TimeoutException.class, () -> secondWriter.get(300, TimeUnit.MILLISECONDS),
                        "a second writer must wait for the first to close");
                Future<?> reader = readers.submit(() -> {
                    try (JdbcSession read = JdbcSession.forReading(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
                        return null;
                    }
                });
                reader.get(5, TimeUnit.SECONDS);
                first.commit();
            }
            secondWriter.get(5, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
            readers.shutdownNow();
        }
    }

    @Test
    void aWriterWhoseConnectionCannotBeHadLeavesTheWayFree() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        DataSource refusing = dataSource(() -> {
            if (asked.getAndIncrement() == 0) {
                return physicalButOpen(); // the first connection only says which database this is
            }
            throw new SQLException("pool exhausted");
        });
        assertThrows(SQLException.class, () -> JdbcSession.forWriting(refusing, Connection.TRANSACTION_READ_COMMITTED));
        aWriterOnAnotherThreadGetsThrough(dataSource);
    }

    /** PostgreSQL's commits are atomic: its writers do not take turns. */
    @Test
    void writersOnAnotherDatabaseDoNotWaitForEachOther() throws Exception {
        Connection postgresLike = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        DatabaseMetaData real = physical.getMetaData();
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                                (p, m, a) -> m.getName().equals("getURL") ? "jdbc:postgresql://localhost/tradewind" : m.invoke(real, a));
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    return method.invoke(physical, args);
                });
        DataSource postgres = dataSource(() -> postgresLike);
        try (JdbcSession first = JdbcSession.forWriting(postgres, Connection.TRANSACTION_READ_COMMITTED)) {
            aWriterOnAnotherThreadGetsThrough(postgres);
        }
    }

    /** Opens and closes a writing session on another thread; fails if that takes more than 5 s. */
    private static void aWriterOnAnotherThreadGetsThrough(DataSource dataSource) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> {
                try (JdbcSession session = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
                    return null;
                }
            }).get(5, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    /** A data source handing out {@code connections}; compared by identity, as a pool is. */
    private static DataSource dataSource(Callable<Connection> connections) {
        return (DataSource) Proxy.newProxyInstance(JdbcSessionTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> connections.call();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A second connection to the test's database, which closes for real. */
    private Connection physicalButOpen() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:jdbc-session;DB_CLOSE_DELAY=-1");
    }

    private static void insertNote(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO note VALUES ('kept?')");
        }
    }

    private int notes() throws SQLException {
        try (Statement s = physical.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM note")) {
            r.next();
            return r.getInt(1);
        }
    }
}
