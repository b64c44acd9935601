package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return watched;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        physical.close();
    }

    @Test
    void workNotCommittedIsRolledBackAndTheConnectionsSettingsAreRestored() throws SQLException {
        try (JdbcSession session = JdbcSession.open(dataSource, Connection.TRANSACTION_SERIALIZABLE)) {
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
        try (JdbcSession session = JdbcSession.open(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
            insertNote(session.connection());
            session.commit();
        }

        assertEquals(1, notes());
        assertFalse(calls.contains("rollback"), calls.toString());
        assertTrue(calls.contains("close"));
        assertTrue(physical.getAutoCommit());
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
