package io.tradewind.execution;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Pre-trade risk checks of one order against one scope's limits. Pure; reports every breach. */
public final class RiskChecks {

    /** The name of the daily loss limit in refusals. */
    public static final String DAILY_LOSS = "daily_loss";

    private RiskChecks() {
    }

    /**
     * @param order    the order about to be sent
     * @param notional its price × quantity, the price being the reference price for a market order
     * @return every limit the order breaks, empty when it may go
     */
    public static List<RiskRefusal> check(OrderRecord order, BigDecimal notional, RiskLimits limits,
            RiskContext context) {
        if (limits.limitsNothing()) {
            return List.of();
        }
        List<RiskRefusal> refusals = new ArrayList<>();
        String scope = context.scope();
        BigDecimal signed = order.side() == Side.BUY ? order.quantity() : order.quantity().negate();
        BigDecimal after = context.position().add(signed);
        boolean reduces = context.position().signum() != 0
                && context.position().signum() != signed.signum()
                && order.quantity().compareTo(context.position().abs()) <= 0;

        if (limits.maxOrderNotional() != null && notional.compareTo(limits.maxOrderNotional()) > 0) {
            refusals.add(new RiskRefusal(RejectionReason.OVER_MAXIMUM_ORDER_SIZE, "max_notional", scope,
                    "notional " + plain(notional) + " exceeds " + plain(limits.maxOrderNotional())
                            + " by " + plain(notional.subtract(limits.maxOrderNotional()))));
        }
        if (limits.maxPosition() != null && after.abs().compareTo(limits.maxPosition()) > 0
                && after.abs().compareTo(context.position().abs()) > 0) {
            refusals.add(new RiskRefusal(RejectionReason.POSITION_LIMIT, "max_position", scope,
                    "position would be " + plain(after) + ", beyond " + plain(limits.maxPosition())
                            + " by " + plain(after.abs().subtract(limits.maxPosition()))));
        }
        // a market order that reduces the position gets through: it never rests, and two resting bids at
        // the limit must not trap a position its exit could close (the daily loss limit lets it by too)
        boolean reducingMarketOrder = reduces && order.type() == OrderType.MARKET;
        if (limits.maxOpenOrders() != null && !reducingMarketOrder && context.openOrders() >= limits.maxOpenOrders()) {
            refusals.add(new RiskRefusal(RejectionReason.TOO_MANY_OPEN_ORDERS, "max_open_orders", scope,
                    context.openOrders() + " orders open, limit " + limits.maxOpenOrders()
                            + ": one more would exceed it by " + (context.openOrders() + 1 - limits.maxOpenOrders())));
        }
        if (limits.priceBand() != null && order.price() != null && context.lastPrice() != null) {
            BigDecimal allowed = context.lastPrice().multiply(limits.priceBand());
            BigDecimal distance = order.price().subtract(context.lastPrice()).abs();
            if (distance.compareTo(allowed) > 0) {
                refusals.add(new RiskRefusal(RejectionReason.OUTSIDE_PRICE_BAND, "price_band", scope,
                        "price " + plain(order.price()) + " is " + plain(distance) + " from last price "
                                + plain(context.lastPrice()) + ", band allows " + plain(allowed)
                                + ": outside by " + plain(distance.subtract(allowed))));
            }
        }
        if (limits.dailyLossLimit() != null && !reduces
                && context.realisedToday().negate().compareTo(limits.dailyLossLimit()) >= 0) {
            BigDecimal loss = context.realisedToday().negate();
            refusals.add(new RiskRefusal(RejectionReason.KILL_SWITCH, DAILY_LOSS, scope,
                    "daily loss limit reached: realised loss today " + plain(loss) + " reached limit "
                            + plain(limits.dailyLossLimit()) + " (over by "
                            + plain(loss.subtract(limits.dailyLossLimit())) + "); only reducing orders allowed"));
        }
        if (limits.reduceOnly() && !reduces) {
            refusals.add(new RiskRefusal(RejectionReason.REDUCE_ONLY, "reduce_only", scope,
                    "reduce-only mode: position " + plain(context.position()) + ", a "
                            + order.side().wireName() + " of " + plain(order.quantity())
                            + " would " + (context.position().signum() == 0 || context.position().signum() == signed.signum()
                                    ? "increase it"
                                    : "flip it by " + plain(after.abs()))));
        }
        return refusals;
    }

    /** Whether the scope's kill switch is tripped by today's realised loss. */
    public static boolean killSwitchTripped(RiskLimits limits, BigDecimal realisedToday) {
        return limits.dailyLossLimit() != null
                && realisedToday.negate().compareTo(limits.dailyLossLimit()) >= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
