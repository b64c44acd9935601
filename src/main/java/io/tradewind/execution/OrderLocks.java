package io.tradewind.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per client order id, held while that order's request is at the venue and its answer is
 * applied, so that a report pushed for the same order meanwhile waits for the answer instead of
 * being overtaken by it. Orders never share a lock, so a slow venue call blocks only its own
 * order. A lock exists only while someone holds or waits for it.
 *
 * <p>Lock order: an order's lock is taken before the state lock and never while holding it, and a
 * thread holds at most one order's lock (re-entering the same one is allowed).
 */
final class OrderLocks {

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    /** A held order lock; release it exactly once. */
    final class Held implements AutoCloseable {

        private final String clientOrderId;
        private final Entry entry;

        private Held(String clientOrderId, Entry entry) {
            this.clientOrderId = clientOrderId;
            this.entry = entry;
        }

        @Override
        public void close() {
            entry.lock.unlock();
            release(clientOrderId, entry);
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** Waits for the order's lock. */
    Held acquire(String clientOrderId) {
        Entry entry = use(clientOrderId);
        entry.lock.lock();
        return new Held(clientOrderId, entry);
    }

    /** The order's lock if nobody else holds it, else {@code null}: the holder is settling the order. */
    Held tryAcquire(String clientOrderId) {
        Entry entry = use(clientOrderId);
        if (entry.lock.tryLock()) {
            return new Held(clientOrderId, entry);
        }
        release(clientOrderId, entry);
        return null;
    }

    private synchronized Entry use(String clientOrderId) {
        Entry entry = entries.computeIfAbsent(clientOrderId, id -> new Entry());
        entry.users++;
        return entry;
    }

    private synchronized void release(String clientOrderId, Entry entry) {
        if (--entry.users == 0) {
            entries.remove(clientOrderId);
        }
    }
}
