package io.tradewind.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Changes that belong together (an order's new state, its hold, its fills and journal entries)
 * and must be committed atomically by {@link ExecutionStore#commit}. Grouping them is also what
 * makes the file store fast: one transaction and batched inserts instead of one commit per row.
 * An order, hold or balance changed twice in one batch is written once, in its last state.
 *
 * <p>A batch is made for every operation of the execution service and most hold one or two kinds
 * of change, each for one or two orders: so each collection is a small list, created when its
 * first change arrives together with its read-only view, and replacing searches it.
 */
public final class StoreBatch {

    /** A trade cursor of one venue account, see {@link OrderGateway#ownTrades}. */
    public record TradeCursor(String venue, String account, String cursor) {
    }

    private static final int SMALL = 4;

    private List<OrderRecord> orders;
    private List<OrderRecord> ordersView = List.of();
    private List<FillRecord> fills;
    private List<FillRecord> fillsView = List.of();
    private List<HoldRecord> holds;
    private List<HoldRecord> holdsView = List.of();
    private List<String> releasedHolds;
    private List<String> releasedHoldsView = List.of();
    private List<BalanceRecord> balances;
    private List<BalanceRecord> balancesView = List.of();
    private List<PositionRecord> positions;
    private List<PositionRecord> positionsView = List.of();
    private List<OrderEvent> events;
    private List<OrderEvent> eventsView = List.of();
    private List<TradeCursor> cursors;
    private List<TradeCursor> cursorsView = List.of();

    /** Inserts or replaces the order with this client order id. */
    public StoreBatch order(OrderRecord order) {
        if (orders == null) {
            orders = new ArrayList<>(SMALL);
            ordersView = Collections.unmodifiableList(orders);
        }
        replaceOrAdd(orders, order, order.clientOrderId(), OrderRecord::clientOrderId);
        return this;
    }

    /** Inserts a fill; the caller has checked it is not recorded yet. */
    public StoreBatch fill(FillRecord fill) {
        if (fills == null) {
            fills = new ArrayList<>(SMALL);
            fillsView = Collections.unmodifiableList(fills);
        }
        fills.add(fill);
        return this;
    }

    /** Inserts or replaces the hold of an order. */
    public StoreBatch hold(HoldRecord hold) {
        if (releasedHolds != null) {
            releasedHolds.remove(hold.clientOrderId());
        }
        if (holds == null) {
            holds = new ArrayList<>(SMALL);
            holdsView = Collections.unmodifiableList(holds);
        }
        replaceOrAdd(holds, hold, hold.clientOrderId(), HoldRecord::clientOrderId);
        return this;
    }

    /** Removes the hold of an order, if any. */
    public StoreBatch releaseHold(String clientOrderId) {
        int at = indexOf(holdsView, clientOrderId, HoldRecord::clientOrderId);
        if (at >= 0) {
            holds.remove(at);
        }
        if (releasedHolds == null) {
            releasedHolds = new ArrayList<>(SMALL);
            releasedHoldsView = Collections.unmodifiableList(releasedHolds);
        }
        if (!releasedHolds.contains(clientOrderId)) {
            releasedHolds.add(clientOrderId);
        }
        return this;
    }

    /** Inserts or replaces the balance of one venue, account and asset. */
    public StoreBatch balance(BalanceRecord balance) {
        if (balances == null) {
            balances = new ArrayList<>(SMALL);
            balancesView = Collections.unmodifiableList(balances);
        }
        replaceOrAdd(balances, balance, (a, b) -> a.asset().equals(b.asset()) && a.account().equals(b.account())
                && a.venue().equals(b.venue()));
        return this;
    }

    /** Inserts or replaces the position of one venue, strategy instance and symbol. */
    public StoreBatch position(PositionRecord position) {
        if (positions == null) {
            positions = new ArrayList<>(SMALL);
            positionsView = Collections.unmodifiableList(positions);
        }
        replaceOrAdd(positions, position, (a, b) -> a.symbol().equals(b.symbol())
                && a.strategyInstance().equals(b.strategyInstance()) && a.venue().equals(b.venue()));
        return this;
    }

    public StoreBatch event(OrderEvent event) {
        if (events == null) {
            events = new ArrayList<>(SMALL);
            eventsView = Collections.unmodifiableList(events);
        }
        events.add(event);
        return this;
    }

    public StoreBatch tradeCursor(String venue, String account, String cursor) {
        if (cursors == null) {
            cursors = new ArrayList<>();
            cursorsView = Collections.unmodifiableList(cursors);
        }
        cursors.add(new TradeCursor(venue, account, cursor));
        return this;
    }

    public boolean isEmpty() {
        return ordersView.isEmpty() && fillsView.isEmpty() && holdsView.isEmpty() && releasedHoldsView.isEmpty()
                && balancesView.isEmpty() && positionsView.isEmpty() && eventsView.isEmpty() && cursorsView.isEmpty();
    }

    /** The last state of an order changed in this batch, or {@code null}. */
    public OrderRecord pendingOrder(String clientOrderId) {
        int at = indexOf(ordersView, clientOrderId, OrderRecord::clientOrderId);
        return at < 0 ? null : orders.get(at);
    }

    private static <T> void replaceOrAdd(List<T> list, T item, String clientOrderId, Function<T, String> idOf) {
        int at = indexOf(list, clientOrderId, idOf);
        if (at < 0) {
            list.add(item);
        } else {
            list.set(at, item);
        }
    }

    private static <T> void replaceOrAdd(List<T> list, T item, BiPredicate<T, T> sameKey) {
        for (int i = 0; i < list.size(); i++) {
            if (sameKey.test(list.get(i), item)) {
                list.set(i, item);
                return;
            }
        }
        list.add(item);
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
        for (int i = 0; i < fillsView.size(); i++) {
            FillRecord fill = fillsView.get(i);
            if (fill.tradeId().equals(tradeId) && fill.venue().equals(venue)) {
                return true;
            }
        }
        return false;
    }

    public List<OrderRecord> orders() {
        return ordersView;
    }

    public List<FillRecord> fills() {
        return fillsView;
    }

    public List<HoldRecord> holds() {
        return holdsView;
    }

    public List<String> releasedHolds() {
        return releasedHoldsView;
    }

    public List<BalanceRecord> balances() {
        return balancesView;
    }

    public List<PositionRecord> positions() {
        return positionsView;
    }

    public List<OrderEvent> events() {
        return eventsView;
    }

    public List<TradeCursor> cursors() {
        return cursorsView;
    }
}
