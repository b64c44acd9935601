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
import java.util.function.BiPredicate;

/**
 * The store for backtests: plain collections, no durability, so that a simulated run is not
 * dominated by database round trips. Same contract as the file store, including the atomic
 * commit and the refusal of a duplicate fill. Thread-safe by a single lock.
 *
 * <p>Backtests write far more than they read, and a long run is bound by the garbage collector
 * copying what the store retains, so the journal is one list (reading one order's events scans
 * it) and fill ids are kept per venue without building composite keys. A backtest's store
 * ({@link #forBacktest()}) keeps only what a backtest reads: no finished orders, nor the trade ids
 * of their fills or their journals, once the venue can no longer report them (with them, the
 * simulated venue's and the strategy relay's memory of them, the live heap of a
 * 10-million-candle {@code bench backtest} run held about 1,000 bytes per order; without, 500;
 * and keeping every order's two events made the young collections of a million-candle run pause
 * 116 ms instead of 76).
 */
public final class InMemoryExecutionStore implements ExecutionStore {

    private final boolean keepsHistory;

    private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    private final List<FillRecord> fills = new ArrayList<>();
    private final Map<String, Set<String>> tradeIdsByVenue = new HashMap<>();
    /**
     * Without history: the fills of orders not forgotten yet, whose trade ids are dropped from
     * {@link #tradeIdsByVenue} when their order is. A handful long: the open orders' fills.
     */
    private final List<FillRecord> fillsOfKeptOrders = new ArrayList<>();
    /** Without history: orders that finished since the last {@link #forgetFinishedOrders}. */
    private final List<String> finishedOrders = new ArrayList<>();
    private final Map<String, HoldRecord> holds = new LinkedHashMap<>();
    /**
     * Balances and positions are few (an account's assets, an instance's symbols) and replaced on
     * most commits: a list searched in place allocates nothing, where a map needed a new composite
     * key on every commit (2 % of a backtest's allocation).
     */
    private final List<BalanceRecord> balances = new ArrayList<>();
    private final List<PositionRecord> positions = new ArrayList<>();
    private final List<OrderEvent> journal = new ArrayList<>();
    private final Map<String, String> cursors = new HashMap<>();

    /** A store that keeps everything, like the file store: every order, every fill id, the journal. */
    public InMemoryExecutionStore() {
        this(true);
    }

    private InMemoryExecutionStore(boolean keepsHistory) {
        this.keepsHistory = keepsHistory;
    }

    /**
     * A store for a backtest: the same contract for open orders, holds, balances, positions and
     * every fill, but finished orders are forgotten, with the trade ids of their fills and their
     * journals, when the runner calls {@link #forgetFinishedOrders}: a forgotten order is unknown
     * to {@link #findOrder} and has no {@link #events}, as an order never placed.
     */
    public static InMemoryExecutionStore forBacktest() {
        return new InMemoryExecutionStore(false);
    }

    @Override
    public synchronized void commit(StoreBatch batch) {
        List<FillRecord> batchFills = batch.fills();
        for (int i = 0; i < batchFills.size(); i++) {
            FillRecord fill = batchFills.get(i);
            if (hasFill(fill.venue(), fill.tradeId()) || repeatedBefore(batchFills, i)) {
                throw new StoreException("fill " + fill.tradeId() + " of venue " + fill.venue()
                        + " is already recorded");
            }
        }
        // indexed loops, no iterators: this runs for every operation of a backtest
        for (int i = 0; i < batchFills.size(); i++) {
            FillRecord fill = batchFills.get(i);
            fills.add(fill);
            tradeIdsByVenue.computeIfAbsent(fill.venue(), venue -> new HashSet<>()).add(fill.tradeId());
            if (!keepsHistory) {
                fillsOfKeptOrders.add(fill);
            }
        }
        List<OrderRecord> batchOrders = batch.orders();
        for (int i = 0; i < batchOrders.size(); i++) {
            OrderRecord order = batchOrders.get(i);
            orders.put(order.clientOrderId(), order);
            if (!keepsHistory && order.status().isTerminal()) {
                finishedOrders.add(order.clientOrderId());
            }
        }
        List<HoldRecord> batchHolds = batch.holds();
        for (int i = 0; i < batchHolds.size(); i++) {
            holds.put(batchHolds.get(i).clientOrderId(), batchHolds.get(i));
        }
        List<String> released = batch.releasedHolds();
        for (int i = 0; i < released.size(); i++) {
            holds.remove(released.get(i));
        }
        List<BalanceRecord> batchBalances = batch.balances();
        for (int i = 0; i < batchBalances.size(); i++) {
            BalanceRecord balance = batchBalances.get(i);
            replaceOrAdd(balances, balance, InMemoryExecutionStore::sameBalance);
        }
        List<PositionRecord> batchPositions = batch.positions();
        for (int i = 0; i < batchPositions.size(); i++) {
            PositionRecord position = batchPositions.get(i);
            replaceOrAdd(positions, position, InMemoryExecutionStore::samePosition);
        }
        List<OrderEvent> events = batch.events();
        for (int i = 0; i < events.size(); i++) {
            journal.add(events.get(i));
        }
        List<StoreBatch.TradeCursor> batchCursors = batch.cursors();
        for (int i = 0; i < batchCursors.size(); i++) {
            StoreBatch.TradeCursor cursor = batchCursors.get(i);
            cursors.put(cursor.venue() + '\n' + cursor.account(), cursor.cursor());
        }
    }

    /**
     * A backtest's store forgets the orders that finished since the last call, and the trade ids
     * of their fills (the fills stay): {@link #findOrder} no longer finds them, {@link #orders}
     * no longer lists them, {@link #hasFill} no longer knows their trades, {@link #events} has none
     * of theirs (nor of orders forgotten before, told late). Call it only when the
     * venue has reported everything it will about them: the simulated venue reports a finished
     * order once, so a backtest calls it when the venue has no news left to deliver. A report of
     * a forgotten order would otherwise be taken for an order unknown here. Does nothing to a
     * store that keeps everything.
     */
    public synchronized void forgetFinishedOrders() {
        if (finishedOrders.isEmpty()) {
            return;
        }
        for (int i = 0; i < finishedOrders.size(); i++) {
            String clientOrderId = finishedOrders.get(i);
            OrderRecord order = orders.get(clientOrderId);
            if (order != null && order.status().isTerminal()) {
                orders.remove(clientOrderId);
                forgetTradeIds(clientOrderId);
            }
        }
        finishedOrders.clear();
        forgetJournalsOfForgottenOrders();
    }

    /** The journal keeps the events of kept orders only: a handful, the open orders' (indexed, allocating nothing). */
    private void forgetJournalsOfForgottenOrders() {
        int kept = 0;
        for (int i = 0; i < journal.size(); i++) {
            OrderEvent event = journal.get(i);
            if (orders.containsKey(event.clientOrderId())) {
                journal.set(kept++, event);
            }
        }
        for (int i = journal.size() - 1; i >= kept; i--) {
            journal.remove(i);
        }
    }

    private void forgetTradeIds(String clientOrderId) {
        for (int i = fillsOfKeptOrders.size() - 1; i >= 0; i--) {
            FillRecord fill = fillsOfKeptOrders.get(i);
            if (fill.clientOrderId().equals(clientOrderId)) {
                tradeIdsByVenue.get(fill.venue()).remove(fill.tradeId());
                fillsOfKeptOrders.remove(i);
            }
        }
    }

    /** Replaces the element {@code sameKey} matches, or adds {@code element}: the lists are a handful long. */
    private static <T> void replaceOrAdd(List<T> list, T element, BiPredicate<T, T> sameKey) {
        for (int i = 0; i < list.size(); i++) {
            if (sameKey.test(list.get(i), element)) {
                list.set(i, element);
                return;
            }
        }
        list.add(element);
    }

    private static boolean sameBalance(BalanceRecord a, BalanceRecord b) {
        return a.asset().equals(b.asset()) && a.account().equals(b.account()) && a.venue().equals(b.venue());
    }

    private static boolean samePosition(PositionRecord a, PositionRecord b) {
        return a.symbol().equals(b.symbol()) && a.strategyInstance().equals(b.strategyInstance())
                && a.venue().equals(b.venue());
    }

    private static boolean repeatedBefore(List<FillRecord> fills, int index) {
        FillRecord fill = fills.get(index);
        for (int i = 0; i < index; i++) {
            if (fills.get(i).tradeId().equals(fill.tradeId()) && fills.get(i).venue().equals(fill.venue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Optional<OrderRecord> findOrder(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public synchronized Optional<OrderRecord> findOrderByVenueId(String venue, String venueOrderId) {
        return orders.values().stream()
                .filter(o -> o.venue().equals(venue) && venueOrderId.equals(o.venueOrderId()))
                .findFirst();
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
        Set<String> tradeIds = tradeIdsByVenue.get(venue);
        return tradeIds != null && tradeIds.contains(tradeId);
    }

    @Override
    public synchronized List<FillRecord> fills(String venue) {
        // a stable sort: fills of one instant stay in the order they were recorded, which is the order
        // they happened ("t100-…" sorts before "t99-…", so trade ids would reverse a buy and its stop)
        return fills.stream()
                .filter(f -> venue == null || venue.equals(f.venue()))
                .sorted(Comparator.comparing(FillRecord::time))
                .toList();
    }

    @Override
    public synchronized boolean hasFills(String venue) {
        for (int i = 0; i < fills.size(); i++) {
            if (fills.get(i).venue().equals(venue)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<PositionRecord> positions(String venue) {
        return positions.stream().filter(p -> p.venue().equals(venue))
                .sorted(Comparator.comparing(PositionRecord::strategyInstance).thenComparing(PositionRecord::symbol))
                .toList();
    }

    @Override
    public synchronized List<HoldRecord> holds(String venue) {
        return holds.values().stream().filter(h -> venue == null || venue.equals(h.venue())).toList();
    }

    @Override
    public synchronized List<BalanceRecord> balances(String venue) {
        return balances.stream().filter(b -> venue == null || venue.equals(b.venue())).toList();
    }

    @Override
    public synchronized List<OrderEvent> events(String clientOrderId) {
        return journal.stream().filter(e -> e.clientOrderId().equals(clientOrderId)).toList();
    }

    @Override
    public synchronized Optional<String> tradeCursor(String venue, String account) {
        return Optional.ofNullable(cursors.get(venue + '\n' + account));
    }
}
