package io.tradewind.execution;

import java.math.BigDecimal;

/**
 * The state one risk scope is checked against.
 *
 * @param position       current net position of the scope in the order's instrument
 * @param openOrders     live orders of the scope
 * @param realisedToday  realised profit of the scope today (negative: loss)
 * @param lastPrice      last trade price of the instrument, or {@code null} if unknown
 */
public record RiskContext(String scope, BigDecimal position, int openOrders, BigDecimal realisedToday,
        BigDecimal lastPrice) {
}
