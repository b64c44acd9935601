package io.tradewind.sim.gateway;

import io.tradewind.execution.VenueTrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a paper venue keeps its state across restarts (see {@link DurablePaperGateway}). Plain
 * Java, so that the simulated venue does not depend on a database; the service plugs in a JDBC
 * implementation. Failures are {@link io.tradewind.execution.StoreException}s.
 *
 * <p>A venue that runs for months answers for every order it ever took but keeps only its recent
 * history in memory: it loads that ({@link #load(String, int, int)}) and asks the store for the
 * rest when asked about it ({@link #order}, {@link #trades}). The defaults read the whole state.
 */
public interface PaperVenueStore {

    /** One client order as saved, with its trades in the order they happened. */
    record StoredOrder(PaperVenueState.ClientOrder order, List<VenueTrade> trades) {

        public StoredOrder {
            trades = List.copyOf(trades);
        }
    }

    /** The venue's whole state as last saved, or empty if it was never saved. */
    Optional<PaperVenueState> load(String venue);

    /**
     * The venue's state as last saved with its recent history only: every order still open, the
     * {@code recentOrders} placed last, every trade of those orders, each account's
     * {@code recentTrades} last trades, and the news not pushed yet with the orders it names and the
     * account's trades from the first it names on. More may come back (the default loads everything).
     */
    default Optional<PaperVenueState> load(String venue, int recentOrders, int recentTrades) {
        return load(venue);
    }

    /** The client order {@code clientOrderId} with its trades, or empty if the venue never took it. */
    default Optional<StoredOrder> order(String venue, String clientOrderId) {
        return load(venue).flatMap(state -> state.orders().stream()
                .filter(order -> order.request().uid().equals(clientOrderId)).findFirst()
                .map(order -> new StoredOrder(order, state.trades().stream().map(PaperVenueState.OwnTrade::trade)
                        .filter(trade -> trade.clientOrderId().equals(clientOrderId)).toList())));
    }

    /** {@code account}'s trades at positions {@code from} on, at most {@code limit}, in order. */
    default List<VenueTrade> trades(String venue, String account, int from, int limit) {
        List<VenueTrade> trades = new ArrayList<>();
        load(venue).ifPresent(state -> state.trades().stream()
                .filter(trade -> trade.account().equals(account) && trade.position() >= from && trade.position() < from + limit)
                .forEach(trade -> trades.add(trade.trade())));
        return trades;
    }

    /**
     * Saves the changes described by {@code changes} (see {@link PaperVenueState}) atomically:
     * after a crash, {@link #load} returns the state before this save or after it, never a mix.
     * Returns only once the save is durable.
     */
    void save(String venue, PaperVenueState changes);
}
