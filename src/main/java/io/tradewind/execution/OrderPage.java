package io.tradewind.execution;

import java.util.List;

/**
 * One page of the orders a query matches, oldest first, and how many it matches in all: what the
 * Orders API's list answers ({@code items}, {@code total}).
 */
public record OrderPage(List<OrderRecord> orders, long total) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
