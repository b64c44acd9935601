package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;

/**
 * A filter for {@link ExecutionStore#orders}: {@code null} fields match everything.
 */
public record OrderQuery(String venue, OrderStatus status, String symbol, String strategyInstance) {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null);
    }

    public boolean matches(OrderRecord order) {
        return (venue == null || venue.equals(order.venue()))
                && (status == null || status == order.status())
                && (symbol == null || symbol.equals(order.symbol()))
                && (strategyInstance == null || strategyInstance.equals(order.strategyInstance()));
    }
}
