package io.tradewind.execution;

import java.math.BigDecimal;

/**
 * Limits for one scope (all orders of a venue, or one strategy instance). {@code null} means no
 * limit. Amounts are in the instrument's own units: notional and loss in its quote asset,
 * position in its base asset.
 *
 * @param maxOrderNotional  largest price × quantity of one order
 * @param maxPosition       largest absolute net position per instrument once the order fills
 * @param maxOpenOrders     most orders that may be live at once
 * @param priceBand         largest distance of a limit price from the last trade price, as a
 *                          fraction (0.05 = ±5%)
 * @param dailyLossLimit    realised loss in a UTC day that trips the kill switch (positive number)
 * @param cancelOnKill      whether tripping the kill switch also cancels the scope's open orders
 * @param reduceOnly        only orders that reduce an existing position are accepted
 */
public record RiskLimits(
        BigDecimal maxOrderNotional,
        BigDecimal maxPosition,
        Integer maxOpenOrders,
        BigDecimal priceBand,
        BigDecimal dailyLossLimit,
        boolean cancelOnKill,
        boolean reduceOnly) {

    private static final RiskLimits NONE = new RiskLimits(null, null, null, null, null, false, false);

    public static RiskLimits none() {
        return NONE;
    }

    /**
     * The limits of both, each at the stricter value where both set it: one instance's limits
     * can come from two places (the execution settings and the instance's own), and neither may
     * loosen the other.
     */
    public RiskLimits tighterOf(RiskLimits other) {
        return new RiskLimits(smaller(maxOrderNotional, other.maxOrderNotional), smaller(maxPosition, other.maxPosition),
                smaller(maxOpenOrders, other.maxOpenOrders), smaller(priceBand, other.priceBand),
                smaller(dailyLossLimit, other.dailyLossLimit), cancelOnKill || other.cancelOnKill,
                reduceOnly || other.reduceOnly);
    }

    private static <T extends Comparable<T>> T smaller(T a, T b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether no limit is set: the checks have nothing to check. */
    public boolean limitsNothing() {
        return maxOrderNotional == null && maxPosition == null && maxOpenOrders == null && priceBand == null
                && dailyLossLimit == null && !reduceOnly;
    }
}
