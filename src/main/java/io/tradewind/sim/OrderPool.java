package io.tradewind.sim;

import java.util.Arrays;

/** Reuses order objects so that steady-state trading allocates nothing. */
final class OrderPool {

    private SimOrder[] free = new SimOrder[64];
    private int size;

    SimOrder take() {
        SimOrder order = size == 0 ? new SimOrder() : free[--size];
        order.reset();
        return order;
    }

    void give(SimOrder order) {
        order.reset();
        if (size == free.length) {
            free = Arrays.copyOf(free, size * 2);
        }
        free[size++] = order;
    }
}
