package io.tradewind.execution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per client order id, held while that order's request is at the venue and its answer is
 * applied, so that a report pushed for the same order meanwhile waits for the answer instead of
 * being overtaken by it. Orders never share a lock, so a slow venue call blocks only its own
 * order. A lock is bound to an order only while someone holds or waits for it.
 *
 * <p>Few orders are at the venue at once (about one per thread), and a backtest takes a lock for
 * every order and fill: so the bound locks are a short list searched by id, and unbound locks are
 * kept for reuse instead of being allocated for every acquisition.
 *
 * <p>Lock order: an order's lock is taken before the state lock and never while holding it, and a
 * thread holds at most one order's lock (re-entering the same one is allowed).
 */
final class OrderLocks {

    /** A held order lock: close it exactly once per acquisition. */
    final class Held extends ReentrantLock implements AutoCloseable {

        private static final long serialVersionUID = 1L;

        private String clientOrderId;
        /** Threads holding or waiting for this lock; guarded by the enclosing {@link OrderLocks}. */
        private int users;

        private Held() {
        }

        @Override
        public void close() {
            unlock();
            release(this);
        }
    }

    private static final int KEPT_FOR_REUSE = 64;

    private final List<Held> bound = new ArrayList<>();
    private final ArrayDeque<Held> unbound = new ArrayDeque<>();

    /** Waits for the order's lock. */
    Held acquire(String clientOrderId) {
        Held held = use(clientOrderId);
        held.lock();
        return held;
    }

    /** The order's lock if nobody else holds it, else {@code null}: the holder is settling the order. */
    Held tryAcquire(String clientOrderId) {
        Held held = use(clientOrderId);
        if (held.tryLock()) {
            return held;
        }
        release(held);
        return null;
    }

    private synchronized Held use(String clientOrderId) {
        for (int i = 0; i < bound.size(); i++) {
            Held held = bound.get(i);
            if (held.clientOrderId.equals(clientOrderId)) {
                held.users++;
                return held;
            }
        }
        Held held = unbound.poll();
        if (held == null) {
            held = new Held();
        }
        held.clientOrderId = clientOrderId;
        held.users = 1;
        bound.add(held);
        return held;
    }

    private synchronized void release(Held held) {
        if (--held.users == 0) {
            bound.remove(held);
            held.clientOrderId = null;
            if (unbound.size() < KEPT_FOR_REUSE) {
                unbound.push(held);
            }
        }
    }
}
