package io.tradewind.sim;

import java.util.PriorityQueue;

/**
 * Orders with an expiry, earliest first (ties by arrival). An entry remembers the order's
 * sequence number, so an order that ended meanwhile (and whose object was reused) is skipped
 * instead of having to be removed.
 */
final class Expiries {

    private record Entry(long expireAt, long sequence, long orderId) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(expireAt, other.expireAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();

    void add(SimOrder order) {
        queue.add(new Entry(order.expireAt, order.sequence, order.id));
    }

    /** Removes and returns the id of the next still-open order due at {@code now}, or -1. */
    long pollDue(long now, OrderLookup orders) {
        while (!queue.isEmpty() && queue.peek().expireAt <= now) {
            Entry entry = queue.poll();
            SimOrder order = orders.find(entry.orderId);
            if (order != null && order.sequence == entry.sequence) {
                return entry.orderId;
            }
        }
        return -1;
    }

    /** Finds a live order by id. */
    @FunctionalInterface
    interface OrderLookup {
        SimOrder find(long orderId);
    }
}
