package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CapturedLogs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskLimitsInServiceTest {

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();

    @Test
    void global_and_strategy_limits_are_both_applied_and_both_reported() {
        RiskLimits global = new RiskLimits(null, null, 1, null, null, false, false);
        RiskLimits strategy = new RiskLimits(new BigDecimal("100000000"), null, null, null, null, false, false);
        ExecutionService service = Fixtures.service(venue, store, new RiskConfig(global, Map.of("grid-1", strategy)), clock);
        service.submit("other", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "1100000000", "0.1"));

        SubmitResult result = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"));

        assertEquals(SubmitResult.Outcome.REFUSED, result.outcome());
        assertEquals(List.of("max_open_orders (global): 1 orders open, limit 1: one more would exceed it by 1",
                "max_notional (strategy grid-1): notional 500000000 exceeds 100000000 by 400000000"),
                result.refusals().stream().map(RiskRefusal::toString).toList());
        assertEquals(List.of(RejectionReason.TOO_MANY_OPEN_ORDERS, RejectionReason.OVER_MAXIMUM_ORDER_SIZE),
                store.findOrder(result.order().clientOrderId()).orElseThrow().rejectionReasons());
        assertEquals(OrderEventType.REFUSED, store.events(result.order().clientOrderId()).get(0).type());
    }

    /** Each refusal of a strategy retrying every tick was a line, all day: one line a minute for a run of the same. */
    @Test
    void a_run_of_refusals_by_the_same_limit_is_one_line_whatever_their_figures() throws Exception {
        RiskLimits strategy = new RiskLimits(new BigDecimal("100000000"), null, null, null, null, false, false);
        ExecutionService service = Fixtures.service(venue, store, new RiskConfig(null, Map.of("grid-1", strategy)), clock);

        List<String> logged = CapturedLogs.during(() -> {
            for (int i = 0; i < 3; i++) {
                service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"));
            }
            service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.2"));
        });

        List<String> refusals = logged.stream().filter(line -> line.startsWith("refused order")).toList();
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).endsWith("of grid-1: max_notional (strategy grid-1): notional 500000000 exceeds 100000000"
                + " by 400000000"), refusals.toString());
        assertEquals(4, store.orders(OrderQuery.all()).size(), "every refused order is stored, with its reasons");
    }

    @Test
    void a_losing_round_trip_trips_the_kill_switch_which_cancels_open_orders_and_refuses_entries() {
        RiskLimits strategy = new RiskLimits(null, null, null, null, new BigDecimal("50000000"), true, false);
        ExecutionService service = Fixtures.service(venue, store, new RiskConfig(null, Map.of("grid-1", strategy)), clock);
        OrderRecord resting = service.submit("grid-1",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "800000000", "0.1")).order();
        OrderRecord buy = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "1")).order();
        service.onTrade(ACCOUNT, venue.fill(buy.clientOrderId(), "1", "1000000000"));
        OrderRecord sell = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "900000000", "1")).order();

        service.onTrade(ACCOUNT, venue.fill(sell.clientOrderId(), "1", "900000000"));

        assertEquals(0, new BigDecimal("-101900000").compareTo(service.position("grid-1", "BTC-IRR").realisedPnl()),
                "100M loss plus 1M + 0.9M fees");
        assertEquals(OrderStatus.CANCELLED, store.findOrder(resting.clientOrderId()).orElseThrow().status());
        SubmitResult entry = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "900000000", "0.1"));
        assertEquals(List.of(RejectionReason.KILL_SWITCH), entry.order().rejectionReasons());
        assertTrue(entry.refusals().get(0).message().contains("realised loss today 101900000 reached limit 50000000"));
        SubmitResult otherStrategy = service.submit("other", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "900000000", "0.1"));
        assertEquals(SubmitResult.Outcome.SENT, otherStrategy.outcome(), "the switch is per strategy instance");
        // the instance still runs, so nothing showed that its entries were stopped
        assertEquals("daily loss limit (strategy grid-1) reached: realised loss today 101900000, limit 50000000; only"
                + " orders that reduce a position until 00:00 UTC", service.dailyLossHalt("grid-1"));
        assertEquals(null, service.dailyLossHalt("other"));
    }

    @Test
    void a_market_order_needs_a_last_price_to_be_sized() {
        ExecutionService service = Fixtures.service(venue, store, RiskConfig.none(), clock);
        SubmitResult blind = service.submit("grid-1", OrderIntent.market(ACCOUNT, "BTC-IRR", Side.BUY, "0.1"));
        assertEquals(List.of(RejectionReason.PRICE_MISSING), blind.order().rejectionReasons());

        service.onLastPrice("BTC-IRR", new BigDecimal("1000000000"));
        SubmitResult sized = service.submit("grid-1", OrderIntent.market(ACCOUNT, "BTC-IRR", Side.BUY, "0.1"));
        assertEquals(SubmitResult.Outcome.SENT, sized.outcome());
        assertEquals(0, new BigDecimal("100100000").compareTo(service.held(ACCOUNT, "IRR")));
    }
}
