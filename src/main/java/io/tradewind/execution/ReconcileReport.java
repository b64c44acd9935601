package io.tradewind.execution;

import java.util.ArrayList;
import java.util.List;

/** What one reconciliation run found and did; failures are venue calls that got no answer. */
public final class ReconcileReport {

    int fills;
    int updated;
    int closed;
    int adopted;
    private final List<String> failures = new ArrayList<>();

    void failure(String what) {
        failures.add(what);
    }

    /** Adds what another run of some steps found; a failure this report holds already is not said twice. */
    void add(ReconcileReport other) {
        fills += other.fills;
        updated += other.updated;
        closed += other.closed;
        adopted += other.adopted;
        other.failures.stream().filter(failure -> !failures.contains(failure)).forEach(failures::add);
    }

    /** Fills recorded that were not known before. */
    public int fills() {
        return fills;
    }

    /** Live orders whose status changed. */
    public int updated() {
        return updated;
    }

    /** Live orders closed because the venue did not know them. */
    public int closed() {
        return closed;
    }

    /** Open orders found at the venue and taken over. */
    public int adopted() {
        return adopted;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public String toString() {
        return "fills=" + fills + " updated=" + updated + " closed=" + closed + " adopted=" + adopted
                + " failures=" + failures;
    }
}
