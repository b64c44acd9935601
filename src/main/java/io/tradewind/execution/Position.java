package io.tradewind.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Net holding of one strategy instance in one instrument, built from its fills.
 *
 * @param quantity     signed base quantity: positive long, negative short
 * @param cost         signed quote amount paid for the open quantity (average cost basis)
 * @param realisedPnl  quote realised by reducing the position, minus fees charged in quote
 */
public record Position(String strategyInstance, String symbol, BigDecimal quantity, BigDecimal cost,
        BigDecimal realisedPnl) {

    static Position flat(String strategyInstance, String symbol) {
        return new Position(strategyInstance, symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The average price the open quantity was entered at, to two digits finer than the
     * instrument's tick ({@code priceScale}), or null when flat.
     */
    public BigDecimal averagePrice(int priceScale) {
        return quantity.signum() == 0 ? null : cost.divide(quantity, priceScale + 2, RoundingMode.HALF_EVEN);
    }
}
