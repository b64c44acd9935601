package io.tradewind.strategy;

import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;

/**
 * The orders a strategy places: through its {@link StrategyContext}, or through
 * {@link StrategyContext#because(String)} for orders that say why they were placed.
 */
public interface OrderActions {

    OrderHandle buyMarket(BigDecimal quantity);

    OrderHandle sellMarket(BigDecimal quantity);

    /** @param timeInForce how long it may rest; {@code null} is good-till-cancelled, a limit order's default */
    OrderHandle limit(Side side, BigDecimal price, BigDecimal quantity, TimeInForce timeInForce);

    default OrderHandle buyLimit(BigDecimal price, BigDecimal quantity) {
        return limit(Side.BUY, price, quantity, TimeInForce.GOOD_TILL_CANCELED);
    }

    default OrderHandle sellLimit(BigDecimal price, BigDecimal quantity) {
        return limit(Side.SELL, price, quantity, TimeInForce.GOOD_TILL_CANCELED);
    }

    OrderHandle stopLimit(Side side, BigDecimal stopPrice, BigDecimal limitPrice, BigDecimal quantity);

    OrderHandle stopMarket(Side side, BigDecimal stopPrice, BigDecimal quantity);
}
