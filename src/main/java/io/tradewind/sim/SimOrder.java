package io.tradewind.sim;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.util.EnumSet;
import java.util.Set;

/**
 * An order inside the simulated exchange. Objects are pooled and reused once an order has ended,
 * so an {@link ExchangeListener} must read what it needs during the callback and keep no
 * reference. Prices, quantities and amounts are scaled longs of the order's {@link Market}.
 */
public final class SimOrder {

    /** How the order's hold shrinks as it fills. */
    enum HoldMode {
        /** Sell: the hold is the unfilled base quantity. */
        BASE_QUANTITY,
        /** Limit buy: the hold is {@link Market#buyHold} of the unfilled quantity at the limit price. */
        LIMIT_PRICE,
        /** Market buy priced before execution: each fill releases exactly what it costs. */
        EXACT_COST
    }

    long id;
    String uid;
    SimAccount account;
    Market market;
    Side side;
    OrderType type;
    OrderType requestedType;
    TimeInForce timeInForce;
    long price;
    long stopPrice;
    long quantity;
    long filled;
    long quoteBudget;
    long expireAt;
    long sequence;
    OrderStatus status;
    long rejectionMask;
    long held;
    HoldMode holdMode;
    boolean resting;

    void reset() {
        uid = null;
        account = null;
        market = null;
        side = null;
        type = null;
        requestedType = null;
        timeInForce = null;
        price = 0;
        stopPrice = 0;
        quantity = 0;
        filled = 0;
        quoteBudget = 0;
        expireAt = Long.MAX_VALUE;
        sequence = 0;
        status = OrderStatus.NEW;
        rejectionMask = 0;
        held = 0;
        holdMode = null;
        resting = false;
    }

    public long id() {
        return id;
    }

    /** The client's id for the order, or null where the caller works with numeric ids only. */
    public String uid() {
        return uid;
    }

    public SimAccount account() {
        return account;
    }

    public Market market() {
        return market;
    }

    public Side side() {
        return side;
    }

    /** The type as requested (a triggered stop-limit still reports stop-limit). */
    public OrderType type() {
        return requestedType;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** Limit price in price units; 0 for market and stop-market orders. */
    public long price() {
        return price;
    }

    /** Stop price in price units; 0 for orders without one. */
    public long stopPrice() {
        return stopPrice;
    }

    public long quantity() {
        return quantity;
    }

    public long filled() {
        return filled;
    }

    public long remaining() {
        return quantity - filled;
    }

    public OrderStatus status() {
        return status;
    }

    /** What the order still holds, in the quote asset for a buy and the base asset for a sell. */
    public long held() {
        return held;
    }

    public boolean hasRejectionReasons() {
        return rejectionMask != 0;
    }

    public Set<RejectionReason> rejectionReasons() {
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            if ((rejectionMask & bit(reason)) != 0) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    static long bit(RejectionReason reason) {
        return 1L << reason.ordinal();
    }

    Asset heldAsset() {
        return side == Side.BUY ? market.quote : market.base;
    }
}
