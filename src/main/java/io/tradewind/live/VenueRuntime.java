package io.tradewind.live;

import io.tradewind.execution.ExecutionService;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One venue in the service: its execution service, shared by every instance on the venue (one
 * reconciliation, one kill switch), and the paper venue behind it when it is simulated.
 */
public final class VenueRuntime {

    private final String name;
    private final ExecutionService execution;
    private final PaperVenue paper;
    private final MonitoredGateway gateway;
    private final AtomicReference<Instant> killSwitchSince = new AtomicReference<>();
    private final AtomicReference<Instant> lastReconciliation = new AtomicReference<>();

    public VenueRuntime(String name, ExecutionService execution, PaperVenue paper, MonitoredGateway gateway) {
        this.name = name;
        this.execution = execution;
        this.paper = paper;
        this.gateway = gateway;
    }

    public String name() {
        return name;
    }

    public ExecutionService execution() {
        return execution;
    }

    /** The simulated venue behind a paper venue. */
    public PaperVenue paper() {
        return paper;
    }

    /** Whether the venue answered its last call. */
    public boolean up() {
        return gateway.up();
    }

    /** Reconciles with the venue, handing its news over first; remembers when it finished. */
    public void reconcile(Instant now) {
        paper.deliverTo(execution);
        execution.reconcile();
        lastReconciliation.set(now);
    }

    public Instant lastReconciliation() {
        return lastReconciliation.get();
    }

    /** Stops entries on the venue; true if it was off. */
    public boolean switchKillOn(Instant now) {
        return killSwitchSince.compareAndSet(null, now);
    }

    /** Lets entries through again. */
    public void switchKillOff() {
        killSwitchSince.set(null);
    }

    public boolean killSwitchOn() {
        return killSwitchSince.get() != null;
    }
}
