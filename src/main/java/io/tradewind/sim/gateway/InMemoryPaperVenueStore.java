package io.tradewind.sim.gateway;

import io.tradewind.sim.ExchangeSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link PaperVenueStore} in memory: for tests, and for paper venues that need not outlive the
 * process. It applies saves exactly as a database store does (orders upserted by id, trades
 * appended) and loads trades in the same order (by account, then position), so what it loads is
 * what a database would.
 */
public final class InMemoryPaperVenueStore implements PaperVenueStore {

    private static final class Saved {
        ExchangeSnapshot exchange;
        final TreeMap<Long, PaperVenueState.ClientOrder> orders = new TreeMap<>();
        final List<PaperVenueState.OwnTrade> trades = new ArrayList<>();
        List<Long> undeliveredOrders = List.of();
        List<PaperVenueState.TradeRef> undeliveredTrades = List.of();
    }

    private final Map<String, Saved> venues = new HashMap<>();
    private int saves;

    @Override
    public synchronized Optional<PaperVenueState> load(String venue) {
        Saved saved = venues.get(venue);
        if (saved == null) {
            return Optional.empty();
        }
        List<PaperVenueState.OwnTrade> trades = new ArrayList<>(saved.trades);
        trades.sort(Comparator.comparing(PaperVenueState.OwnTrade::account).thenComparingInt(PaperVenueState.OwnTrade::position));
        return Optional.of(new PaperVenueState(saved.exchange, List.copyOf(saved.orders.values()), trades,
                saved.undeliveredOrders, saved.undeliveredTrades));
    }

    @Override
    public synchronized void save(String venue, PaperVenueState changes) {
        Saved saved = venues.computeIfAbsent(venue, v -> new Saved());
        saved.exchange = changes.exchange();
        changes.orders().forEach(order -> saved.orders.put(order.id(), order));
        saved.trades.addAll(changes.trades());
        saved.undeliveredOrders = changes.undeliveredOrders();
        saved.undeliveredTrades = changes.undeliveredTrades();
        saves++;
    }

    /** How many saves were made, for tests that check when a venue saves. */
    public synchronized int saves() {
        return saves;
    }
}
