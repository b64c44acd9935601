package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionViewsTest {

    /** The operator's view said all-or-none where the Orders API said fill-or-kill, for one market order. */
    @Test
    void an_order_shows_the_time_in_force_it_runs_with_as_the_orders_api_does() {
        OrderRecord market = OrderRecord.fresh(new OrderRequest("u1", "main", "BTC-IRR", Side.BUY, OrderType.MARKET, null,
                new BigDecimal("0.1"), null, null, TimeInForce.ALL_OR_NONE, null), "paper", "demo", null, null,
                Instant.parse("2026-01-02T03:04:05Z"));

        assertEquals("fill-or-kill", ExecutionViews.json(market).get("time_in_force"));
    }

    /**
     * orders list and GET /api/orders show why a strategy placed each order, as its decision line
     * did; the list shows a stop order's stop price (it showed its price, none, alone).
     */
    @Test
    void an_order_shows_the_reason_its_strategy_gave() {
        OrderRecord stop = OrderRecord.fresh(new OrderRequest("u2", "main", "BTC-IRR", Side.SELL, OrderType.STOP_MARKET, null,
                new BigDecimal("0.1"), null, new BigDecimal("900"), null, null), "paper", "demo", "stop-loss", null,
                Instant.parse("2026-01-02T03:04:05Z"));

        assertEquals("stop-loss", ExecutionViews.json(stop).get("reason"));
        String table = ExecutionViews.table(List.of(ExecutionViews.json(stop)), ExecutionViews.ORDER_COLUMNS);
        assertEquals("client_order_id  symbol   side  type         price  stop_price  quantity  filled  status  strategy_instance"
                + "  reason     created_at", table.lines().findFirst().orElseThrow());
        String row = table.lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.contains("  stop-market  -      900         0.1  "), table);
        assertTrue(row.contains("  demo               stop-loss  2026-01-02T03:04:05Z"), table);
    }
}
