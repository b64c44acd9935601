package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import java.time.Instant;

/**
 * A filter for {@link ExecutionStore#orders}: {@code null} fields match everything. The symbol
 * matches in any letter case, around spaces ({@code btc-usd} finds the BTC-USD orders): an operator's
 * spelling that found nothing looked like a symbol without orders. {@code account}, {@code side} and
 * the creation range (both ends inclusive) are the Orders API's filters, given to the store so that a
 * page of them is read there rather than picked out of every order.
 */
public record OrderQuery(String venue, OrderStatus status, String symbol, String strategyInstance, String account,
        Side side, Instant createdFrom, Instant createdTo) {

    public OrderQuery {
        symbol = symbol == null ? null : symbol.strip();
    }

    public OrderQuery(String venue, OrderStatus status, String symbol, String strategyInstance) {
        this(venue, status, symbol, strategyInstance, null, null, null, null);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null);
    }

    public boolean matches(OrderRecord order) {
        return (venue == null || venue.equals(order.venue()))
                && (status == null || status == order.status())
                && (symbol == null || symbol.equalsIgnoreCase(order.symbol()))
                && (strategyInstance == null || strategyInstance.equals(order.strategyInstance()))
                && (account == null || account.equals(order.account()))
                && (side == null || side == order.side())
                && (createdFrom == null || !order.createdAt().isBefore(createdFrom))
                && (createdTo == null || !order.createdAt().isAfter(createdTo));
    }
}
