package io.tradewind.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells the listeners what was committed: fills first, then each changed order in its latest
 * state. Changes are queued at commit time (in commit order, under the state lock) and handed out
 * by {@link #publish}, which one thread at a time runs: so each listener hears of each change once,
 * never from two threads at once, and an order's states in the order they were committed.
 *
 * <p>Every public operation of the service ends with {@link #publish}, so what it committed has
 * been heard when it returns (a thread that finds another one publishing waits for it). A listener
 * that reacts by submitting or cancelling (on the publishing thread) does not publish from inside
 * the listener: the running {@link #publish} hands its changes out after the current ones.
 * Listeners must be quick: they run while other threads may wait to publish.
 */
final class Publication {

    private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
    private List<FillRecord> fills = new ArrayList<>();
    /** By client order id: an order changed twice before it is published is published once, in its last state. */
    private Map<String, OrderRecord> orders = new LinkedHashMap<>();
    /**
     * The queues being handed out, emptied afterwards and swapped back in: publishing runs after
     * every operation, and copying the queues each time was a good part of what an order allocated.
     * Only the holder of {@link #publishing} touches them.
     */
    private List<FillRecord> fillsOut = new ArrayList<>();
    private Map<String, OrderRecord> ordersOut = new LinkedHashMap<>();
    private final ReentrantLock publishing = new ReentrantLock();

    void addListener(ExecutionListener listener) {
        listeners.add(listener);
    }

    /** Queues what a committed batch changed. */
    void committed(StoreBatch batch) {
        if (listeners.isEmpty()) {
            return;
        }
        synchronized (this) {
            List<FillRecord> batchFills = batch.fills();
            for (int i = 0; i < batchFills.size(); i++) {
                fills.add(batchFills.get(i));
            }
            List<OrderRecord> batchOrders = batch.orders();
            for (int i = 0; i < batchOrders.size(); i++) {
                orders.put(batchOrders.get(i).clientOrderId(), batchOrders.get(i));
            }
        }
    }

    /** Hands everything queued to the listeners; returns at once if called from inside a listener. */
    void publish() {
        if (publishing.isHeldByCurrentThread()) {
            return;
        }
        // in this order: once the queue is empty, what it held is either heard or being handed out by a holder of the lock
        if (nothingQueued() && !publishing.isLocked()) {
            return;
        }
        publishing.lock();
        try {
            while (true) {
                List<FillRecord> fillsNow;
                Map<String, OrderRecord> ordersNow;
                synchronized (this) {
                    if (fills.isEmpty() && orders.isEmpty()) {
                        return;
                    }
                    fillsNow = fills;
                    ordersNow = orders;
                    fills = fillsOut;
                    orders = ordersOut;
                }
                try {
                    for (ExecutionListener listener : listeners) {
                        for (int i = 0; i < fillsNow.size(); i++) {
                            listener.filled(fillsNow.get(i));
                        }
                        for (OrderRecord order : ordersNow.values()) {
                            listener.orderChanged(order);
                        }
                    }
                } finally {
                    fillsNow.clear();
                    ordersNow.clear();
                    fillsOut = fillsNow;
                    ordersOut = ordersNow;
                }
            }
        } finally {
            publishing.unlock();
        }
    }

    private synchronized boolean nothingQueued() {
        return fills.isEmpty() && orders.isEmpty();
    }
}
