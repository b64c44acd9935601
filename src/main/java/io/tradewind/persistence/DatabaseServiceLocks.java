package io.tradewind.persistence;

import io.quarkus.runtime.Quarkus;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's {@link DatabaseServiceLock} where the store is a PostgreSQL database. An H2 store is
 * its data directory, whose service lock and {@code service.json} say which service serves it:
 * {@link #apply()} is false there. While a service holds it, it is kept every second by a
 * scheduler job made when the lock is taken (see {@link DatabaseServiceLock#keep()}: a job declared
 * with {@code @Scheduled} ran on H2 stores too, doing nothing, and could fire while a start that
 * failed shut the application down, printing a stack trace under the start's one-line error);
 * when another service took the store meanwhile, this one
 * stops: the two could trade one account for at most about a second, while the new one still
 * reconciles and warms up before its first tick.
 */
@ApplicationScoped
public class DatabaseServiceLocks {

    private static final Logger LOG = Logger.getLogger(DatabaseServiceLocks.class);
    private static final String POSTGRES = "jdbc:postgresql:";
    private static final String KEEP_JOB = "keep-the-database-service-lock";

    private final boolean apply;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final DataSource dataSource;
    private final StoreMigration migration;
    private final Scheduler scheduler;
    private volatile DatabaseServiceLock held;
    private volatile String lost;
    private boolean unreachableSaid;

    DatabaseServiceLocks(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, DataSource dataSource,
            StoreMigration migration, Scheduler scheduler) {
        this.apply = jdbcUrl.startsWith(POSTGRES);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.migration = migration;
        this.scheduler = scheduler;
    }

    /** Whether services and commands find each other through the database rather than the data directory. */
    public boolean apply() {
        return apply;
    }

    /** The database, for messages: its URL without parameters (a password may be one). */
    public String where() {
        return jdbcUrl.split("\\?", 2)[0];
    }

    /**
     * See {@link DatabaseServiceLock#tryTake}: on a session of its own, outside the pool, so that
     * closing it always ends the session and the lock; a lock taken is kept until it is closed.
     */
    public Optional<DatabaseServiceLock> tryTake() {
        PGSimpleDataSource sessions = new PGSimpleDataSource();
        sessions.setUrl(jdbcUrl);
        user.ifPresent(sessions::setUser);
        password.ifPresent(sessions::setPassword);
        Optional<DatabaseServiceLock> taken = DatabaseServiceLock.tryTake(sessions, migration::ensureMigrated,
                StoreMigration.PATIENCE_MILLIS, Thread::sleep);
        held = taken.orElse(null);
        if (taken.isPresent() && scheduler.getScheduledJob(KEEP_JOB) == null) {
            scheduler.newJob(KEEP_JOB).setInterval("1s").setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> keepHeld()).schedule();
        }
        return taken;
    }

    /** See {@link DatabaseServiceLock#holder}. */
    public DatabaseServiceLock.Holder holder() {
        return DatabaseServiceLock.holder(dataSource);
    }

    /** Why this service stopped on its own: another took the store after this one lost its session; null otherwise. */
    public String lost() {
        return lost;
    }

    /** The machine this process runs on, as it names itself: a service records it, a command compares it. */
    public static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unnamed host";
        }
    }

    private void keepHeld() {
        DatabaseServiceLock lock = held;
        if (lock == null || lost != null) {
            return;
        }
        try {
            boolean kept = lock.keep();
            unreachableSaid = false;
            if (kept) {
                return;
            }
        } catch (StoreException unreachable) {
            // once per outage: the store's own errors say the rest, every tick
            if (!unreachableSaid) {
                LOG.warnf("cannot make sure this service still holds the store (%s); trying again every second",
                        unreachable.getMessage());
                unreachableSaid = true;
            }
            return;
        }
        lost = "this service lost its database session (a database restart?) and another service took the store at "
                + where() + DatabaseServiceLock.Owner.inParentheses(holder().owner())
                + " meanwhile: this one stopped, so that two services do not trade one account";
        LOG.error(lost);
        held = null;
        Quarkus.asyncExit();
    }
}
