package io.tradewind.marketdata;

import io.tradewind.domain.Decimals;
import java.math.BigDecimal;

/** One price level of an order book: a price and the quantity resting there. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {

    /**
     * @throws IllegalArgumentException an amount past what any market trades: a venue's answer
     *         with {@code 1e999999999} is unreadable, not a price to print or store
     */
    public PriceLevel {
        Decimals.requireSane(price, "price");
        Decimals.requireSane(quantity, "quantity");
    }
}
