package io.tradewind.execution;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ExecutionService#reconcile} every {@code interval} on one daemon thread, from the
 * moment {@link #start} is called until {@link #close}. A run that throws is logged and the next
 * run goes ahead: a venue outage must not stop reconciliation for good. Only the service mode
 * starts it; command-line tools never do.
 */
public final class ReconciliationLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ReconciliationLoop.class.getName());

    private final ExecutionService service;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tradewind-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    public ReconciliationLoop(ExecutionService service, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("reconciliation interval must be positive, was " + interval);
        }
        this.service = service;
        this.interval = interval;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            ReconcileReport report = service.reconcile();
            if (!report.failures().isEmpty()) {
                LOG.log(Level.WARNING, "reconciliation incomplete: {0}", report.failures());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "reconciliation failed; retrying in " + interval, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
