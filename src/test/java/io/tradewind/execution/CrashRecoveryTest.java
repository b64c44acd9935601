package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process dies (or loses an answer) at each step of placing and filling an order; a new
 * service on the same store and venue must end with one venue order per client order id, every
 * fill recorded once and holds matching the orders.
 */
public class CrashRecoveryTest {

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private CrashableStore store;

    /** The store that survives the simulated crashes; an empty one per test. */
    protected ExecutionStore backingStore() {
        return new InMemoryExecutionStore();
    }

    @BeforeEach
    void createStore() {
        store = new CrashableStore(backingStore());
    }


    private ExecutionService restart() {
        return Fixtures.service(venue, store, RiskConfig.none(), clock);
    }

    private static OrderIntent buyHalfBitcoin() {
        return OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5");
    }

    private void assertConsistent() {
        for (OrderRecord order : store.orders(OrderQuery.all())) {
            assertTrue(venue.placeCalls(order.clientOrderId()) <= 1, "placed twice: " + order.clientOrderId());
        }
        assertEquals(venue.allTrades().size(), store.fills(null).size(), "every venue trade recorded once");
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void crash_after_storing_before_the_venue_call_closes_the_order_as_never_placed() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.CRASH_BEFORE_SEND);
        assertThrows(FakeVenue.SimulatedCrash.class, () -> service.submit("grid-1", buyHalfBitcoin()));
        OrderRecord stored = store.findOrder("cid-1").orElseThrow();
        assertEquals(OrderStatus.NEW, stored.status(), "the write-ahead record is there");

        restart();
        assertEquals(OrderStatus.NEW, store.findOrder("cid-1").orElseThrow().status(),
                "within the grace period a request might still be travelling");
        clock.advance(Fixtures.GRACE.plusSeconds(1));
        restart();

        OrderRecord closed = store.findOrder("cid-1").orElseThrow();
        assertEquals(OrderStatus.REJECTED, closed.status());
        assertEquals(0, venue.placeCalls("cid-1"), "never resubmitted");
        assertEquals(0, venue.orderCount());
        assertConsistent();
    }

    @Test
    void crash_after_the_venue_accepted_adopts_the_venue_order() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.CRASH_AFTER_ACCEPT);
        assertThrows(FakeVenue.SimulatedCrash.class, () -> service.submit("grid-1", buyHalfBitcoin()));
        venue.fill("cid-1", "0.2", "1000000000");

        restart();

        OrderRecord adopted = store.findOrder("cid-1").orElseThrow();
        assertEquals(OrderStatus.PARTIAL, adopted.status());
        assertEquals("grid-1", adopted.strategyInstance(), "still the submitting strategy's order");
        assertEquals(1, venue.orderCount());
        assertEquals(1, venue.placeCalls("cid-1"));
        assertConsistent();
    }

    @Test
    void a_lost_answer_leaves_the_order_unconfirmed_until_reconciliation_finds_it() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.TIMEOUT_AFTER_ACCEPT);
        SubmitResult result = service.submit("grid-1", buyHalfBitcoin());
        assertEquals(SubmitResult.Outcome.UNCONFIRMED, result.outcome());

        service.reconcile();

        assertEquals(OrderStatus.ACTIVE, store.findOrder("cid-1").orElseThrow().status());
        assertEquals(1, venue.placeCalls("cid-1"));
        assertConsistent();
    }

    @Test
    void a_timeout_before_the_venue_got_it_is_closed_after_the_grace_period_not_resent() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.TIMEOUT_BEFORE_ACCEPT);
        assertEquals(SubmitResult.Outcome.UNCONFIRMED, service.submit("grid-1", buyHalfBitcoin()).outcome());

        clock.advance(Duration.ofMinutes(1));
        service.reconcile();

        assertEquals(OrderStatus.REJECTED, store.findOrder("cid-1").orElseThrow().status());
        assertEquals(0, venue.orderCount());
        assertConsistent();
    }

    @Test
    void cancelling_an_unconfirmed_order_follows_it_to_the_venue() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.TIMEOUT_AFTER_ACCEPT);
        service.submit("grid-1", buyHalfBitcoin());
        venue.forget("cid-1");

        assertTrue(service.cancel("cid-1").cancelRequested(), "unknown to the venue yet: the cancel waits");
        venue.placeOutside("cid-1", "BTC-IRR", Side.BUY, "1000000000", "0.5");
        service.reconcile();

        assertEquals(OrderStatus.CANCELLED, store.findOrder("cid-1").orElseThrow().status());
        assertEquals(OrderStatus.CANCELLED, venue.order("cid-1").orElseThrow().status());
        assertConsistent();
    }

    @Test
    void a_refused_connection_closes_the_order_at_once() {
        ExecutionService service = restart();
        venue.failNextPlace(FakeVenue.Failure.REFUSED_CONNECTION);
        SubmitResult result = service.submit("grid-1", buyHalfBitcoin());

        assertEquals(SubmitResult.Outcome.REFUSED, result.outcome());
        assertEquals(OrderStatus.REJECTED, result.order().status());
        assertEquals(List.of(RejectionReason.NOT_PLACED), result.order().rejectionReasons());
        assertTrue(store.holds(null).isEmpty());
        assertConsistent();
    }

    @Test
    void crash_after_a_fill_before_it_was_recorded_records_it_once_on_restart() {
        ExecutionService service = restart();
        service.submit("grid-1", buyHalfBitcoin());
        VenueTrade first = venue.fill("cid-1", "0.2", "1000000000");
        venue.fill("cid-1", "0.3", "1001000000");
        store.crashOnNextCommit();
        assertThrows(FakeVenue.SimulatedCrash.class, () -> service.onTrade(ACCOUNT, first));

        ExecutionService restarted = restart();
        restarted.reconcile();

        OrderRecord order = store.findOrder("cid-1").orElseThrow();
        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(0, new BigDecimal("0.5").compareTo(order.filled()));
        assertEquals(0, new BigDecimal("0.5").compareTo(restarted.position("grid-1", "BTC-IRR").quantity()));
        assertConsistent();
    }

    @Test
    void crash_while_recording_a_reconciled_page_of_trades_loses_nothing() {
        ExecutionService service = restart();
        service.submit("grid-1", buyHalfBitcoin());
        venue.fill("cid-1", "0.1", "1000000000");
        venue.fill("cid-1", "0.1", "1000000000");
        store.crashOnNextCommit();
        assertThrows(FakeVenue.SimulatedCrash.class, service::reconcile);

        restart();

        assertEquals(0, new BigDecimal("0.2").compareTo(store.findOrder("cid-1").orElseThrow().filled()));
        assertConsistent();
    }

    /** A store whose next commit dies before writing anything, like a process killed mid-call. */
    static final class CrashableStore extends ForwardingStore {

        private boolean crashNext;

        CrashableStore(ExecutionStore delegate) {
            super(delegate);
        }

        void crashOnNextCommit() {
            crashNext = true;
        }

        @Override
        public void commit(StoreBatch batch) {
            if (crashNext) {
                crashNext = false;
                throw new FakeVenue.SimulatedCrash("before the batch was committed");
            }
            super.commit(batch);
        }
    }
}
