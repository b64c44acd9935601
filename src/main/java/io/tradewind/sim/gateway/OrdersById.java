package io.tradewind.sim.gateway;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A venue's client orders by exchange id, handed out in sequence from 1: the recent ones in a list
 * (the order with id n at {@code n - firstId} from the list's head), so that every fill finds its
 * order without hashing, and the few older ones still remembered (open for a long time) in a map.
 * A paper venue that runs for months keeps only its recent orders in memory this way; a forgotten
 * slot of the list is null.
 *
 * @param <T> what is known of an order
 */
final class OrdersById<T> {

    /** Dropped entries at the list's front are cut off once there are this many and they are half of it. */
    private static final int COMPACT_AT = 1024;

    private final ArrayList<T> recent = new ArrayList<>();
    /** Entries of {@link #recent} before this index are retired. */
    private int head;
    /** The id of the entry at {@link #head}. */
    private long firstId = 1;
    private final Map<Long, T> older = new TreeMap<>();

    /** The order with id {@code id}, or null for one not placed or forgotten. */
    T get(long id) {
        if (id >= firstId) {
            long index = head + (id - firstId);
            return index < recent.size() ? recent.get((int) index) : null;
        }
        return older.isEmpty() ? null : older.get(id);
    }

    /** The id the next order placed takes. */
    long nextId() {
        return firstId + (recent.size() - head);
    }

    /** The lowest id of the recent list: orders below it are in memory only if they were still open when they left it. */
    long firstId() {
        return firstId;
    }

    /** Adds the order placed with id {@link #nextId()}. */
    void add(T order) {
        recent.add(order);
    }

    /** Starts an empty list at {@code id} (a venue loaded with its recent orders only). */
    void startAt(long id) {
        if (!recent.isEmpty()) {
            throw new IllegalStateException("orders are already listed");
        }
        firstId = id;
    }

    /** Keeps an order older than the recent list (one loaded because it is still open). */
    void putOlder(long id, T order) {
        if (id >= firstId) {
            throw new IllegalArgumentException("order " + id + " belongs to the recent list, from " + firstId);
        }
        older.put(id, order);
    }

    /** Forgets the order with id {@code id}. */
    void forget(long id) {
        if (id >= firstId) {
            long index = head + (id - firstId);
            if (index < recent.size()) {
                recent.set((int) index, null);
            }
        } else {
            older.remove(id);
        }
    }

    /**
     * Moves the recent list's start up to {@code id}: each order it leaves is forgotten when
     * {@code forgettable} (and handed to {@code forgotten}), else kept among the older ones.
     */
    void retireBelow(long id, Predicate<T> forgettable, Consumer<T> forgotten) {
        while (firstId < id && head < recent.size()) {
            T order = recent.get(head);
            if (order != null) {
                if (forgettable.test(order)) {
                    forgotten.accept(order);
                } else {
                    older.put(firstId, order);
                }
            }
            recent.set(head, null);
            head++;
            firstId++;
        }
        if (head >= COMPACT_AT && head * 2 >= recent.size()) {
            recent.subList(0, head).clear();
            head = 0;
        }
    }

    /** Forgets the older orders that have become {@code forgettable}, handing each to {@code forgotten}. */
    void forgetOlder(Predicate<T> forgettable, Consumer<T> forgotten) {
        older.values().removeIf(order -> {
            if (!forgettable.test(order)) {
                return false;
            }
            forgotten.accept(order);
            return true;
        });
    }

    /** Every order in memory, older ones first, then by id. */
    void forEach(Consumer<T> action) {
        older.values().forEach(action);
        for (int i = head; i < recent.size(); i++) {
            T order = recent.get(i);
            if (order != null) {
                action.accept(order);
            }
        }
    }
}
