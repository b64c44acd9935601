package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies what the venue says (an order's report, its trades, or that it does not know an order)
 * to the live state through the {@link OrderStateMachine}. Never calls the venue: whatever had to
 * be asked (the order behind a trade of an unknown order) is asked before and passed in. Every
 * method runs with the state lock held.
 */
final class VenueFacts {

    private static final System.Logger LOG = System.getLogger(VenueFacts.class.getName());

    private final LiveState state;

    VenueFacts(LiveState state) {
        this.state = state;
    }

    /** A trade whose order was unknown here and could not be looked up at the venue. */
    static final class TradeOfUnknownOrder extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TradeOfUnknownOrder(String message) {
            super(message);
        }
    }

    /** Takes over an order found at the venue that the store does not know. */
    OrderRecord adopt(VenueOrder report, StoreBatch batch) {
        if (!state.instruments.containsKey(report.symbol())) {
            throw new IllegalStateException("venue " + state.venue + " reports order " + report.clientOrderId()
                    + " in symbol " + report.symbol() + ", which is not configured; add the instrument");
        }
        OrderRecord adopted = OrderRecord.adopted(report, state.venue, state.now());
        batch.order(adopted).event(state.event(adopted, OrderEventType.ADOPTED, null, OrderStatus.NEW,
                "found at the venue, unknown locally"));
        state.live.put(adopted.clientOrderId(), adopted);
        LOG.log(Level.WARNING, "adopted order {0} found at venue {1}", adopted.clientOrderId(), state.venue);
        return applyReport(adopted, report, OrderEventType.STATUS, batch);
    }

    /**
     * Applies a report's trades, then its status; adds to the batch only what changes, so a report
     * that repeats what is known (a push after the fills it sums up, a terminal order reported
     * again) is neither written nor published.
     *
     * @param order the latest view of the order: live, stored, or already in the batch
     */
    OrderRecord applyReport(OrderRecord order, VenueOrder report, OrderEventType kind, StoreBatch batch) {
        Instant now = state.now();
        OrderRecord identified = order.withVenueIds(report, now);
        if (identified != order) {
            batch.order(identified);
        }
        // a report speaks for its own order only; trades of other orders come through their own paths
        applyTrades(order.account(), ownTrades(order, report), Map.of(), batch);
        OrderRecord pending = batch.pendingOrder(order.clientOrderId());
        OrderRecord current = pending != null ? pending : identified;
        OrderStateMachine.Outcome outcome = OrderStateMachine.applyStatus(current, report, now);
        switch (outcome.kind()) {
            case ILLEGAL -> {
                batch.event(state.event(current, OrderEventType.ILLEGAL_TRANSITION, current.status(), report.status(),
                        outcome.detail()));
                LOG.log(Level.WARNING, "order {0}: venue report not applied: {1}", current.clientOrderId(),
                        outcome.detail());
            }
            case APPLIED -> batch.event(state.event(current, kind, current.status(), outcome.order().status(),
                    reasonsText(report)));
            case UNCHANGED -> { }
        }
        OrderRecord after = outcome.order();
        if (after != current) {
            batch.order(after);
        }
        state.setHold(after, batch);
        state.track(after);
        return after;
    }

    /** The report's trades of its own order: usually all of them, so usually the report's own list. */
    private static List<VenueTrade> ownTrades(OrderRecord order, VenueOrder report) {
        List<VenueTrade> trades = report.trades();
        for (int i = 0; i < trades.size(); i++) {
            if (!trades.get(i).clientOrderId().equals(order.clientOrderId())) {
                List<VenueTrade> own = new ArrayList<>();
                for (VenueTrade trade : trades) {
                    if (trade.clientOrderId().equals(order.clientOrderId())) {
                        own.add(trade);
                    }
                }
                return own;
            }
        }
        return trades;
    }

    /**
     * Records trades not seen before (unique by venue and trade id), moving the order's filled
     * quantity, its hold, the position and the balances.
     *
     * @param lookedUp the venue's answer for each order that was unknown here when the trades
     *                 arrived (empty: the venue does not know it either)
     * @return how many fills the batch gained, including those of orders adopted on the way
     * @throws TradeOfUnknownOrder a trade's order is unknown and was not looked up
     */
    int applyTrades(String account, List<VenueTrade> trades, Map<String, Optional<VenueOrder>> lookedUp,
            StoreBatch batch) {
        int before = batch.fills().size();
        String venue = state.venue;
        for (VenueTrade trade : trades) {
            if (batch.hasFill(venue, trade.tradeId()) || state.store.hasFill(venue, trade.tradeId())) {
                continue;
            }
            Instant now = state.now();
            OrderRecord order = state.currentOrder(trade.clientOrderId(), batch);
            if (order == null) {
                order = adoptForTrade(trade, lookedUp, batch);
                if (batch.hasFill(venue, trade.tradeId())) {
                    continue; // the adopted order's report carried it
                }
            }
            if (order == null) {
                state.settle(FillRecord.of(venue, trade, "adopted", account), batch, now);
                batch.event(new OrderEvent(trade.clientOrderId(), OrderEventType.ORPHAN_FILL, null, null,
                        "trade " + trade.tradeId() + " of an order the venue does not report", now));
                LOG.log(Level.WARNING, "trade {0} of order {1}, unknown here and to the venue, recorded on its own",
                        trade.tradeId(), trade.clientOrderId());
                continue;
            }
            OrderStateMachine.Outcome outcome = OrderStateMachine.applyFill(order, trade.quantity(), trade.price(), now);
            if (outcome.kind() == OrderStateMachine.Outcome.Kind.ILLEGAL) {
                batch.event(state.event(order, OrderEventType.ILLEGAL_TRANSITION, order.status(), order.status(),
                        "trade " + trade.tradeId() + ": " + outcome.detail()));
                LOG.log(Level.ERROR, "order {0}: trade {1} not recorded: {2}", order.clientOrderId(),
                        trade.tradeId(), outcome.detail());
                continue;
            }
            if (outcome.detail() != null) {
                // the money moved: the position and the balances take the whole trade
                LOG.log(Level.WARNING, "order {0}: venue {1} {2} (trade {3}); recorded in full", order.clientOrderId(),
                        venue, outcome.detail(), trade.tradeId());
            }
            OrderRecord after = outcome.order();
            batch.order(after).event(OrderEvent.deferred(order.clientOrderId(), OrderEventType.FILL, order.status(),
                    after.status(), () -> fillDetail(trade), state.now()));
            state.settle(FillRecord.of(venue, trade, order.strategyInstance(), order.account()), batch, now);
            state.setHold(after, batch);
            state.track(after);
        }
        return batch.fills().size() - before;
    }

    /** A trade of an order never stored: adopt it from the venue's answer; {@code null} if the venue does not know it. */
    private OrderRecord adoptForTrade(VenueTrade trade, Map<String, Optional<VenueOrder>> lookedUp, StoreBatch batch) {
        Optional<VenueOrder> report = lookedUp.get(trade.clientOrderId());
        if (report == null) {
            throw new TradeOfUnknownOrder("trade " + trade.tradeId() + " belongs to order " + trade.clientOrderId()
                    + ", unknown here and not looked up at the venue");
        }
        if (report.isEmpty() || !state.instruments.containsKey(report.get().symbol())) {
            return null;
        }
        return adopt(report.get(), batch);
    }

    /**
     * The venue does not know an order we have: a {@code new} one was never placed (closed once
     * the grace period is over, so a request still in flight is not raced), an acknowledged one
     * vanished and can no longer trade.
     */
    OrderRecord unknownToVenue(OrderRecord order) {
        Instant now = state.now();
        if (order.status() == OrderStatus.NEW) {
            if (order.createdAt().plus(state.settings.notPlacedGrace()).isAfter(now)) {
                return order;
            }
            return closeNotPlaced(order, "unknown to the venue " + state.settings.notPlacedGrace() + " after submission");
        }
        OrderRecord closed = order.withStatus(OrderStatus.CANCELLED, null, now);
        StoreBatch batch = new StoreBatch().order(closed)
                .event(state.event(order, OrderEventType.VANISHED, order.status(), OrderStatus.CANCELLED,
                        "acknowledged earlier, now unknown to the venue"));
        state.setHold(closed, batch);
        state.commit(batch);
        state.live.remove(order.clientOrderId());
        LOG.log(Level.WARNING, "order {0} vanished from venue {1}; closed as cancelled", order.clientOrderId(), state.venue);
        return closed;
    }

    OrderRecord closeNotPlaced(OrderRecord order, String why) {
        OrderRecord closed = order.withStatus(OrderStatus.REJECTED, List.of(RejectionReason.NOT_PLACED), state.now());
        StoreBatch batch = new StoreBatch().order(closed)
                .event(state.event(order, OrderEventType.CLOSED_NOT_PLACED, OrderStatus.NEW, OrderStatus.REJECTED, why));
        state.setHold(closed, batch);
        state.commit(batch);
        state.live.remove(order.clientOrderId());
        return closed;
    }

    private static String fillDetail(VenueTrade trade) {
        return "trade " + trade.tradeId() + ": " + trade.quantity().toPlainString() + " @ " + trade.price().toPlainString();
    }

    private static String reasonsText(VenueOrder report) {
        return report.rejectionReasons().isEmpty() ? null
                : String.join(",", report.rejectionReasons().stream().map(RejectionReason::wireName).toList());
    }
}
