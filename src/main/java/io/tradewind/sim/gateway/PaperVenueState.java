package io.tradewind.sim.gateway;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.ExchangeSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The durable state of a paper venue: its exchange, every order a client placed through it (the
 * venue answers for client order ids forever), each account's own trades, and the news it has not
 * pushed to the client yet.
 *
 * <p>As {@link PaperVenueStore#load(String)} returns it, it is the whole state ({@link
 * PaperVenueStore#load(String, int, int)}: with the recent history only). As
 * {@link PaperVenueStore#save} receives it, {@link #exchange}, {@link #undeliveredOrders} and
 * {@link #undeliveredTrades} are whole, while {@link #orders} holds only the orders changed and
 * {@link #trades} only the trades made since the previous save: history is appended, never
 * rewritten, so a save costs what changed plus the open state, however long the venue has run.
 *
 * @param undeliveredOrders exchange ids of the client orders changed since the last push, in
 *                          the order they first changed
 * @param undeliveredTrades own trades not pushed yet, in the order they happened
 */
public record PaperVenueState(
        ExchangeSnapshot exchange,
        List<ClientOrder> orders,
        List<OwnTrade> trades,
        List<Long> undeliveredOrders,
        List<TradeRef> undeliveredTrades) {

    public PaperVenueState {
        orders = List.copyOf(orders);
        trades = List.copyOf(trades);
        undeliveredOrders = List.copyOf(undeliveredOrders);
        undeliveredTrades = List.copyOf(undeliveredTrades);
    }

    /**
     * An order a client placed, as the venue knows it.
     *
     * @param id the exchange's order id (1, 2, 3, ... in placement order)
     */
    public record ClientOrder(long id, OrderRequest request, OrderStatus status, BigDecimal filled,
            List<RejectionReason> reasons, Instant updatedAt) {

        public ClientOrder {
            reasons = List.copyOf(reasons);
        }
    }

    /** An own trade of an account; {@code position} is its place in the account's trade history, from 0. */
    public record OwnTrade(String account, int position, VenueTrade trade) {
    }

    /** Points at an own trade: the account and its place in the account's history. */
    public record TradeRef(String account, int position) {
    }
}
