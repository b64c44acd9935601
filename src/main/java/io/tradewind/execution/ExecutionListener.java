package io.tradewind.execution;

/**
 * Hears what the execution service committed, after each operation: the strategy runtime uses it
 * to call a strategy's order and fill hooks, whichever way the news came (an order's answer, a
 * pushed update, reconciliation).
 */
public interface ExecutionListener {

    void orderChanged(OrderRecord order);

    void filled(FillRecord fill);
}
