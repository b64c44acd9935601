package io.tradewind.sim.gateway;

import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.ExchangeSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link PaperVenueStore} in memory: for tests, and for paper venues that need not outlive the
 * process. It applies saves exactly as a database store does (orders upserted by id, trades
 * appended) and loads what a database store loads, in the same order (orders by id, trades by
 * account, then position).
 */
public final class InMemoryPaperVenueStore implements PaperVenueStore {

    private static final class Saved {
        ExchangeSnapshot exchange;
        final TreeMap<Long, PaperVenueState.ClientOrder> orders = new TreeMap<>();
        final Map<String, Long> orderIds = new HashMap<>();
        /** Each account's trades, at the index of their position. */
        final TreeMap<String, List<PaperVenueState.OwnTrade>> trades = new TreeMap<>();
        List<Long> undeliveredOrders = List.of();
        List<PaperVenueState.TradeRef> undeliveredTrades = List.of();
    }

    private final Map<String, Saved> venues = new HashMap<>();
    private int saves;

    @Override
    public synchronized Optional<PaperVenueState> load(String venue) {
        return load(venue, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public synchronized Optional<PaperVenueState> load(String venue, int recentOrders, int recentTrades) {
        Saved saved = venues.get(venue);
        if (saved == null) {
            return Optional.empty();
        }
        long lastId = saved.orders.isEmpty() ? 0 : saved.orders.lastKey();
        List<PaperVenueState.ClientOrder> orders = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        Set<Long> unpushed = new HashSet<>(saved.undeliveredOrders);
        for (PaperVenueState.ClientOrder order : saved.orders.values()) {
            if (order.id() > lastId - recentOrders || order.status().isOpen() || unpushed.contains(order.id())) {
                orders.add(order);
                loaded.add(order.request().uid());
            }
        }
        List<PaperVenueState.OwnTrade> trades = new ArrayList<>();
        saved.trades.forEach((account, list) -> {
            long recentFrom = Math.min(list.size() - (long) recentTrades, saved.undeliveredTrades.stream()
                    .filter(ref -> ref.account().equals(account)).mapToLong(PaperVenueState.TradeRef::position)
                    .min().orElse(Long.MAX_VALUE));
            for (PaperVenueState.OwnTrade trade : list) {
                if (trade.position() >= recentFrom || loaded.contains(trade.trade().clientOrderId())) {
                    trades.add(trade);
                }
            }
        });
        return Optional.of(new PaperVenueState(saved.exchange, orders, trades, saved.undeliveredOrders, saved.undeliveredTrades));
    }

    @Override
    public synchronized Optional<StoredOrder> order(String venue, String clientOrderId) {
        Saved saved = venues.get(venue);
        Long id = saved == null ? null : saved.orderIds.get(clientOrderId);
        if (id == null) {
            return Optional.empty();
        }
        PaperVenueState.ClientOrder order = saved.orders.get(id);
        List<VenueTrade> trades = saved.trades.getOrDefault(order.request().account(), List.of()).stream()
                .map(PaperVenueState.OwnTrade::trade).filter(trade -> trade.clientOrderId().equals(clientOrderId)).toList();
        return Optional.of(new StoredOrder(order, trades));
    }

    @Override
    public synchronized List<VenueTrade> trades(String venue, String account, int from, int limit) {
        Saved saved = venues.get(venue);
        List<PaperVenueState.OwnTrade> list = saved == null ? List.of() : saved.trades.getOrDefault(account, List.of());
        int to = (int) Math.min(list.size(), (long) from + limit);
        return from >= to ? List.of() : list.subList(from, to).stream().map(PaperVenueState.OwnTrade::trade).toList();
    }

    @Override
    public synchronized void save(String venue, PaperVenueState changes) {
        Saved saved = venues.computeIfAbsent(venue, v -> new Saved());
        saved.exchange = changes.exchange();
        changes.orders().forEach(order -> {
            saved.orders.put(order.id(), order);
            saved.orderIds.put(order.request().uid(), order.id());
        });
        for (PaperVenueState.OwnTrade trade : changes.trades()) {
            List<PaperVenueState.OwnTrade> list = saved.trades.computeIfAbsent(trade.account(), a -> new ArrayList<>());
            if (trade.position() != list.size()) {
                // a database's primary key (venue, account, position) refuses the same
                throw new IllegalArgumentException("trade " + trade.position() + " of " + trade.account() + " saved after "
                        + list.size() + " trades");
            }
            list.add(trade);
        }
        saved.undeliveredOrders = changes.undeliveredOrders();
        saved.undeliveredTrades = changes.undeliveredTrades();
        saves++;
    }

    /** How many saves were made, for tests that check when a venue saves. */
    public synchronized int saves() {
        return saves;
    }
}
