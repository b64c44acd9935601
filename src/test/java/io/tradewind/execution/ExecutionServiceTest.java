package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CapturedLogs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExecutionServiceTest {

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private ExecutionService service;

    @BeforeEach
    void start() {
        service = Fixtures.service(venue, store, RiskConfig.none(), clock);
    }

    private OrderRecord buy(String price, String quantity) {
        return service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, price, quantity)).order();
    }

    private OrderEvent lastEvent(OrderRecord order) {
        List<OrderEvent> events = store.events(order.clientOrderId());
        return events.get(events.size() - 1);
    }

    @Test
    void a_buy_is_stored_before_the_venue_sees_it_and_holds_price_times_quantity_plus_fee() {
        OrderRecord order = buy("1000000000", "0.5");

        assertEquals(OrderStatus.ACTIVE, order.status());
        assertEquals("ord_1", order.venueOrderId());
        assertEquals(List.of(OrderEventType.SUBMITTED, OrderEventType.PLACED),
                store.events(order.clientOrderId()).stream().map(OrderEvent::type).toList());
        assertEquals(0, new BigDecimal("500500000").compareTo(service.held(ACCOUNT, "IRR")));
        assertEquals(0, new BigDecimal("9499500000").compareTo(service.available(ACCOUNT, "IRR")));
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    /** The balances the service shows are the ones it checks orders against, without asking the venue. */
    @Test
    void balances_are_the_venues_total_moved_by_fills_less_what_open_orders_hold() {
        OrderRecord order = buy("1000000000", "0.5");
        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.2", "1000000000"));
        venue.balance("BTC", "99"); // unseen until a reconciliation takes it
        venue.unreachable(true);

        assertEquals(List.of("BTC available 10.2 held 0", "IRR available 9499500000 held 300300000"),
                service.balances(ACCOUNT).stream().map(b -> b.asset() + " available "
                        + b.available().stripTrailingZeros().toPlainString() + " held "
                        + b.held().stripTrailingZeros().toPlainString()).toList());
        assertEquals(0, service.available(ACCOUNT, "IRR").compareTo(service.balances(ACCOUNT).get(1).available()));
        assertEquals(List.of(), service.balances("nobody"));
    }

    /**
     * A venue may charge its fee in its own token: that balance pays it, not the quote or the base; out of
     * what is available, since what is held of it is held for other orders (a TOK-IRR sell here).
     */
    @Test
    void a_fee_in_a_third_asset_comes_out_of_that_asset() {
        venue.balance("TOK", "5");
        ExecutionService service = new ExecutionService(venue, store, Map.of("BTC-IRR", Fixtures.BTC_IRR, "TOK-IRR",
                Instrument.of("TOK-IRR", "TOK", "IRR", "1", "0.1", "0.1", "0", "0")), RiskConfig.none(),
                Fixtures.settings(clock));
        service.start();
        service.submit("grid-1", OrderIntent.limit(ACCOUNT, "TOK-IRR", Side.SELL, "1000", "2"));
        OrderRecord order = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"))
                .order();
        VenueTrade fill = venue.fill(order.clientOrderId(), "0.5", "1000000000");
        service.onTrade(ACCOUNT, new VenueTrade(fill.tradeId(), fill.clientOrderId(), fill.symbol(), fill.side(),
                fill.price(), fill.quantity(), new BigDecimal("0.3"), "TOK", fill.time()));

        assertEquals(List.of("BTC available 10.5 held 0", "IRR available 9500000000 held 0", "TOK available 2.7 held 2"),
                service.balances(ACCOUNT).stream().map(b -> b.asset() + " available "
                        + b.available().stripTrailingZeros().toPlainString() + " held "
                        + b.held().stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void an_order_the_venue_accepts_on_other_terms_takes_them_and_holds_for_them() throws Exception {
        venue.acceptNextWithQuantity("0.4");
        OrderRecord[] order = new OrderRecord[1];

        List<String> logged = CapturedLogs.during(() -> order[0] = buy("1000000000", "0.5"));

        String detail = "accepted it with quantity 0.4 (sent 0.5)";
        assertTrue(logged.contains("order " + order[0].clientOrderId() + ": the venue " + detail), logged.toString());
        OrderRecord stored = store.findOrder(order[0].clientOrderId()).orElseThrow();
        assertEquals(0, new BigDecimal("0.4").compareTo(stored.quantity()));
        assertEquals(0, new BigDecimal("400400000").compareTo(service.held(ACCOUNT, "IRR")), "price × 0.4 plus fee");
        assertEquals(List.of(OrderEventType.SUBMITTED, OrderEventType.AMENDED, OrderEventType.PLACED),
                store.events(order[0].clientOrderId()).stream().map(OrderEvent::type).toList());
        assertEquals(detail, store.events(order[0].clientOrderId()).get(1).detail());
        service.onTrade(ACCOUNT, venue.fill(order[0].clientOrderId(), "0.4", "1000000000"));
        assertEquals(OrderStatus.FILLED, store.findOrder(order[0].clientOrderId()).orElseThrow().status());
        assertEquals(0, service.held(ACCOUNT, "IRR").signum());
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void an_answer_off_the_instruments_grid_is_warned_of_but_not_taken() throws Exception {
        venue.acceptNextWithQuantity("0.499999999999");
        OrderRecord[] order = new OrderRecord[1];

        List<String> logged = CapturedLogs.during(() -> order[0] = buy("1000000000", "0.5"));

        assertTrue(logged.contains("order " + order[0].clientOrderId() + ": the venue accepted it with quantity 0.499999999999"
                + " (sent 0.5); kept as sent, the answer is not on the instrument's terms"), logged.toString());
        assertEquals(0, new BigDecimal("0.5").compareTo(store.findOrder(order[0].clientOrderId()).orElseThrow().quantity()));
        assertEquals(0, new BigDecimal("500500000").compareTo(service.held(ACCOUNT, "IRR")));
    }

    @Test
    void fills_shrink_the_hold_and_a_complete_fill_releases_it() {
        OrderRecord order = buy("1000000000", "0.5");
        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.2", "999000000"));

        OrderRecord partial = store.findOrder(order.clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.PARTIAL, partial.status());
        assertEquals(0, new BigDecimal("300300000").compareTo(service.held(ACCOUNT, "IRR")));

        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.3", "1000000000"));
        assertEquals(OrderStatus.FILLED, store.findOrder(order.clientOrderId()).orElseThrow().status());
        assertEquals(0, service.held(ACCOUNT, "IRR").signum());
        assertEquals(0, new BigDecimal("0.5").compareTo(service.position("grid-1", "BTC-IRR").quantity()));
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void a_fill_is_journaled_with_its_trade_quantity_and_price() {
        OrderRecord order = buy("1000000000", "0.5");
        VenueTrade trade = venue.fill(order.clientOrderId(), "0.2", "999000000");
        service.onTrade(ACCOUNT, trade);

        List<OrderEvent> events = store.events(order.clientOrderId());
        OrderEvent fill = events.get(events.size() - 1);
        assertEquals(OrderEventType.FILL, fill.type());
        assertEquals(OrderStatus.ACTIVE, fill.fromStatus());
        assertEquals(OrderStatus.PARTIAL, fill.toStatus());
        assertEquals("trade " + trade.tradeId() + ": 0.2 @ 999000000", fill.detail());
    }

    @Test
    void a_fill_seen_twice_counts_once() {
        OrderRecord order = buy("1000000000", "0.5");
        VenueTrade trade = venue.fill(order.clientOrderId(), "0.2", "1000000000");
        service.onTrade(ACCOUNT, trade);
        service.onTrade(ACCOUNT, trade);
        service.onOrderUpdate(venue.order(order.clientOrderId()).orElseThrow());
        service.reconcile();

        assertEquals(1, store.fills(null).size());
        assertEquals(0, new BigDecimal("0.2").compareTo(store.findOrder(order.clientOrderId()).orElseThrow().filled()));
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void cancelling_releases_the_hold() {
        OrderRecord order = buy("1000000000", "0.5");
        OrderRecord cancelled = service.cancel(order.clientOrderId());

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertTrue(store.holds(null).isEmpty());
        assertEquals(cancelled, service.cancel(order.clientOrderId()), "cancelling again changes nothing");
    }

    @Test
    void a_venue_rejection_releases_the_hold_and_keeps_the_reasons() {
        venue.rejectNextPlace(RejectionReason.OUTSIDE_TRADING_SESSION);
        OrderRecord order = buy("1000000000", "0.5");

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.OUTSIDE_TRADING_SESSION), order.rejectionReasons());
        assertTrue(store.holds(null).isEmpty());
    }

    @Test
    void an_order_larger_than_the_available_balance_is_refused_locally_with_the_shortfall() {
        buy("1000000000", "9");
        SubmitResult result = service.submit("grid-1",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "1"));

        assertEquals(SubmitResult.Outcome.REFUSED, result.outcome());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), result.order().rejectionReasons());
        assertEquals("balance (account main): needs 1001000000 IRR, available 991000000"
                + " (balance 10000000000 minus held 9009000000): short by 10000000", result.refusals().get(0).toString());
        assertEquals(0, venue.placeCalls(result.order().clientOrderId()), "never sent");
    }

    /** A symbol in other letter case than the configured one is refused, telling the one meant. */
    @Test
    void a_symbol_in_other_letter_case_is_refused_naming_the_one_meant() {
        SubmitResult result = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "btc-irr", Side.BUY, "1000000000", "0.5"));

        assertEquals(SubmitResult.Outcome.REFUSED, result.outcome());
        assertEquals("instrument (venue fake): symbol btc-irr is not configured (did you mean BTC-IRR? symbols are matched"
                + " in their letter case); known: BTC-IRR", result.refusals().get(0).toString());
    }

    /** The balance refusal hid the grid: the venue's checks never ran, so only "insufficient balance" was said. */
    @Test
    void an_order_refused_locally_lists_the_grid_checks_it_fails_too() {
        SubmitResult result = service.submit("grid-1",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "100000000500", "0.100000005"));

        assertEquals(SubmitResult.Outcome.REFUSED, result.outcome());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE, RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE,
                RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE), result.order().rejectionReasons());
        assertEquals("instrument (venue fake): price 100000000500 is not a multiple of the tick size 1000",
                result.refusals().get(1).toString());
        assertEquals(0, venue.placeCalls(result.order().clientOrderId()), "never sent");
    }

    @Test
    void an_out_of_order_status_is_journaled_and_not_applied() {
        OrderRecord order = buy("1000000000", "0.5");
        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.2", "1000000000"));
        VenueOrder stale = new VenueOrder(order.clientOrderId(), "ord_1", ACCOUNT, "BTC-IRR", Side.BUY,
                order.type(), order.price(), order.quantity(), null, null, OrderStatus.ACTIVE, BigDecimal.ZERO,
                List.of(), null, null, List.of(), clock.instant());
        service.onOrderUpdate(stale);

        assertEquals(OrderStatus.PARTIAL, store.findOrder(order.clientOrderId()).orElseThrow().status());
        OrderEvent last = lastEvent(order);
        assertEquals(OrderEventType.ILLEGAL_TRANSITION, last.type());
        assertEquals("status partial -> active is not allowed", last.detail());
    }

    @Test
    void a_fill_that_crossed_a_cancel_is_still_counted() {
        OrderRecord order = buy("1000000000", "0.5");
        VenueTrade trade = venue.fill(order.clientOrderId(), "0.1", "1000000000");
        service.cancel(order.clientOrderId());
        service.onTrade(ACCOUNT, trade);

        OrderRecord after = store.findOrder(order.clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.CANCELLED, after.status());
        assertEquals(0, new BigDecimal("0.1").compareTo(after.filled()));
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    /**
     * TopArz sizes a buy by what it spends, so where the price was better it delivers more than the
     * quantity asked. That trade was logged as an error and not recorded: the position and the
     * balances missed what the venue delivered, and the order stayed open holding funds.
     */
    @Test
    void a_fill_beyond_the_quantity_is_recorded_in_full_and_the_order_is_filled() {
        OrderRecord order = buy("1000000000", "0.5");
        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.55", "900000000"));

        OrderRecord after = store.findOrder(order.clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.FILLED, after.status());
        assertEquals(0, new BigDecimal("0.5").compareTo(after.filled()), "filled never above the quantity");
        assertEquals(0, new BigDecimal("0.55").compareTo(service.position("grid-1", "BTC-IRR").quantity()),
                "the position has what the venue delivered");
        assertEquals(0, service.held(ACCOUNT, "IRR").signum(), "nothing held for a filled order");
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    /** More than a buy could spend, or a sell beyond its quantity, is a fill reported twice or misattributed. */
    @Test
    void a_fill_beyond_what_the_order_could_spend_is_not_recorded() {
        OrderRecord buy = buy("1000000000", "0.5");
        service.onTrade(ACCOUNT, venue.fill(buy.clientOrderId(), "0.6", "1000000000"));

        assertEquals(0, store.findOrder(buy.clientOrderId()).orElseThrow().filled().signum());
        assertEquals(0, service.position("grid-1", "BTC-IRR").quantity().signum(), "nothing was recorded");
        assertEquals(OrderEventType.ILLEGAL_TRANSITION, lastEvent(buy).type());
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    /** An idle service wrote its unchanged trade cursor at every reconciliation: 25 MB an hour of disk writes. */
    @Test
    void a_reconciliation_that_finds_nothing_new_writes_nothing() {
        int[] commits = {0};
        ExecutionStore counting = (ExecutionStore) Proxy.newProxyInstance(ExecutionStore.class.getClassLoader(),
                new Class<?>[] {ExecutionStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commits[0]++;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ExecutionService idle = Fixtures.service(venue, counting, RiskConfig.none(), clock);
        OrderRecord bought = idle.submit("s", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();
        idle.onTrade(ACCOUNT, venue.fill(bought.clientOrderId(), "0.5", "1000000000"));
        idle.reconcile();
        int afterTheFirst = commits[0];

        idle.reconcile();
        idle.reconcile();

        assertEquals(afterTheFirst, commits[0], "nothing new at the venue, nothing written");
    }

    @Test
    void reconciliation_adopts_an_order_found_only_at_the_venue_and_closes_one_that_vanished() {
        OrderRecord mine = buy("1000000000", "0.5");
        venue.forget(mine.clientOrderId());
        venue.placeOutside("outside-1", "BTC-IRR", Side.SELL, "1100000000", "0.3");

        ReconcileReport report = service.reconcile();

        assertEquals(1, report.adopted());
        assertEquals(1, report.closed());
        assertEquals(OrderStatus.CANCELLED, store.findOrder(mine.clientOrderId()).orElseThrow().status());
        OrderRecord adopted = store.findOrder("outside-1").orElseThrow();
        assertEquals("adopted", adopted.strategyInstance());
        assertEquals(OrderStatus.ACTIVE, adopted.status());
        assertEquals(0, new BigDecimal("0.3").compareTo(service.held(ACCOUNT, "BTC")));
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void an_open_order_in_an_unconfigured_symbol_is_reported_and_the_rest_reconciled() {
        venue.placeOutside("outside-eth", "ETH-IRR", Side.BUY, "100000000", "1");
        venue.balance("IRR", "20000000000");

        ReconcileReport report = service.reconcile();

        assertEquals(List.of("open order outside-eth in ETH-IRR cannot be adopted: the symbol is not configured"
                + " for venue fake"), report.failures());
        assertEquals(0, new BigDecimal("20000000000").compareTo(service.available(ACCOUNT, "IRR")));
    }

    @Test
    void a_venue_report_without_a_symbol_does_not_stop_the_reconciliation() {
        // a venue's answer that left out the symbol crashed the service's start (a null key in an immutable map)
        venue.placeOutside("outside-nosym", null, Side.BUY, "1000000000", "0.5");
        venue.orphanTrade("outside-nosym", Side.BUY, "0.1", "1000000000");

        ReconcileReport report = service.reconcile();

        assertTrue(store.findOrder("outside-nosym").isEmpty(), "an order of no instrument traded here is not adopted");
        assertFalse(report.failures().isEmpty(), report.toString());
    }

    @Test
    void a_filled_order_found_only_through_its_trades_is_adopted_with_every_fill_once() {
        venue.placeOutside("outside-2", "BTC-IRR", Side.BUY, "1000000000", "0.5");
        venue.fill("outside-2", "0.2", "1000000000");
        venue.fill("outside-2", "0.3", "1000000000");

        ReconcileReport report = service.reconcile();

        assertEquals(2, report.fills());
        OrderRecord adopted = store.findOrder("outside-2").orElseThrow();
        assertEquals(OrderStatus.FILLED, adopted.status());
        assertEquals(2, store.fills(null).size());
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void a_trade_of_an_order_nobody_knows_is_recorded_on_its_own_and_a_failed_look_up_waits() {
        venue.orphanTrade("ghost-1", Side.SELL, "0.1", "1000000000");
        venue.orphanTrade("ghost-1", Side.SELL, "0.1", "1000000000");

        service.reconcile();

        assertEquals(2, store.fills(null).size());
        assertTrue(store.findOrder("ghost-1").isEmpty());
        assertEquals(OrderEventType.ORPHAN_FILL, store.events("ghost-1").get(0).type());
        assertEquals(0, new BigDecimal("-0.2").compareTo(service.position("adopted", "BTC-IRR").quantity()));

        VenueTrade late = venue.orphanTrade("ghost-2", Side.SELL, "0.1", "1000000000");
        venue.unreachable(true);
        assertTrue(service.reconcile().failures().stream().anyMatch(f -> f.startsWith("own trades")));
        venue.unreachable(false);
        assertEquals(2, store.fills(null).size());
        service.reconcile();
        assertTrue(store.hasFill("fake", late.tradeId()));
    }

    @Test
    void a_cancel_without_answer_is_retried_by_reconciliation() {
        OrderRecord order = buy("1000000000", "0.5");
        venue.unreachable(true);
        assertTrue(service.cancel(order.clientOrderId()).cancelRequested());
        venue.unreachable(false);

        service.reconcile();

        assertEquals(OrderStatus.CANCELLED, store.findOrder(order.clientOrderId()).orElseThrow().status());
    }

    @Test
    void a_cancel_requested_without_a_venue_connection_is_recorded_and_sent_when_the_service_starts() {
        OrderRecord order = buy("1000000000", "0.5");
        ExecutionService offline = new ExecutionService(new OfflineGateway(venue.venue()), store, Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));

        OrderRecord requested = offline.requestCancel(order.clientOrderId(), "from the command line");

        assertTrue(requested.cancelRequested());
        assertEquals(OrderStatus.ACTIVE, venue.order(order.clientOrderId()).orElseThrow().status(), "nothing sent yet");
        assertEquals(OrderEventType.CANCEL_REQUESTED, store.events(order.clientOrderId()).get(2).type());
        assertEquals("from the command line", store.events(order.clientOrderId()).get(2).detail());
        assertEquals(requested, offline.requestCancel(order.clientOrderId(), "again"), "a second request changes nothing");

        Fixtures.service(venue, store, RiskConfig.none(), clock);

        assertEquals(OrderStatus.CANCELLED, venue.order(order.clientOrderId()).orElseThrow().status());
        assertEquals(OrderStatus.CANCELLED, store.findOrder(order.clientOrderId()).orElseThrow().status());
        assertTrue(store.holds(null).isEmpty());
    }

    @Test
    void cancel_all_for_a_symbol_and_for_a_strategy() {
        buy("1000000000", "0.1");
        service.submit("other", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "1100000000", "0.1"));

        assertEquals(1, service.cancelAllForStrategy("other").size());
        assertEquals(1, service.liveOrders().size());
        assertEquals(1, service.cancelAllForSymbol("BTC-IRR").size());
        assertTrue(service.liveOrders().isEmpty());
    }
}
