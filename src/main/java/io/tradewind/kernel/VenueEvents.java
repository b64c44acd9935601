package io.tradewind.kernel;

import io.tradewind.execution.ExecutionService;

/**
 * How a venue's news (order updates, own trades) reaches the execution service. A simulated venue
 * queues it and the kernel hands it over between the strategy's hooks, so a run is deterministic;
 * a live connector calls the service itself as news arrives ({@link #PUSHED}).
 */
@FunctionalInterface
public interface VenueEvents {

    /** A venue whose connector calls the execution service directly: nothing is queued. */
    VenueEvents PUSHED = execution -> {
    };

    /** Hands everything the venue has queued to {@code execution}. */
    void deliverTo(ExecutionService execution);
}
