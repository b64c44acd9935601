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
import org.jboss.logging.Logger;

/**
 * One service per store on a PostgreSQL server. There the data directory's lock and
 * {@code service.json} cannot tell: services and commands with other data directories, on this
 * machine or others, share the database. A serving process holds a session advisory lock on a
 * database session of its own (not a pooled connection: closing it ends the session and the lock,
 * even by {@code kill -9}), and records where its API answers in {@code service_owner}, with the
 * session that holds the lock. Commands look the lock up in {@code pg_locks} without taking it
 * (taking it for an instant would refuse a service starting at that moment), and trust the record
 * only when its session holds the lock. A database restart ends the session and the lock with
 * it: the service asks {@link #keep()} every second, which takes it again on a new session.
 */
public final class DatabaseServiceLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DatabaseServiceLock.class);
    /** The advisory lock's key in the database: "tradewnd" in ASCII, no other lock of ours uses it. */
    static final long KEY = 0x7472616465776E64L;
    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(?)";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(?)";
    /** pg_locks shows a bigint key's high half as classid and its low half as objid, with objsubid 1. */
    private static final String HOLDING_SESSION = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1";
    private static final String FORGET = "DELETE FROM service_owner";
    private static final String RECORD = "INSERT INTO service_owner (id, base_url, pid, host, session_pid, started_at)"
            + " VALUES (1, ?, ?, ?, pg_backend_pid(), ?)";
    private static final String READ = "SELECT base_url, pid, host FROM service_owner WHERE id = 1 AND session_pid = ?";
    /** PostgreSQL's SQLSTATE for a table that does not exist: a store not migrated yet has no record. */
    private static final String UNDEFINED_TABLE = "42P01";
    /** Between tries for a server that does not answer yet at a service's start. */
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource sessions;
    private Connection session;
    private Owner announced;
    private boolean closed;

    private DatabaseServiceLock(DataSource sessions, Connection session) {
        this.sessions = sessions;
        this.session = session;
    }

    /**
     * Where a running service's API answers.
     *
     * @param host the machine it runs on, as that machine names itself
     */
    public record Owner(String baseUrl, long pid, String host) {

        /** For messages: " (pid 123 on vps-1, API at http://127.0.0.1:8080)", or nothing for no owner. */
        public static String inParentheses(Owner owner) {
            return owner == null ? "" : " (pid " + owner.pid() + " on " + owner.host() + ", API at " + owner.baseUrl() + ")";
        }
    }

    /**
     * Whether a service holds the store, and where it answers if it has said so yet.
     *
     * @param owner null while the holder starts (it takes the lock before it records itself)
     */
    public record Holder(boolean held, Owner owner) {
    }

    /**
     * Takes the store's service lock on a session of its own, kept until {@link #close()}; empty
     * when another service holds it. The schema is prepared only once the lock is taken: a service
     * refused (a newer release started by mistake) must not migrate the running one's database.
     *
     * @param sessions     hands out connections that are sessions of their own, not pooled ones
     * @param ensureSchema creates the tables if they are missing (Flyway migrate)
     * @throws StoreException the database cannot be reached, or the schema cannot be prepared
     */
    public static Optional<DatabaseServiceLock> tryTake(DataSource sessions, Runnable ensureSchema) {
        return tryTake(sessions, ensureSchema, 0, Thread::sleep);
    }

    /**
     * As {@link #tryTake(DataSource, Runnable)}, waiting up to {@code patienceMillis} in all for a
     * server that does not answer yet (started with the machine beside the service, or recovering
     * after a crash): a service stopped at once, and systemd's five restarts gave up on a server that
     * took more than about 25 s to come up. Refused credentials or a missing database are not waited for.
     */
    static Optional<DatabaseServiceLock> tryTake(DataSource sessions, Runnable ensureSchema, long patienceMillis,
            StoreMigration.Pause pause) {
        Connection session = null;
        try {
            session = session(sessions, patienceMillis, pause);
            session.setAutoCommit(true);
            if (!tryLock(session)) {
                session.close();
                return Optional.empty();
            }
        } catch (SQLException e) {
            closeQuietly(session);
            throw failure("take the store's service lock", e);
        }
        try {
            ensureSchema.run();
        } catch (StoreException e) {
            closeQuietly(session);
            throw e;
        } catch (RuntimeException e) {
            // Flyway's own exception (a user who may not create the tables): in words, one line, exit
            // code 3, where it reached serve raw and was reported as an internal error with a trace file
            closeQuietly(session);
            throw new StoreException("cannot prepare the tables: " + RootCause.of(e), e);
        }
        return Optional.of(new DatabaseServiceLock(sessions, session));
    }

    private static Connection session(DataSource sessions, long patienceMillis, StoreMigration.Pause pause)
            throws SQLException {
        long paused = 0;
        long began = System.nanoTime();
        while (true) {
            try {
                return sessions.getConnection();
            } catch (SQLException e) {
                // the tries' own time counts too: each may take the driver's connect timeout (10 s) on a host that drops packets
                boolean waitedEnough = paused >= patienceMillis || (System.nanoTime() - began) / 1_000_000 >= patienceMillis;
                if (waitedEnough || RootCause.isPermanent(e)) {
                    throw e;
                }
                LOG.warnf("the database did not answer (%s); trying again in %d ms", RootCause.of(e), RETRY_MILLIS);
                try {
                    pause.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                paused += RETRY_MILLIS;
            }
        }
    }

    /** Who holds the store's service lock, looked up without taking it. */
    public static Holder holder(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Integer holdingSession = holdingSession(connection);
            if (holdingSession == null) {
                return new Holder(false, null);
            }
            return new Holder(true, recordOf(connection, holdingSession));
        } catch (SQLException e) {
            throw failure("find the service that holds the store", e);
        }
    }

    private static Integer holdingSession(Connection connection) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(HOLDING_SESSION)) {
            find.setLong(1, KEY >>> 32);
            find.setLong(2, KEY & 0xFFFFFFFFL);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    private static Owner recordOf(Connection connection, int holdingSession) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setInt(1, holdingSession);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? new Owner(row.getString(1), row.getLong(2), row.getString(3)) : null;
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return null; // held by a service that has not prepared the store yet
            }
            throw e;
        }
    }

    /** Records where this service answers, replacing what a service before it (killed) left. */
    public synchronized void announce(Owner owner) {
        announced = owner;
        try (PreparedStatement forget = session.prepareStatement(FORGET);
                PreparedStatement record = session.prepareStatement(RECORD)) {
            session.setAutoCommit(false);
            forget.executeUpdate();
            record.setString(1, owner.baseUrl());
            record.setLong(2, owner.pid());
            record.setString(3, owner.host());
            record.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            record.executeUpdate();
            session.commit();
        } catch (SQLException e) {
            rollbackQuietly(session);
            throw failure("record where the service answers", e);
        } finally {
            try {
                session.setAutoCommit(true);
            } catch (SQLException brokenSession) {
                // the session is gone: keep() takes the lock again on a new one
            }
        }
    }

    /**
     * Whether this process still holds the store. The lock lives as long as its session: while the
     * session answers, it is ours. A session that ended (the database restarted, the connection
     * dropped) took the lock with it, and another service could then start on the store: the lock
     * is taken again on a new session and this service recorded again.
     *
     * @return false when another service holds the store now: this one must stop
     * @throws StoreException the database cannot be reached (try again later)
     */
    public synchronized boolean keep() {
        if (closed || sessionAnswers()) {
            return true;
        }
        closeQuietly(session);
        session = null;
        try {
            Connection fresh = sessions.getConnection();
            fresh.setAutoCommit(true);
            if (!tryLock(fresh)) {
                fresh.close();
                return false;
            }
            session = fresh;
        } catch (SQLException e) {
            throw failure("take the store's service lock again", e);
        }
        LOG.warn("the database session holding the store's service lock had ended (a database restart?): taken again");
        if (announced != null) {
            announce(announced);
        }
        return true;
    }

    private boolean sessionAnswers() {
        if (session == null) {
            return false;
        }
        try (PreparedStatement ping = session.prepareStatement("SELECT 1"); ResultSet answer = ping.executeQuery()) {
            return answer.next();
        } catch (SQLException sessionGone) {
            return false;
        }
    }

    /**
     * Withdraws the record, lets the lock go and ends the session. The lock is let go explicitly:
     * closing a connection only asks the server to end the session, which it does a moment later,
     * and a service started again at once was refused meanwhile. A session that had ended took the
     * lock with it, and the record may be another service's by now: then it is left alone.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (session == null) {
            return;
        }
        try (PreparedStatement forget = session.prepareStatement(FORGET);
                PreparedStatement unlock = session.prepareStatement(UNLOCK)) {
            if (sessionAnswers()) {
                forget.executeUpdate();
                unlock.setLong(1, KEY);
                unlock.executeQuery().close();
            }
        } catch (SQLException e) {
            LOG.warnf("the record of where this service answered stays in service_owner until the next service replaces"
                    + " it: %s", RootCause.of(e));
        } finally {
            closeQuietly(session);
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

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the session is gone, and the transaction with it
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing or ending: nothing more to do with it
            }
        }
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + ": " + RootCause.of(e), e);
    }
}
