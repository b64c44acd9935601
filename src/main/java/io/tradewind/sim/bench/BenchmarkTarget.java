package io.tradewind.sim.bench;

/** What a {@link BookWorkload} is replayed against: an order book alone, or the whole simulated exchange. */
public interface BenchmarkTarget {

    /** Carries out command {@code i} of the workload. */
    void execute(int i);

    /** Fills made so far. */
    long fills();

    /** Orders resting in the book now. */
    int restingOrders();
}
