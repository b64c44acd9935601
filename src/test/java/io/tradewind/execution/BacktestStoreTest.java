package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backtest's store ({@link InMemoryExecutionStore#forBacktest()}): everything a backtest reads is
 * kept — open orders, every fill, holds — while the journal is not, and finished orders and their
 * fills' trade ids only until the runner says the venue has delivered all their news; reading the
 * journal it did not keep is refused plainly.
 */
class BacktestStoreTest {

    private static final Instant T0 = ExecutionStoreContractTest.T0;

    private static OrderRecord order(String id, OrderStatus status) {
        return ExecutionStoreContractTest.order(id, status, "BTC-IRR", T0);
    }

    private static FillRecord fill(String tradeId, String clientOrderId) {
        return ExecutionStoreContractTest.fill(tradeId, clientOrderId);
    }

    @Test
    void keepsTheJournalOfAnOrderUntilTheOrderIsForgotten() {
        InMemoryExecutionStore store = InMemoryExecutionStore.forBacktest();
        HoldRecord hold = new HoldRecord("bt1", "sim", "backtest", "USD", new BigDecimal("100"), T0);
        OrderEvent submitted = new OrderEvent("bt1", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0);
        OrderEvent otherSubmitted = new OrderEvent("bt2", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0);
        OrderEvent filled = new OrderEvent("bt1", OrderEventType.STATUS, OrderStatus.NEW, OrderStatus.FILLED, null, T0);
        store.commit(new StoreBatch().order(order("bt1", OrderStatus.NEW)).hold(hold).event(submitted)
                .order(order("bt2", OrderStatus.ACTIVE)).event(otherSubmitted));
        store.commit(new StoreBatch().order(order("bt1", OrderStatus.FILLED)).event(filled));

        assertEquals(List.of(hold), store.holds("sim"));
        assertEquals(List.of(submitted, filled), store.events("bt1"));
        store.forgetFinishedOrders();
        assertEquals(List.of(), store.events("bt1"), "forgotten with its order, as an order never placed");
        assertEquals(List.of(otherSubmitted), store.events("bt2"), "the open order's journal stays");

        store.commit(new StoreBatch().event(filled));
        store.commit(new StoreBatch().order(order("bt2", OrderStatus.CANCELLED)));
        store.forgetFinishedOrders();
        assertEquals(List.of(), store.events("bt1"), "an event of a forgotten order told late goes at the next forgetting");
        assertEquals(List.of(), store.events("bt2"));
    }

    @Test
    void anOpenOrderAndItsFillsAreKeptAndADuplicateFillRefused() {
        InMemoryExecutionStore store = InMemoryExecutionStore.forBacktest();
        OrderRecord partly = order("bt1", OrderStatus.PARTIAL);
        store.commit(new StoreBatch().order(partly).fill(fill("t1", "bt1")));
        store.forgetFinishedOrders();

        assertEquals(partly, store.findOrder("bt1").orElseThrow());
        assertEquals(List.of(partly), store.liveOrders("sim"));
        assertTrue(store.hasFill("sim", "t1"));
        assertThrows(StoreException.class, () -> store.commit(new StoreBatch().fill(fill("t1", "bt1"))));
    }

    @Test
    void aFinishedOrderIsKeptUntilTheStoreIsToldToForgetThenForgottenWithItsTradeIdsButItsFillsStay() {
        InMemoryExecutionStore store = InMemoryExecutionStore.forBacktest();
        store.commit(new StoreBatch().order(order("bt1", OrderStatus.PARTIAL)).fill(fill("t1", "bt1"))
                .order(order("bt2", OrderStatus.ACTIVE)));
        OrderRecord filled = order("bt1", OrderStatus.FILLED);
        store.commit(new StoreBatch().order(filled).fill(fill("t2", "bt1")).fill(fill("t3", "bt2")));

        assertEquals(filled, store.findOrder("bt1").orElseThrow(), "kept: the venue's report of it may still come");
        assertTrue(store.hasFill("sim", "t2"));

        store.forgetFinishedOrders();
        assertTrue(store.findOrder("bt1").isEmpty());
        assertEquals(List.of("bt2"), store.orders(OrderQuery.all()).stream().map(OrderRecord::clientOrderId).toList());
        assertFalse(store.hasFill("sim", "t1"));
        assertFalse(store.hasFill("sim", "t2"));
        assertTrue(store.hasFill("sim", "t3"), "the open order's fill is still refused twice");
        assertEquals(List.of("t1", "t2", "t3"), store.fills("sim").stream().map(FillRecord::tradeId).toList());
        assertTrue(store.hasFills("sim"));
    }

    @Test
    void theDefaultStoreKeepsFinishedOrdersTheirTradeIdsAndTheJournal() {
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        OrderEvent submitted = new OrderEvent("bt1", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0);
        OrderRecord filled = order("bt1", OrderStatus.FILLED);
        store.commit(new StoreBatch().order(filled).fill(fill("t1", "bt1")).event(submitted));
        store.forgetFinishedOrders();

        assertEquals(filled, store.findOrder("bt1").orElseThrow());
        assertTrue(store.hasFill("sim", "t1"));
        assertEquals(List.of(submitted), store.events("bt1"));
    }
}
