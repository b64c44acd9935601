package io.tradewind.sim;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;

/**
 * A reusable order placement request in scaled longs, so that a caller placing millions of orders
 * allocates nothing. Absent prices are 0; an absent expiry is {@link Long#MAX_VALUE}.
 */
public final class PlaceOrder {

    long id;
    String uid;
    SimAccount account;
    Market market;
    Side side;
    OrderType type;
    TimeInForce timeInForce;
    long price;
    long stopPrice;
    long quantity;
    long quoteBudget;
    long expireAt = Long.MAX_VALUE;
    long rejectionMask;

    /** Clears every field for the next request. */
    public PlaceOrder reset() {
        id = 0;
        uid = null;
        account = null;
        market = null;
        side = null;
        type = null;
        timeInForce = null;
        price = 0;
        stopPrice = 0;
        quantity = 0;
        quoteBudget = 0;
        expireAt = Long.MAX_VALUE;
        rejectionMask = 0;
        return this;
    }

    /** The exchange-wide order id; must not belong to an open order. */
    public PlaceOrder id(long value) {
        id = value;
        return this;
    }

    public PlaceOrder uid(String value) {
        uid = value;
        return this;
    }

    public PlaceOrder account(SimAccount value) {
        account = value;
        return this;
    }

    public PlaceOrder market(Market value) {
        market = value;
        return this;
    }

    public PlaceOrder side(Side value) {
        side = value;
        return this;
    }

    public PlaceOrder type(OrderType value) {
        type = value;
        return this;
    }

    /** Defaults to good-till-canceled for limit orders and immediate-or-cancel for market orders. */
    public PlaceOrder timeInForce(TimeInForce value) {
        timeInForce = value;
        return this;
    }

    public PlaceOrder price(long value) {
        price = value;
        return this;
    }

    public PlaceOrder stopPrice(long value) {
        stopPrice = value;
        return this;
    }

    public PlaceOrder quantity(long value) {
        quantity = value;
        return this;
    }

    /** For a market buy sized in quote: the most it may spend, fees included. */
    public PlaceOrder quoteBudget(long value) {
        quoteBudget = value;
        return this;
    }

    /** Epoch milliseconds after which a resting order expires. */
    public PlaceOrder expireAt(long value) {
        expireAt = value;
        return this;
    }

    /** A reason found while translating the request (e.g. a price off the tick grid). */
    public PlaceOrder reject(RejectionReason reason) {
        rejectionMask |= SimOrder.bit(reason);
        return this;
    }
}
