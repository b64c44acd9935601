package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ExecutionStore}, run against every implementation (in memory, and the
 * database store in {@code io.tradewind.persistence}).
 */
public abstract class ExecutionStoreContractTest {

    protected static final Instant T0 = Instant.parse("2025-12-30T10:00:00Z");

    /** An empty store. */
    protected abstract ExecutionStore store();

    protected static OrderRecord order(String id, OrderStatus status, String symbol, Instant createdAt) {
        return new OrderRecord(id, "sim", "ord_" + id, "grid-1", "stop-loss", "user_123", "wallet_456", symbol, Side.BUY,
                OrderType.STOP_LIMIT, new BigDecimal("940000000"), new BigDecimal("0.5"), new BigDecimal("0.2"),
                TimeInForce.GOOD_TILL_CANCELED, status, new BigDecimal("950000000"), T0.plusSeconds(3600),
                status == OrderStatus.REJECTED ? List.of(RejectionReason.INSUFFICIENT_BALANCE, RejectionReason.KILL_SWITCH)
                        : List.of(), "broker_1", "sess_123", "hold_789", true, createdAt, createdAt.plusSeconds(5));
    }

    protected static FillRecord fill(String tradeId, String clientOrderId) {
        return new FillRecord("sim", tradeId, clientOrderId, "grid-1", "wallet_456", "BTC-IRR", Side.BUY,
                new BigDecimal("999000000"), new BigDecimal("0.2"), new BigDecimal("199800"), "IRR", T0.plusSeconds(60));
    }

    @Test
    void an_order_reads_back_with_every_field() {
        OrderRecord order = order("c1", OrderStatus.REJECTED, "BTC-IRR", T0);
        store().commit(new StoreBatch().order(order));

        assertEquals(order, store().findOrder("c1").orElseThrow());
        assertTrue(store().findOrder("nope").isEmpty());
    }

    @Test
    void an_order_is_found_by_its_venue_id_on_its_venue_only() {
        OrderRecord order = order("c1", OrderStatus.ACTIVE, "BTC-IRR", T0);
        store().commit(new StoreBatch().order(order));

        assertEquals(order, store().findOrderByVenueId("sim", "ord_c1").orElseThrow());
        assertTrue(store().findOrderByVenueId("nami", "ord_c1").isEmpty());
        assertTrue(store().findOrderByVenueId("sim", "ord_c2").isEmpty());
    }

    @Test
    void committing_an_order_again_replaces_it() {
        store().commit(new StoreBatch().order(order("c1", OrderStatus.ACTIVE, "BTC-IRR", T0)));
        OrderRecord filled = order("c1", OrderStatus.FILLED, "BTC-IRR", T0);
        store().commit(new StoreBatch().order(filled));

        assertEquals(List.of(filled), store().orders(OrderQuery.all()));
    }

    @Test
    void orders_are_filtered_and_oldest_first_and_live_ones_are_listed_per_venue() {
        OrderRecord second = order("c2", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(10));
        OrderRecord first = order("c1", OrderStatus.FILLED, "BTC-IRR", T0);
        OrderRecord other = order("c3", OrderStatus.NEW, "ETH-IRR", T0.plusSeconds(20));
        store().commit(new StoreBatch().order(second).order(first).order(other));

        assertEquals(List.of(first, second, other), store().orders(OrderQuery.all()));
        assertEquals(List.of(second), store().orders(new OrderQuery(null, OrderStatus.ACTIVE, "BTC-IRR", null)));
        assertEquals(List.of(other), store().orders(new OrderQuery("sim", null, "ETH-IRR", "grid-1")));
        assertEquals(List.of(first, second), store().orders(new OrderQuery(null, null, " btc-irr ", null)),
                "a symbol in another letter case, around spaces, found nothing");
        assertEquals(List.of("c2", "c3"), store().liveOrders("sim").stream().map(OrderRecord::clientOrderId).sorted().toList());
        assertTrue(store().liveOrders("nobitex").isEmpty());
    }

    /** GET /api/orders built every order ever placed into one answer: 7 MB for 14,000, out of memory in months. */
    @Test
    void the_latest_orders_are_the_newest_of_the_query_oldest_first() {
        OrderRecord second = order("c2", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(10));
        OrderRecord first = order("c1", OrderStatus.FILLED, "BTC-IRR", T0);
        OrderRecord other = order("c3", OrderStatus.NEW, "ETH-IRR", T0.plusSeconds(20));
        OrderRecord sameTime = order("c4", OrderStatus.FILLED, "BTC-IRR", T0.plusSeconds(20));
        store().commit(new StoreBatch().order(second).order(first).order(other).order(sameTime));

        assertEquals(List.of(other, sameTime), store().latestOrders(OrderQuery.all(), 2), "ties by client order id");
        assertEquals(List.of(first, second, other, sameTime), store().latestOrders(OrderQuery.all(), 10));
        assertEquals(List.of(first, sameTime), store().latestOrders(new OrderQuery(null, OrderStatus.FILLED, null, null), 5));
        assertEquals(List.of(sameTime), store().latestOrders(new OrderQuery(null, null, "btc-irr", null), 1));
    }

    /** The Orders API's list: a wallet's orders filtered, counted and paged by the store. */
    @Test
    void a_page_of_orders_is_filtered_counted_and_cut_by_the_store() {
        OrderRecord first = order("c1", OrderStatus.FILLED, "BTC-IRR", T0);
        OrderRecord second = order("c2", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(10));
        OrderRecord third = order("c3", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(20));
        OrderRecord sold = withSideAndAccount(order("c4", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(30)), Side.SELL,
                "wallet_456");
        OrderRecord elsewhere = withSideAndAccount(order("c5", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(40)), Side.BUY,
                "wallet_789");
        store().commit(new StoreBatch().order(third).order(elsewhere).order(first).order(sold).order(second));
        OrderQuery wallet = new OrderQuery("sim", null, null, null, "wallet_456", null, null, null);

        assertEquals(new OrderPage(List.of(second, third), 4), store().orderPage(wallet, 1, 2));
        assertEquals(new OrderPage(List.of(), 4), store().orderPage(wallet, 4, 10));
        assertEquals(new OrderPage(List.of(), 4), store().orderPage(wallet, Integer.MAX_VALUE, 100));
        assertEquals(new OrderPage(List.of(sold), 1), store().orderPage(
                new OrderQuery("sim", null, null, null, "wallet_456", Side.SELL, null, null), 0, 10));
        assertEquals(new OrderPage(List.of(second, third), 2), store().orderPage(new OrderQuery("sim", null, null, null,
                "wallet_456", Side.BUY, T0.plusSeconds(10), T0.plusSeconds(20)), 0, 10), "both ends of the range included");
        assertEquals(new OrderPage(List.of(third, sold, elsewhere), 5), store().orderPage(OrderQuery.all(), 2, 100));
    }

    private static OrderRecord withSideAndAccount(OrderRecord o, Side side, String account) {
        return new OrderRecord(o.clientOrderId(), o.venue(), o.venueOrderId(), o.strategyInstance(), o.reason(), o.userId(),
                account, o.symbol(), side, o.type(), o.price(), o.quantity(), o.filled(), o.timeInForce(), o.status(),
                o.stopPrice(), o.expireAt(), o.rejectionReasons(), o.brokerId(), o.sessionId(), o.holdId(),
                o.cancelRequested(), o.createdAt(), o.updatedAt());
    }

    /** The dashboard's recent fills after a restart: the newest of every venue, never the whole history. */
    @Test
    void the_latest_fills_are_the_newest_of_every_venue_oldest_first() {
        FillRecord early = fill("t1", "c1");
        FillRecord late = at(fill("t2", "c1"), T0.plusSeconds(120));
        FillRecord third = at(fill("t3", "c1"), T0.plusSeconds(180));
        FillRecord elsewhere = new FillRecord("nobitex", "t4", "c2", "grid-2", "main", "BTC-IRT", Side.SELL,
                new BigDecimal("1000"), BigDecimal.ONE, BigDecimal.ONE, "IRR", T0.plusSeconds(240));
        store().commit(new StoreBatch().order(order("c1", OrderStatus.FILLED, "BTC-IRR", T0))
                .order(order("c2", OrderStatus.FILLED, "BTC-IRR", T0)).fill(elsewhere).fill(late).fill(early).fill(third));

        assertEquals(List.of(third, elsewhere), store().latestFills(2));
        assertEquals(List.of(early, late, third, elsewhere), store().latestFills(100));
    }

    /** An order's trades, as the Orders API answers them: its own fills only, oldest first. */
    @Test
    void the_fills_of_one_order_are_its_own_oldest_first() {
        FillRecord late = at(fill("t1", "c1"), T0.plusSeconds(120));
        FillRecord early = at(fill("t9", "c1"), T0.plusSeconds(30));
        FillRecord another = fill("t2", "c2");
        store().commit(new StoreBatch().order(order("c1", OrderStatus.FILLED, "BTC-IRR", T0))
                .order(order("c2", OrderStatus.FILLED, "BTC-IRR", T0)).fill(late).fill(another).fill(early));

        assertEquals(List.of(early, late), store().fillsOf("c1"));
        assertEquals(List.of(another), store().fillsOf("c2"));
        assertTrue(store().fillsOf("c3").isEmpty());
    }

    private static FillRecord at(FillRecord fill, Instant time) {
        return new FillRecord(fill.venue(), fill.tradeId(), fill.clientOrderId(), fill.strategyInstance(), fill.account(),
                fill.symbol(), fill.side(), fill.price(), fill.quantity(), fill.fee(), fill.feeAsset(), time);
    }

    @Test
    void a_duplicate_fill_is_refused_and_nothing_of_its_batch_is_written() {
        store().commit(new StoreBatch().order(order("c1", OrderStatus.PARTIAL, "BTC-IRR", T0)).fill(fill("t1", "c1")));
        OrderRecord changed = order("c1", OrderStatus.FILLED, "BTC-IRR", T0);

        assertThrows(StoreException.class, () -> store().commit(new StoreBatch().order(changed).fill(fill("t1", "c1"))
                .event(new OrderEvent("c1", OrderEventType.FILL, null, null, "again", T0))));

        assertEquals(OrderStatus.PARTIAL, store().findOrder("c1").orElseThrow().status());
        assertEquals(List.of(fill("t1", "c1")), store().fills(null));
        assertTrue(store().events("c1").isEmpty());
        assertTrue(store().hasFill("sim", "t1"));
        assertFalse(store().hasFill("nobitex", "t1"));
    }

    @Test
    void holds_are_replaced_and_released() {
        HoldRecord hold = new HoldRecord("c1", "sim", "wallet_456", "IRR", new BigDecimal("500500000"), T0);
        HoldRecord smaller = new HoldRecord("c1", "sim", "wallet_456", "IRR", new BigDecimal("300300000.00005"), T0);
        HoldRecord other = new HoldRecord("c2", "sim", "wallet_456", "BTC", new BigDecimal("0.3"), T0);
        store().commit(new StoreBatch().hold(hold).hold(other));
        store().commit(new StoreBatch().hold(smaller));
        assertEquals(List.of(smaller, other), store().holds("sim"));

        store().commit(new StoreBatch().releaseHold("c1"));
        assertEquals(List.of(other), store().holds(null));
    }

    @Test
    void balances_and_trade_cursors_are_replaced() {
        store().commit(new StoreBatch().balance(new BalanceRecord("sim", "main", "IRR", new BigDecimal("10"), BigDecimal.ZERO, T0))
                .tradeCursor("sim", "main", "17"));
        BalanceRecord later = new BalanceRecord("sim", "main", "IRR", new BigDecimal("7"), new BigDecimal("3"), T0.plusSeconds(1));
        store().commit(new StoreBatch().balance(later).tradeCursor("sim", "main", "42"));

        assertEquals(List.of(later), store().balances("sim"));
        assertEquals("42", store().tradeCursor("sim", "main").orElseThrow());
        assertTrue(store().tradeCursor("sim", "other").isEmpty());
    }

    @Test
    void the_journal_keeps_commit_order() {
        OrderEvent submitted = new OrderEvent("c1", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0);
        OrderEvent placed = new OrderEvent("c1", OrderEventType.PLACED, OrderStatus.NEW, OrderStatus.ACTIVE, null, T0);
        OrderEvent filled = new OrderEvent("c1", OrderEventType.FILL, OrderStatus.ACTIVE, OrderStatus.FILLED, "trade t1", T0);
        store().commit(new StoreBatch().event(submitted).event(placed));
        store().commit(new StoreBatch().event(filled));

        assertEquals(List.of(submitted, placed, filled), store().events("c1"));
    }

    @Test
    void positions_are_replaced_per_strategy_and_symbol_and_listed_per_venue_without_the_fills() {
        PositionRecord first = new PositionRecord("sim", "grid-1", "BTC-IRR", new BigDecimal("0.5"),
                new BigDecimal("500000000"), BigDecimal.ZERO, null, BigDecimal.ZERO);
        PositionRecord later = new PositionRecord("sim", "grid-1", "BTC-IRR", new BigDecimal("-0.2"),
                new BigDecimal("-199800000.000000000000000001"), new BigDecimal("-1540000.25"),
                LocalDate.of(2025, 12, 30), new BigDecimal("-1540000.25"));
        PositionRecord other = new PositionRecord("sim", "dca-1", "ETH-IRR", new BigDecimal("3"),
                new BigDecimal("300"), BigDecimal.ZERO, LocalDate.of(2025, 12, 29), BigDecimal.ZERO);
        PositionRecord elsewhere = new PositionRecord("nobitex", "grid-1", "BTC-IRR", BigDecimal.ONE,
                BigDecimal.TEN, BigDecimal.ZERO, null, BigDecimal.ZERO);
        store().commit(new StoreBatch().position(first).position(elsewhere).fill(fill("t1", "c1")));
        store().commit(new StoreBatch().position(other).position(later));

        assertEquals(List.of(other, later), store().positions("sim"));
        assertEquals(List.of(elsewhere), store().positions("nobitex"));
        assertTrue(store().positions("nami").isEmpty());
        assertTrue(store().hasFills("sim"));
        assertFalse(store().hasFills("nobitex"));
    }
}
