package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutionViewsTest {

    /** The operator's view said all-or-none where the Orders API said fill-or-kill, for one market order. */
    @Test
    void an_order_shows_the_time_in_force_it_runs_with_as_the_orders_api_does() {
        OrderRecord market = OrderRecord.fresh(new OrderRequest("u1", "main", "BTC-IRR", Side.BUY, OrderType.MARKET, null,
                new BigDecimal("0.1"), null, null, TimeInForce.ALL_OR_NONE, null), "paper", "demo", null,
                Instant.parse("2026-01-02T03:04:05Z"));

        assertEquals("fill-or-kill", ExecutionViews.json(market).get("time_in_force"));
    }
}
