package io.tradewind.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store for backtests: plain collections, no durability, so that a simulated run is not
 * dominated by database round trips. Same contract as the file store, including the atomic
 * commit and the refusal of a duplicate fill. Thread-safe by a single lock.
 */
public final class InMemoryExecutionStore implements ExecutionStore {

    private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    private final List<FillRecord> fills = new ArrayList<>();
    private final Set<String> fillKeys = new HashSet<>();
    private final Map<String, HoldRecord> holds = new LinkedHashMap<>();
    private final Map<String, BalanceRecord> balances = new LinkedHashMap<>();
    private final Map<String, List<OrderEvent>> events = new HashMap<>();
    private final Map<String, String> cursors = new HashMap<>();

    @Override
    public synchronized void commit(StoreBatch batch) {
        Set<String> newKeys = new HashSet<>();
        for (FillRecord fill : batch.fills()) {
            String key = fillKey(fill.venue(), fill.tradeId());
            if (fillKeys.contains(key) || !newKeys.add(key)) {
                throw new StoreException("fill " + fill.tradeId() + " of venue " + fill.venue()
                        + " is already recorded");
            }
        }
        for (OrderRecord order : batch.orders()) {
            orders.put(order.clientOrderId(), order);
        }
        fills.addAll(batch.fills());
        fillKeys.addAll(newKeys);
        for (HoldRecord hold : batch.holds()) {
            holds.put(hold.clientOrderId(), hold);
        }
        for (String released : batch.releasedHolds()) {
            holds.remove(released);
        }
        for (BalanceRecord balance : batch.balances()) {
            balances.put(balance.venue() + '\n' + balance.account() + '\n' + balance.asset(), balance);
        }
        for (OrderEvent event : batch.events()) {
            events.computeIfAbsent(event.clientOrderId(), id -> new ArrayList<>()).add(event);
        }
        for (StoreBatch.TradeCursor cursor : batch.cursors()) {
            cursors.put(cursor.venue() + '\n' + cursor.account(), cursor.cursor());
        }
    }

    @Override
    public synchronized Optional<OrderRecord> findOrder(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public synchronized List<OrderRecord> orders(OrderQuery query) {
        return orders.values().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(OrderRecord::createdAt)
                        .thenComparing(OrderRecord::clientOrderId))
                .toList();
    }

    @Override
    public synchronized List<OrderRecord> liveOrders(String venue) {
        return orders.values().stream()
                .filter(o -> o.venue().equals(venue) && o.holdsFunds())
                .toList();
    }

    @Override
    public synchronized boolean hasFill(String venue, String tradeId) {
        return fillKeys.contains(fillKey(venue, tradeId));
    }

    @Override
    public synchronized List<FillRecord> fills(String venue) {
        return fills.stream()
                .filter(f -> venue == null || venue.equals(f.venue()))
                .sorted(Comparator.comparing(FillRecord::time).thenComparing(FillRecord::tradeId))
                .toList();
    }

    @Override
    public synchronized List<HoldRecord> holds(String venue) {
        return holds.values().stream().filter(h -> venue == null || venue.equals(h.venue())).toList();
    }

    @Override
    public synchronized List<BalanceRecord> balances(String venue) {
        return balances.values().stream().filter(b -> venue == null || venue.equals(b.venue())).toList();
    }

    @Override
    public synchronized List<OrderEvent> events(String clientOrderId) {
        return List.copyOf(events.getOrDefault(clientOrderId, List.of()));
    }

    @Override
    public synchronized Optional<String> tradeCursor(String venue, String account) {
        return Optional.ofNullable(cursors.get(venue + '\n' + account));
    }

    private static String fillKey(String venue, String tradeId) {
        return venue + '\n' + tradeId;
    }
}
