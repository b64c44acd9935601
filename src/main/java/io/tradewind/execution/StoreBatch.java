package io.tradewind.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes that belong together (an order's new state, its hold, its fills and journal entries)
 * and must be committed atomically by {@link ExecutionStore#commit}. Grouping them is also what
 * makes the file store fast: one transaction and batched inserts instead of one commit per row.
 * An order or hold changed twice in one batch is written once, in its last state.
 */
public final class StoreBatch {

    /** A trade cursor of one venue account, see {@link OrderGateway#ownTrades}. */
    public record TradeCursor(String venue, String account, String cursor) {
    }

    private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    private final List<FillRecord> fills = new ArrayList<>();
    private final Set<String> fillKeys = new HashSet<>();
    private final Map<String, HoldRecord> holds = new LinkedHashMap<>();
    private final Set<String> releasedHolds = new LinkedHashSet<>();
    private final Map<String, BalanceRecord> balances = new LinkedHashMap<>();
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<TradeCursor> cursors = new ArrayList<>();

    /** Inserts or replaces the order with this client order id. */
    public StoreBatch order(OrderRecord order) {
        orders.put(order.clientOrderId(), order);
        return this;
    }

    /** Inserts a fill; the caller has checked it is not recorded yet. */
    public StoreBatch fill(FillRecord fill) {
        fills.add(fill);
        fillKeys.add(fill.venue() + '\n' + fill.tradeId());
        return this;
    }

    /** Inserts or replaces the hold of an order. */
    public StoreBatch hold(HoldRecord hold) {
        releasedHolds.remove(hold.clientOrderId());
        holds.put(hold.clientOrderId(), hold);
        return this;
    }

    /** Removes the hold of an order, if any. */
    public StoreBatch releaseHold(String clientOrderId) {
        holds.remove(clientOrderId);
        releasedHolds.add(clientOrderId);
        return this;
    }

    /** Inserts or replaces the balance of one venue, account and asset. */
    public StoreBatch balance(BalanceRecord balance) {
        balances.put(balance.venue() + '\n' + balance.account() + '\n' + balance.asset(), balance);
        return this;
    }

    public StoreBatch event(OrderEvent event) {
        events.add(event);
        return this;
    }

    public StoreBatch tradeCursor(String venue, String account, String cursor) {
        cursors.add(new TradeCursor(venue, account, cursor));
        return this;
    }

    public boolean isEmpty() {
        return orders.isEmpty() && fills.isEmpty() && holds.isEmpty() && releasedHolds.isEmpty()
                && balances.isEmpty() && events.isEmpty() && cursors.isEmpty();
    }

    /** The last state of an order changed in this batch, or {@code null}. */
    public OrderRecord pendingOrder(String clientOrderId) {
        return orders.get(clientOrderId);
    }

    public boolean hasFill(String venue, String tradeId) {
        return fillKeys.contains(venue + '\n' + tradeId);
    }

    public Collection<OrderRecord> orders() {
        return Collections.unmodifiableCollection(orders.values());
    }

    public List<FillRecord> fills() {
        return Collections.unmodifiableList(fills);
    }

    public Collection<HoldRecord> holds() {
        return Collections.unmodifiableCollection(holds.values());
    }

    public Collection<String> releasedHolds() {
        return Collections.unmodifiableCollection(releasedHolds);
    }

    public Collection<BalanceRecord> balances() {
        return Collections.unmodifiableCollection(balances.values());
    }

    public List<OrderEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public List<TradeCursor> cursors() {
        return Collections.unmodifiableList(cursors);
    }
}
