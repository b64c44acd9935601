package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.InstanceMonitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderActivityTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private final List<String> reported = new ArrayList<>();
    private final OrderActivity activity = new OrderActivity("demo", new InstanceMonitor() {
        @Override
        public void orderChanged(String instance, String change) {
            reported.add(instance + ":" + change);
        }
    });

    @Test
    void a_market_order_heard_of_only_once_filled_counts_as_placed_and_filled_in_the_metrics_too() {
        OrderRecord order = order("m1", OrderRequest.market("m1", "main", "BTC-USD", Side.BUY, "1"));
        activity.orderChanged(order);
        activity.orderChanged(order.withFill(BigDecimal.ONE, OrderStatus.FILLED, NOW));

        assertEquals(List.of("demo:placed", "demo:filled"), reported);
        assertEquals(1, activity.placed());
        assertEquals(1, activity.filled());
    }

    @Test
    void every_count_the_api_shows_is_the_count_the_metrics_show() {
        OrderRecord resting = order("l1", limit("l1"));
        activity.orderChanged(resting);
        activity.orderChanged(resting.withStatus(OrderStatus.ACTIVE, List.of(), NOW));
        activity.orderChanged(resting.withFill(new BigDecimal("0.5"), OrderStatus.PARTIAL, NOW));
        activity.orderChanged(resting.withFill(BigDecimal.ONE, OrderStatus.FILLED, NOW));
        OrderRecord cancelled = order("l2", limit("l2"));
        activity.orderChanged(cancelled.withStatus(OrderStatus.ACTIVE, List.of(), NOW));
        activity.orderChanged(cancelled.withStatus(OrderStatus.CANCELLED, List.of(), NOW));
        activity.orderChanged(order("l3", limit("l3")).withStatus(OrderStatus.REJECTED, List.of(), NOW));
        activity.orderChanged(order("l4", limit("l4")).withFill(BigDecimal.ONE, OrderStatus.FILLED, NOW));

        Map<String, Long> metrics = new TreeMap<>();
        reported.forEach(change -> metrics.merge(change, 1L, Long::sum));
        assertEquals(Map.of("demo:placed", 3L, "demo:filled", 2L, "demo:cancelled", 1L, "demo:rejected", 1L), metrics);
        assertEquals(3, activity.placed());
        assertEquals(2, activity.filled());
        assertEquals(1, activity.cancelled());
        assertEquals(1, activity.rejected());
    }

    @Test
    void another_instances_orders_and_repeated_reports_count_nowhere() {
        OrderRecord other = OrderRecord.fresh(limit("o1"), "paper", "other", null, null, NOW).withStatus(OrderStatus.ACTIVE, List.of(), NOW);
        activity.orderChanged(other);
        OrderRecord active = order("l1", limit("l1")).withStatus(OrderStatus.ACTIVE, List.of(), NOW);
        activity.orderChanged(active);
        activity.orderChanged(active);

        assertEquals(List.of("demo:placed"), reported);
    }

    @Test
    void a_venue_that_says_filled_before_its_trade_and_again_with_it_counts_one_fill() {
        // LiveVenueIT saw it on Nobitex: the order's status came back done (filled 0), then the trade (filled 0.001)
        OrderRecord order = order("m2", OrderRequest.market("m2", "main", "BTC-USD", Side.BUY, "1"))
                .withStatus(OrderStatus.ACTIVE, List.of(), NOW);
        activity.orderChanged(order);
        activity.orderChanged(order.withStatus(OrderStatus.FILLED, List.of(), NOW));
        activity.orderChanged(order.withFill(BigDecimal.ONE, OrderStatus.FILLED, NOW));

        assertEquals(List.of("demo:placed", "demo:filled"), reported);
        assertEquals(1, activity.filled());
    }

    private static OrderRequest limit(String uid) {
        return OrderRequest.limit(uid, "main", "BTC-USD", Side.BUY, "100", "1", TimeInForce.GOOD_TILL_CANCELED);
    }

    private static OrderRecord order(String uid, OrderRequest request) {
        return OrderRecord.fresh(request, "paper", "demo", null, null, NOW);
    }
}
