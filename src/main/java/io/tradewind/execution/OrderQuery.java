package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;

/**
 * A filter for {@link ExecutionStore#orders}: {@code null} fields match everything. The symbol
 * matches in any letter case, around spaces ({@code btc-usd} finds the BTC-USD orders): an operator's
 * spelling that found nothing looked like a symbol without orders.
 */
public record OrderQuery(String venue, OrderStatus status, String symbol, String strategyInstance) {

    public OrderQuery {
        symbol = symbol == null ? null : symbol.strip();
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null);
    }

    public boolean matches(OrderRecord order) {
        return (venue == null || venue.equals(order.venue()))
                && (status == null || status == order.status())
                && (symbol == null || symbol.equalsIgnoreCase(order.symbol()))
                && (strategyInstance == null || strategyInstance.equals(order.strategyInstance()));
    }
}
