package io.tradewind.marketdata;

import java.math.BigDecimal;

/** One price level of an order book: a price and the quantity resting there. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {
}
