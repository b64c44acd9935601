package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskChecksTest {

    private static final BigDecimal LAST = new BigDecimal("1000000000");

    private static OrderRecord order(Side side, String price, String quantity) {
        return order(side, OrderType.LIMIT, price, quantity);
    }

    private static OrderRecord order(Side side, OrderType type, String price, String quantity) {
        Instant t = Instant.parse("2025-12-30T10:00:00Z");
        return new OrderRecord("c1", "sim", null, "grid-1", null, null, "main", "BTC-IRR", side, type,
                new BigDecimal(price), new BigDecimal(quantity), BigDecimal.ZERO, TimeInForce.GOOD_TILL_CANCELED,
                io.tradewind.domain.OrderStatus.NEW, null, null, List.of(), null, null, null, false, t, t);
    }

    private static RiskContext context(String position, int open, String realised) {
        return new RiskContext("strategy grid-1", new BigDecimal(position), open, new BigDecimal(realised), LAST);
    }

    private static List<RiskRefusal> check(OrderRecord order, RiskLimits limits, RiskContext context) {
        return RiskChecks.check(order, order.price().multiply(order.quantity()), limits, context);
    }

    private static RiskLimits limits(String notional, String position, Integer open, String band, String loss,
            boolean reduceOnly) {
        return new RiskLimits(notional == null ? null : new BigDecimal(notional),
                position == null ? null : new BigDecimal(position), open, band == null ? null : new BigDecimal(band),
                loss == null ? null : new BigDecimal(loss), false, reduceOnly);
    }

    @Test
    void an_order_within_every_limit_passes() {
        RiskLimits all = limits("600000000", "1", 5, "0.05", "1000000", false);
        assertTrue(check(order(Side.BUY, "1000000000", "0.5"), all, context("0.2", 2, "-10")).isEmpty());
    }

    @Test
    void max_notional_says_by_how_much() {
        List<RiskRefusal> refusals = check(order(Side.BUY, "1000000000", "0.6"), limits("500000000", null, null, null, null, false),
                context("0", 0, "0"));

        assertEquals(RejectionReason.OVER_MAXIMUM_ORDER_SIZE, refusals.get(0).reason());
        assertEquals("max_notional (strategy grid-1): notional 600000000 exceeds 500000000 by 100000000",
                refusals.get(0).toString());
    }

    @Test
    void max_position_counts_the_order_as_filled_but_lets_a_reducing_order_through() {
        RiskLimits limits = limits(null, "1", null, null, null, false);
        List<RiskRefusal> refusals = check(order(Side.BUY, "1000000000", "0.5"), limits, context("0.8", 0, "0"));

        assertEquals("max_position (strategy grid-1): position would be 1.3, beyond 1 by 0.3", refusals.get(0).toString());
        assertTrue(check(order(Side.SELL, "1000000000", "0.5"), limits, context("1.2", 0, "0")).isEmpty());
    }

    @Test
    void max_open_orders() {
        List<RiskRefusal> refusals = check(order(Side.BUY, "1000000000", "0.1"), limits(null, null, 3, null, null, false),
                context("0", 3, "0"));

        assertEquals(RejectionReason.TOO_MANY_OPEN_ORDERS, refusals.get(0).reason());
        assertEquals("max_open_orders (strategy grid-1): 3 orders open, limit 3: one more would exceed it by 1",
                refusals.get(0).toString());
    }

    /** Two resting bids at a limit of two refused the market sell that would close the position. */
    @Test
    void max_open_orders_lets_a_market_order_through_that_reduces_the_position() {
        RiskLimits three = limits(null, null, 3, null, null, false);
        assertEquals(List.of(), check(order(Side.SELL, OrderType.MARKET, "1000000000", "0.5"), three, context("0.5", 3, "0")));
        assertEquals(RejectionReason.TOO_MANY_OPEN_ORDERS, check(order(Side.SELL, OrderType.MARKET, "1000000000", "0.6"),
                three, context("0.5", 3, "0")).get(0).reason(), "a sell that flips the position does not reduce it");
        assertEquals(RejectionReason.TOO_MANY_OPEN_ORDERS, check(order(Side.SELL, "1000000000", "0.5"), three,
                context("0.5", 3, "0")).get(0).reason(), "a reducing limit order rests, and counts");
    }

    @Test
    void price_band_against_the_last_price() {
        List<RiskRefusal> refusals = check(order(Side.BUY, "1100000000", "0.1"), limits(null, null, null, "0.05", null, false),
                context("0", 0, "0"));

        assertEquals(RejectionReason.OUTSIDE_PRICE_BAND, refusals.get(0).reason());
        assertEquals("price_band (strategy grid-1): price 1100000000 is 100000000 from last price 1000000000,"
                + " band allows 50000000: outside by 50000000", refusals.get(0).toString());
    }

    @Test
    void the_daily_loss_kill_switch_stops_entries_but_not_exits() {
        RiskLimits limits = limits(null, null, null, null, "1000000", false);
        List<RiskRefusal> refusals = check(order(Side.BUY, "1000000000", "0.1"), limits, context("0.3", 0, "-1200000"));

        assertEquals(RejectionReason.KILL_SWITCH, refusals.get(0).reason());
        assertEquals("daily_loss (strategy grid-1): daily loss limit reached: realised loss today 1200000 reached"
                + " limit 1000000 (over by 200000); only reducing orders allowed", refusals.get(0).toString());
        assertTrue(check(order(Side.SELL, "1000000000", "0.3"), limits, context("0.3", 0, "-1200000")).isEmpty());
    }

    @Test
    void reduce_only_refuses_what_would_increase_or_flip_a_position() {
        RiskLimits limits = limits(null, null, null, null, null, true);

        assertEquals("reduce_only (strategy grid-1): reduce-only mode: position 0, a buy of 0.1 would increase it",
                check(order(Side.BUY, "1000000000", "0.1"), limits, context("0", 0, "0")).get(0).toString());
        assertEquals("reduce_only (strategy grid-1): reduce-only mode: position 0.5, a sell of 0.8 would flip it by 0.3",
                check(order(Side.SELL, "1000000000", "0.8"), limits, context("0.5", 0, "0")).get(0).toString());
        assertTrue(check(order(Side.SELL, "1000000000", "0.3"), limits, context("0.5", 0, "0")).isEmpty());
    }

    /** 1.2e14 × 98765.43210987 is far beyond a scaled long; checked against Python's decimal module. */
    @Test
    void rial_magnitudes_are_exact() {
        OrderRecord big = order(Side.BUY, "123456789012000", "98765.43210987");
        List<RiskRefusal> refusals = check(big, limits("1", null, null, null, null, false), context("0", 0, "0"));

        assertEquals("max_notional (strategy grid-1): notional 12193263113667230592.74844 exceeds 1"
                + " by 12193263113667230591.74844", refusals.get(0).toString());
    }
}
