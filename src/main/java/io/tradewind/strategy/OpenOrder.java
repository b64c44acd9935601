package io.tradewind.strategy;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import java.math.BigDecimal;

/**
 * One of the strategy's orders that can still trade. {@code price} is null for market and
 * stop-market orders, {@code stopPrice} for orders that are not stops (a strategy trailing its
 * stop reads where it rests here).
 */
public record OpenOrder(String uid, Side side, OrderType type, BigDecimal price, BigDecimal stopPrice,
        BigDecimal quantity, BigDecimal filled, OrderStatus status) {

    public BigDecimal remaining() {
        return quantity.subtract(filled);
    }
}
