package io.tradewind.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Venue reports pushed by a connector (an order's update, an own trade), from whatever thread the
 * connector uses. A report waits for its own order's lock, so it never overtakes the answer to a
 * request for that order still in flight; a trade of an unknown order is looked up at the venue
 * before the state lock is taken.
 */
final class VenueReports {

    private final LiveState state;
    private final VenueFacts facts;
    private final OrderGateway gateway;
    private final OrderLocks locks;

    VenueReports(LiveState state, VenueFacts facts, OrderGateway gateway, OrderLocks locks) {
        this.state = state;
        this.facts = facts;
        this.gateway = gateway;
        this.locks = locks;
    }

    /** See {@link ExecutionService#onOrderUpdate}. */
    OrderRecord onOrderUpdate(VenueOrder report) {
        try (OrderLocks.Held held = locks.acquire(report.clientOrderId())) {
            state.lock();
            try {
                StoreBatch batch = new StoreBatch();
                OrderRecord order = state.knownOrder(report.clientOrderId());
                OrderRecord after = order == null ? facts.adopt(report, batch)
                        : facts.applyReport(order, report, OrderEventType.STATUS, batch);
                state.commit(batch);
                return after;
            } finally {
                state.unlock();
            }
        }
    }

    /** See {@link ExecutionService#onTrade}. */
    void onTrade(String account, VenueTrade trade) {
        try (OrderLocks.Held held = locks.acquire(trade.clientOrderId())) {
            List<VenueTrade> trades = List.of(trade);
            Map<String, Optional<VenueOrder>> lookedUp;
            try {
                lookedUp = lookUpUnknownOrders(account, trades);
            } catch (VenueFacts.TradeOfUnknownOrder e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            state.lock();
            try {
                StoreBatch batch = new StoreBatch();
                facts.applyTrades(account, trades, lookedUp, batch);
                state.commit(batch);
            } finally {
                state.unlock();
            }
        }
    }

    /**
     * Asks the venue about each order of these trades that is unknown here (and whose trade is not
     * recorded yet), outside the state lock. An order known once stays known: the store never
     * forgets one, except a backtest's, which forgets finished orders only once the simulated
     * venue has reported all it will about them.
     *
     * @throws VenueFacts.TradeOfUnknownOrder the venue did not answer; the trades must wait
     */
    Map<String, Optional<VenueOrder>> lookUpUnknownOrders(String account, List<VenueTrade> trades) {
        List<String> unknown;
        state.lock();
        try {
            unknown = unknownOrders(trades);
        } finally {
            state.unlock();
        }
        if (unknown.isEmpty()) {
            return Map.of();
        }
        Map<String, Optional<VenueOrder>> answers = new HashMap<>();
        for (String id : unknown) {
            try {
                answers.put(id, gateway.orderStatus(account, id, VenueOrder.venueIdIn(id)));
            } catch (VenueException e) {
                String trade = trades.stream().filter(t -> t.clientOrderId().equals(id)).findFirst()
                        .map(VenueTrade::tradeId).orElse("?");
                throw new VenueFacts.TradeOfUnknownOrder("trade " + trade + " belongs to order " + id
                        + ", unknown here, and the venue did not answer a look-up: " + e.getMessage());
            }
        }
        return answers;
    }

    /** Client order ids of these trades not known here, whose trade is not recorded either; state lock held. */
    private List<String> unknownOrders(List<VenueTrade> trades) {
        List<String> ids = List.of();
        for (int i = 0; i < trades.size(); i++) {
            VenueTrade trade = trades.get(i);
            String id = trade.clientOrderId();
            if (!ids.contains(id) && state.knownOrder(id) == null && !state.store.hasFill(state.venue, trade.tradeId())) {
                if (ids.isEmpty()) {
                    ids = new ArrayList<>();
                }
                ids.add(id);
            }
        }
        return ids;
    }
}
