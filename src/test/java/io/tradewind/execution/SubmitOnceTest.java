package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** An order submitted under the caller's client order id (an Orders API idempotency key) is placed once. */
class SubmitOnceTest {

    private static final OrderIntent BUY = OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.1");

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();

    @Test
    void an_id_submitted_again_answers_its_order_and_sends_nothing_also_after_a_restart() {
        ExecutionService before = Fixtures.service(venue, store, RiskConfig.none(), clock);
        SubmitResult first = before.submitOnceForUser("orders-api:alice", "alice", "k0123", BUY);
        SubmitResult again = before.submitOnceForUser("orders-api:alice", "alice", "k0123", BUY);

        ExecutionService after = new ExecutionService(venue, store, Fixtures.INSTRUMENTS, RiskConfig.none(),
                Fixtures.settings(clock));
        after.start();
        SubmitResult afterRestart = after.submitOnceForUser("orders-api:alice", "alice", "k0123", BUY);

        assertEquals(SubmitResult.Outcome.SENT, first.outcome());
        assertEquals("k0123", first.order().clientOrderId());
        assertEquals(SubmitResult.Outcome.EXISTING, again.outcome());
        assertEquals(SubmitResult.Outcome.EXISTING, afterRestart.outcome());
        assertEquals(first.order().clientOrderId(), afterRestart.order().clientOrderId());
        assertEquals(1, venue.placeCalls("k0123"));
        assertEquals(1, venue.orderCount());
        assertEquals(1, store.orders(OrderQuery.all()).size());
    }

    /**
     * A request sent again while the first is at the venue waits for its answer: told of the
     * order at once, it would be told of an order whose placement then failed. Latches, no timing.
     */
    @Test
    void the_order_of_an_id_whose_placement_is_at_the_venue_is_read_once_the_venue_answered() throws Exception {
        CountDownLatch atTheVenue = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        OrderGateway unreachable = new SynchronizedVenue(venue) {
            @Override
            public VenueOrder place(OrderRequest request) throws VenueException {
                atTheVenue.countDown();
                try {
                    answer.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new VenueException("connection refused", false, null);
            }
        };
        ExecutionService service = new ExecutionService(unreachable, store, Fixtures.INSTRUMENTS, RiskConfig.none(),
                Fixtures.settings(clock));
        service.start();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<SubmitResult> first = threads.submit(() -> service.submitOnceForUser("orders-api:alice", "alice", "k0125", BUY));
            assertTrue(atTheVenue.await(20, TimeUnit.SECONDS));
            Future<Optional<OrderRecord>> again = threads.submit(() -> service.settledOrder("k0125"));
            assertThrows(TimeoutException.class, () -> again.get(200, TimeUnit.MILLISECONDS), "told before the venue answered");

            answer.countDown();

            assertEquals(List.of(RejectionReason.NOT_PLACED), first.get(20, TimeUnit.SECONDS).order().rejectionReasons());
            assertEquals(List.of(RejectionReason.NOT_PLACED), again.get(20, TimeUnit.SECONDS).orElseThrow().rejectionReasons());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_refused_order_is_answered_again_as_refused_without_a_second_check() {
        ExecutionService service = Fixtures.service(venue, store, RiskConfig.none(), clock);
        OrderIntent tooBig = OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "1000000");
        SubmitResult refused = service.submitOnceForUser("orders-api:alice", "alice", "k0124", tooBig);
        SubmitResult again = service.submitOnceForUser("orders-api:alice", "alice", "k0124", tooBig);

        assertEquals(SubmitResult.Outcome.REFUSED, refused.outcome());
        assertEquals(SubmitResult.Outcome.EXISTING, again.outcome());
        assertEquals(refused.order().rejectionReasons(), again.order().rejectionReasons());
        assertEquals(0, venue.placeCalls("k0124"));
    }
}
