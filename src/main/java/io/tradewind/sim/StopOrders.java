package io.tradewind.sim;

import io.tradewind.domain.Side;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stop orders of one market waiting for their trigger, in arrival order. A buy stop triggers when
 * the last trade price rises to its stop price or above, a sell stop when it falls to it or below;
 * of several triggered stops the oldest goes first.
 */
final class StopOrders {

    private final Map<Long, SimOrder> queued = new LinkedHashMap<>();

    void add(SimOrder order) {
        queued.put(order.id, order);
    }

    boolean remove(SimOrder order) {
        return queued.remove(order.id) != null;
    }

    /** Visits the waiting stops, oldest first. */
    void forEach(Consumer<SimOrder> visitor) {
        queued.values().forEach(visitor);
    }

    boolean isEmpty() {
        return queued.isEmpty();
    }

    /** Removes and returns the oldest stop triggered by {@code lastPrice}, or null. */
    SimOrder pollTriggered(long lastPrice) {
        Iterator<SimOrder> orders = queued.values().iterator();
        while (orders.hasNext()) {
            SimOrder order = orders.next();
            if (isTriggered(order, lastPrice)) {
                orders.remove();
                return order;
            }
        }
        return null;
    }

    static boolean isTriggered(SimOrder order, long lastPrice) {
        return order.side == Side.BUY ? lastPrice >= order.stopPrice : lastPrice <= order.stopPrice;
    }
}
