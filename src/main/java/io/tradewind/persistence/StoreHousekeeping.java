package io.tradewind.persistence;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps a running service's H2 store file from growing without bound. H2 writes each commit as a new
 * chunk of the file and reuses a chunk's space once none of its pages is live; a page written once
 * and never again (a full page of old orders) keeps its whole chunk. H2's background writer marks
 * the live pages of sparse chunks for rewriting, so that the next commit writes them anew and the old
 * chunks come free, but with {@code WRITE_DELAY=0} (every commit on disk before it returns) H2 runs no
 * background writer: the file of a paper service churning orders grew by about 36 KB an order
 * without levelling off. This does that part of the writer's work ({@link MVStore#compact}, under
 * H2's own store lock, beside writing sessions as the writer does; H2 2.3 has no SQL statement for
 * it) every {@link #EVERY} from {@code serve}'s start to its stop.
 *
 * <p>It reaches H2's engine inside this process, so it exists only in a build whose store is H2
 * (a native build's is PostgreSQL, whose engine reclaims space itself). Where another process serves
 * the file ({@code AUTO_SERVER}: a command that opened it first), this one cannot compact it, and
 * says so once; the pool's sessions stay remote even after that process lets go, so each round asks
 * for a session of its own too, which is local once this process holds the file.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class StoreHousekeeping {

    private static final Logger LOG = Logger.getLogger(StoreHousekeeping.class);
    static final Duration EVERY = Duration.ofSeconds(2);
    private static final String JOB = "tradewind-store-housekeeping";
    /** Chunks fuller than this, in percent live, are left as they are: H2's background writer's default. */
    static final int TARGET_FILL_RATE = 90;
    /**
     * At most this much is marked for rewriting a round: the commit after it writes that much more,
     * and a commit meanwhile waits for H2's store lock (at most 6 ms a round in a trial).
     */
    static final int REWRITE_BYTES = 1024 * 1024;

    private final boolean h2File;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final DataSource dataSource;
    private final Scheduler scheduler;
    /** Held by a round while it compacts, so that a stop can wait for it. */
    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean stopped;
    private boolean scheduled;
    private int failures;
    private int roundsThatCompacted;
    /** The store's version at the last round: a round of an idle store would only mark the same pages again. */
    private long versionAtLastRound = -1;
    private boolean failureSaid;
    private boolean servedElsewhereSaid;

    @Inject
    StoreHousekeeping(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, DataSource dataSource,
            Scheduler scheduler) {
        this(jdbcUrl, user.orElse(""), password.orElse(""), dataSource, scheduler);
    }

    /** @param jdbcUrl the store's URL, for a session of its own where the pool's are served by another process */
    StoreHousekeeping(String jdbcUrl, String user, String password, DataSource dataSource, Scheduler scheduler) {
        this.h2File = jdbcUrl.startsWith(StoreCompaction.H2_FILE_PREFIX);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.scheduler = scheduler;
    }

    /** Compacts every {@link #EVERY} from now on, where the store is an H2 file. */
    public synchronized void start() {
        if (h2File && !scheduled && !stopped) {
            scheduler.newJob(JOB).setInterval(EVERY.toString()).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> compact()).schedule();
            scheduled = true;
        }
    }

    /** Before the store closes: no round starts after this, and one running has finished. */
    public void stop() {
        stopped = true;
        synchronized (this) {
            if (scheduled) {
                scheduler.unscheduleJob(JOB);
                scheduled = false;
            }
        }
        round.lock();
        round.unlock();
    }

    /** The application's shutdown closes the store, also when it comes before {@code serve}'s own stop. */
    void beforeTheStoreCloses(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /**
     * One round of H2's compaction of the store this process serves; whether it marked anything for
     * rewriting. A failure is said once until a round succeeds again; H2 2.3.230's own internals
     * changed under it (another H2) stop the rounds for good.
     */
    boolean compact() {
        if (stopped) {
            return false;
        }
        try (Connection pooled = dataSource.getConnection()) {
            Optional<MVStore> store = localStore(pooled);
            if (store.isPresent()) {
                return compact(store.get());
            }
            try (Connection own = DriverManager.getConnection(jdbcUrl, user, password)) {
                store = localStore(own);
                if (store.isPresent()) {
                    return compact(store.get());
                }
            }
            if (!servedElsewhereSaid) {
                LOG.infof("the store file is served by another process (a command that opened it first): it is not"
                        + " compacted while that process has it, and grows faster meanwhile");
                servedElsewhereSaid = true;
            }
            return false;
        } catch (SQLException | RuntimeException | AssertionError e) {
            failed(RootCause.of(e), e);
            return false;
        } catch (LinkageError e) {
            failed("H2's internals are not those of the H2 version this was written for (" + e + ")", e);
            stopped = true;
            return false;
        }
    }

    /** Rounds that failed so far. */
    int failures() {
        return failures;
    }

    /** Rounds that reached H2's compaction so far (not skipped as idle, stopped or failed before it). */
    int roundsThatCompacted() {
        return roundsThatCompacted;
    }

    private boolean compact(MVStore store) {
        round.lock();
        try {
            if (stopped || store.isClosed() || store.getCurrentVersion() == versionAtLastRound) {
                return false;
            }
            versionAtLastRound = store.getCurrentVersion();
            roundsThatCompacted++;
            boolean marked = store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
            failureSaid = false;
            return marked;
        } finally {
            round.unlock();
        }
    }

    /** The store of a session of H2's engine in this process; empty for a session served by another process. */
    private static Optional<MVStore> localStore(Connection connection) throws SQLException {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().getStore() != null) {
            return Optional.of(local.getDatabase().getStore().getMvStore());
        }
        return Optional.empty();
    }

    private void failed(String why, Throwable e) {
        failures++;
        if (!failureSaid) {
            LOG.warnf("could not compact the store file as it runs (%s): it grows faster until a round works again or"
                    + " the next start compacts it", why);
            LOG.debug("the round's failure", e);
            failureSaid = true;
        }
    }
}
