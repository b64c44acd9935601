package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.ExecutionStoreContractTest;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderPage;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.StoreBatch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract against the database store (H2 in memory in the test profile). */
@QuarkusTest
class DatabaseExecutionStoreTest extends ExecutionStoreContractTest {

    @Inject
    DatabaseExecutionStore store;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyTables() {
        StoreTables.empty(store, entityManager);
    }

    @Override
    protected ExecutionStore store() {
        return store;
    }

    /** Any store's write that found the disk full makes this store's writes fail (for readiness) until one succeeds. */
    @Test
    void writesFailForLackOfSpaceUntilACommitSucceeds() {
        String said = RootCause.of(new SQLException("Writing to nio:tradewind.mv.db failed",
                new IOException("No space left on device")));

        assertEquals(Optional.of(said), store.writeFailure());
        assertTrue(said.contains("free space"), said);

        store.commit(new StoreBatch().order(order("c1", OrderStatus.ACTIVE, "BTC-IRR", Instant.EPOCH)));
        assertEquals(Optional.empty(), store.writeFailure());
    }

    /**
     * A status alone is looked up venue by venue (the index's order): the orders of every venue that have it,
     * listed, limited and paged as one history by creation.
     */
    @Test
    void ordersOfOneStatusAreFoundOnEveryVenue() {
        store.commit(new StoreBatch().order(order("a1", OrderStatus.ACTIVE, "BTC-IRR", T0))
                .order(order("a2", OrderStatus.FILLED, "BTC-IRR", T0.plusSeconds(1)))
                .order(onVenue("other-venue", order("b1", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(2))))
                .order(onVenue("other-venue", order("b2", OrderStatus.CANCELLED, "BTC-IRR", T0.plusSeconds(3))))
                .order(order("a3", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(4)))
                .order(onVenue("other-venue", order("b3", OrderStatus.ACTIVE, "BTC-IRR", T0.plusSeconds(5)))));
        OrderQuery active = new OrderQuery(null, OrderStatus.ACTIVE, null, null);

        assertEquals(List.of("a1", "b1", "a3", "b3"), ids(store.orders(active)));
        assertEquals(List.of("a3", "b3"), ids(store.latestOrders(active, 2)));
        assertEquals(List.of("a1", "b1", "a3", "b3"), ids(store.latestOrders(active, 10)));
        OrderPage page = store.orderPage(active, 1, 2);
        assertEquals(List.of("b1", "a3"), ids(page.orders()));
        assertEquals(4, page.total());
        assertEquals(List.of("b3"), ids(store.orderPage(active, 3, 2).orders()));
        assertEquals(List.of("b2"), ids(store.orders(new OrderQuery(null, OrderStatus.CANCELLED, null, null))));
        assertEquals(List.of(), ids(store.orders(new OrderQuery(null, OrderStatus.REJECTED, null, null))));
    }

    private static List<String> ids(List<OrderRecord> orders) {
        return orders.stream().map(OrderRecord::clientOrderId).toList();
    }

    /** An order of the contract's, for the tests of this package. */
    static OrderRecord anOrder(String id, OrderStatus status, Instant createdAt) {
        return order(id, status, "BTC-IRR", createdAt);
    }

    /** A fill of the contract's, for the tests of this package. */
    static FillRecord aFill(String tradeId, String clientOrderId) {
        return fill(tradeId, clientOrderId);
    }

    static OrderRecord onVenue(String venue, OrderRecord o) {
        return new OrderRecord(o.clientOrderId(), venue, o.venueOrderId(), o.strategyInstance(), o.reason(), o.userId(),
                o.account(), o.symbol(), o.side(), o.type(), o.price(), o.quantity(), o.filled(), o.timeInForce(),
                o.status(), o.stopPrice(), o.expireAt(), o.rejectionReasons(), o.brokerId(), o.sessionId(), o.holdId(),
                o.cancelRequested(), o.createdAt(), o.updatedAt());
    }
}
