package io.tradewind.sim;

/**
 * Receives the simulated exchange's output: every change of an order's status or filled
 * quantity, and every trade. Calls happen synchronously in execution order; the objects passed
 * are reused afterwards, so read them during the call.
 */
public interface ExchangeListener {

    void onOrder(SimOrder order);

    void onTrade(SimTrade trade);

    /** A listener that ignores everything, for benchmarks and tests that only inspect state. */
    ExchangeListener NONE = new ExchangeListener() {
        @Override
        public void onOrder(SimOrder order) {
        }

        @Override
        public void onTrade(SimTrade trade) {
        }
    };
}
