package io.tradewind.sim.gateway;

import java.util.Optional;

/**
 * Where a paper venue keeps its state across restarts (see {@link DurablePaperGateway}). Plain
 * Java, so that the simulated venue does not depend on a database; the service plugs in a JDBC
 * implementation. Failures are {@link io.tradewind.execution.StoreException}s.
 */
public interface PaperVenueStore {

    /** The venue's whole state as last saved, or empty if it was never saved. */
    Optional<PaperVenueState> load(String venue);

    /**
     * Saves the changes described by {@code changes} (see {@link PaperVenueState}) atomically:
     * after a crash, {@link #load} returns the state before this save or after it, never a mix.
     * Returns only once the save is durable.
     */
    void save(String venue, PaperVenueState changes);
}
