package io.tradewind.persistence;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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
 * and never again (a full page of old orders) keeps its whole chunk. H2's background writer rewrites
 * such pages into new chunks, but with {@code WRITE_DELAY=0} (every commit on disk before it returns)
 * H2 runs no background writer: the file of a paper service churning orders grew by about 36 KB an
 * order without levelling off. This does the writer's compaction ({@link MVStore#compact}, under
 * H2's own store lock, beside writing sessions as the writer does; H2 2.3 has no SQL statement for
 * it) every {@link #EVERY} from {@code serve}'s start to its stop. A file another process opened
 * first is served to this one by that process ({@code AUTO_SERVER}): it is that process's to keep.
 */
@ApplicationScoped
public class StoreHousekeeping {

    private static final Logger LOG = Logger.getLogger(StoreHousekeeping.class);
    static final Duration EVERY = Duration.ofSeconds(2);
    private static final String JOB = "tradewind-store-housekeeping";
    /** Chunks fuller than this, in percent live, are left as they are: H2's background writer's default. */
    static final int TARGET_FILL_RATE = 90;
    /** At most this much is rewritten at a time, so that a commit waits for H2's store lock a few milliseconds at most. */
    static final int REWRITE_BYTES = 1024 * 1024;

    private final boolean h2File;
    private final DataSource dataSource;
    private final Scheduler scheduler;
    private boolean stopped;
    private boolean failureSaid;

    @Inject
    StoreHousekeeping(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl, DataSource dataSource,
            Scheduler scheduler) {
        this("h2".equals(dbKind) && jdbcUrl.startsWith("jdbc:h2:file:"), dataSource, scheduler);
    }

    StoreHousekeeping(boolean h2File, DataSource dataSource, Scheduler scheduler) {
        this.h2File = h2File;
        this.dataSource = dataSource;
        this.scheduler = scheduler;
    }

    /** Compacts every {@link #EVERY} from now on, where the store is an H2 file. */
    public void start() {
        if (h2File && scheduler.getScheduledJob(JOB) == null) {
            scheduler.newJob(JOB).setInterval(EVERY.toString()).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> compact()).schedule();
        }
    }

    /** Before the store closes: no compaction starts after this, and one running has finished. */
    public void stop() {
        if (scheduler != null && scheduler.getScheduledJob(JOB) != null) {
            scheduler.unscheduleJob(JOB);
        }
        synchronized (this) {
            stopped = true;
        }
    }

    /**
     * One round of H2's compaction of the store this process serves; whether it rewrote anything.
     * A failure is said once (until a round succeeds again): the file then only grows faster.
     */
    synchronized boolean compact() {
        if (stopped) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            Session session = connection.unwrap(JdbcConnection.class).getSession();
            if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
                return false;
            }
            MVStore store = local.getDatabase().getStore().getMvStore();
            boolean rewrote = !store.isClosed() && store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
            failureSaid = false;
            return rewrote;
        } catch (SQLException | RuntimeException e) {
            if (!failureSaid) {
                LOG.warnf("could not compact the store file as it runs (%s): it grows faster until this works again"
                        + " or the next start compacts it", RootCause.of(e));
                failureSaid = true;
            }
            return false;
        }
    }
}
