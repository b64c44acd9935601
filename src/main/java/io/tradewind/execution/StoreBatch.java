package io.tradewind.execution;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Changes that belong together (an order's new state, its hold, its fills and journal entries)
 * and must be committed atomically by {@link ExecutionStore#commit}. Grouping them is also what
 * makes the file store fast: one transaction and batched inserts instead of one commit per row.
 * An order, hold or balance changed twice in one batch is written once, in its last state.
 *
 * <p>A batch is made for every operation of the execution service and most hold one or two kinds
 * of change, each for one or two orders: so each kind is a small {@link Changes} list, created
 * when its first change arrives, that is its own read-only view, and replacing searches it.
 */
public final class StoreBatch {

    /** A trade cursor of one venue account, see {@link OrderGateway#ownTrades}. */
    public record TradeCursor(String venue, String account, String cursor) {
    }

    private Changes<OrderRecord> orders;
    private Changes<FillRecord> fills;
    private Changes<HoldRecord> holds;
    private Changes<String> releasedHolds;
    private Changes<BalanceRecord> balances;
    private Changes<PositionRecord> positions;
    private Changes<OrderEvent> events;
    private Changes<TradeCursor> cursors;

    /** Inserts or replaces the order with this client order id. */
    public StoreBatch order(OrderRecord order) {
        if (orders == null) {
            orders = new Changes<>();
        }
        replaceOrAdd(orders, order, order.clientOrderId(), OrderRecord::clientOrderId);
        return this;
    }

    /** Inserts a fill; the caller has checked it is not recorded yet. */
    public StoreBatch fill(FillRecord fill) {
        if (fills == null) {
            fills = new Changes<>();
        }
        fills.append(fill);
        return this;
    }

    /** Inserts or replaces the hold of an order. */
    public StoreBatch hold(HoldRecord hold) {
        if (releasedHolds != null) {
            int released = releasedHolds.indexOf(hold.clientOrderId());
            if (released >= 0) {
                releasedHolds.removeAt(released);
            }
        }
        if (holds == null) {
            holds = new Changes<>();
        }
        replaceOrAdd(holds, hold, hold.clientOrderId(), HoldRecord::clientOrderId);
        return this;
    }

    /** Removes the hold of an order, if any. */
    public StoreBatch releaseHold(String clientOrderId) {
        int at = holds == null ? -1 : indexOf(holds, clientOrderId, HoldRecord::clientOrderId);
        if (at >= 0) {
            holds.removeAt(at);
        }
        if (releasedHolds == null) {
            releasedHolds = new Changes<>();
        }
        if (!releasedHolds.contains(clientOrderId)) {
            releasedHolds.append(clientOrderId);
        }
        return this;
    }

    /** Inserts or replaces the balance of one venue, account and asset. */
    public StoreBatch balance(BalanceRecord balance) {
        if (balances == null) {
            balances = new Changes<>();
        }
        replaceOrAdd(balances, balance, (a, b) -> a.asset().equals(b.asset()) && a.account().equals(b.account())
                && a.venue().equals(b.venue()));
        return this;
    }

    /** Inserts or replaces the position of one venue, strategy instance and symbol. */
    public StoreBatch position(PositionRecord position) {
        if (positions == null) {
            positions = new Changes<>();
        }
        replaceOrAdd(positions, position, (a, b) -> a.symbol().equals(b.symbol())
                && a.strategyInstance().equals(b.strategyInstance()) && a.venue().equals(b.venue()));
        return this;
    }

    public StoreBatch event(OrderEvent event) {
        if (events == null) {
            events = new Changes<>();
        }
        events.append(event);
        return this;
    }

    public StoreBatch tradeCursor(String venue, String account, String cursor) {
        if (cursors == null) {
            cursors = new Changes<>();
        }
        cursors.append(new TradeCursor(venue, account, cursor));
        return this;
    }

    public boolean isEmpty() {
        return isEmpty(orders) && isEmpty(fills) && isEmpty(holds) && isEmpty(releasedHolds) && isEmpty(balances)
                && isEmpty(positions) && isEmpty(events) && isEmpty(cursors);
    }

    private static boolean isEmpty(Changes<?> changes) {
        return changes == null || changes.isEmpty();
    }

    /** The last state of an order changed in this batch, or {@code null}. */
    public OrderRecord pendingOrder(String clientOrderId) {
        int at = orders == null ? -1 : indexOf(orders, clientOrderId, OrderRecord::clientOrderId);
        return at < 0 ? null : orders.get(at);
    }

    private static <T> void replaceOrAdd(Changes<T> list, T item, String clientOrderId, Function<T, String> idOf) {
        int at = indexOf(list, clientOrderId, idOf);
        if (at < 0) {
            list.append(item);
        } else {
            list.replace(at, item);
        }
    }

    private static <T> void replaceOrAdd(Changes<T> list, T item, BiPredicate<T, T> sameKey) {
        for (int i = 0; i < list.size(); i++) {
            if (sameKey.test(list.get(i), item)) {
                list.replace(i, item);
                return;
            }
        }
        list.append(item);
    }

    private static <T> int indexOf(List<T> list, String clientOrderId, Function<T, String> idOf) {
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(clientOrderId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the batch holds this fill; a batch holds a few fills at most, except a page of reconciled trades. */
    public boolean hasFill(String venue, String tradeId) {
        if (fills == null) {
            return false;
        }
        for (int i = 0; i < fills.size(); i++) {
            FillRecord fill = fills.get(i);
            if (fill.tradeId().equals(tradeId) && fill.venue().equals(venue)) {
                return true;
            }
        }
        return false;
    }

    public List<OrderRecord> orders() {
        return orders == null ? List.of() : orders;
    }

    public List<FillRecord> fills() {
        return fills == null ? List.of() : fills;
    }

    public List<HoldRecord> holds() {
        return holds == null ? List.of() : holds;
    }

    public List<String> releasedHolds() {
        return releasedHolds == null ? List.of() : releasedHolds;
    }

    public List<BalanceRecord> balances() {
        return balances == null ? List.of() : balances;
    }

    public List<PositionRecord> positions() {
        return positions == null ? List.of() : positions;
    }

    public List<OrderEvent> events() {
        return events == null ? List.of() : events;
    }

    public List<TradeCursor> cursors() {
        return cursors == null ? List.of() : cursors;
    }

    /**
     * One kind of change: a growable array that is read-only to whoever reads the batch (the
     * {@link List} methods that would change it throw), so the batch hands it out without a view
     * object. Three batches are made per order in a backtest, with four or five kinds each, and
     * most kinds get one change: that one is kept in a field, and an array is made for a second.
     */
    private static final class Changes<T> extends AbstractList<T> implements RandomAccess {

        private Object only;
        private Object[] items;
        private int size;

        void append(T item) {
            if (size == 0 && items == null) {
                only = item;
            } else {
                if (items == null) {
                    items = new Object[4];
                    items[0] = only;
                    only = null;
                } else if (size == items.length) {
                    items = Arrays.copyOf(items, size * 2);
                }
                items[size] = item;
            }
            size++;
        }

        void replace(int index, T item) {
            if (items == null) {
                only = item;
            } else {
                items[index] = item;
            }
        }

        void removeAt(int index) {
            if (items == null) {
                only = null;
            } else {
                System.arraycopy(items, index + 1, items, index, size - index - 1);
                items[size - 1] = null;
            }
            size--;
            modCount++;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            if (index >= size || index < 0) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return (T) (items == null ? only : items[index]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
