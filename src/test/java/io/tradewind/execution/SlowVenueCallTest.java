package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A venue call that hangs for one strategy instance's order delays only that order: other
 * instances submit, cancel and query meanwhile, and a report of another order is applied; a report
 * of the hanging order itself waits for its answer, so it never overtakes it. Latches, no timing:
 * the timeouts only bound a failure.
 */
class SlowVenueCallTest {

    private static final long BOUND_SECONDS = 20;

    /** The first place request reaches the venue, then its answer waits for {@link #release}. */
    private static final class HangingVenue extends SynchronizedVenue {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private boolean hung;

        HangingVenue(FakeVenue venue) {
            super(venue);
        }

        @Override
        public VenueOrder place(OrderRequest request) throws VenueException {
            VenueOrder answer = super.place(request);
            boolean hangThisOne;
            synchronized (this) {
                hangThisOne = !hung;
                hung = true;
            }
            if (hangThisOne) {
                entered.countDown();
                try {
                    release.await(BOUND_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer;
        }
    }

    private final MutableClock clock = Fixtures.clock();
    private final HangingVenue venue = new HangingVenue(Fixtures.richVenue());
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final List<String> published = new ArrayList<>();
    private final ExecutionService service = new ExecutionService(venue, store, Fixtures.INSTRUMENTS,
            RiskConfig.none(), Fixtures.settings(clock));

    /** Waits until the thread is parked: the push is blocked on its order's lock. */
    private static void awaitParked(Thread thread) throws InterruptedException {
        for (int i = 0; i < 20_000 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(1);
        }
        assertEquals(Thread.State.WAITING, thread.getState(), "the pushed report waits");
    }

    @AfterEach
    void stop() {
        venue.release.countDown();
        threads.shutdownNow();
    }

    @Test
    void another_instance_submits_cancels_and_queries_while_one_instances_place_request_hangs() throws Exception {
        service.start();
        Future<SubmitResult> slow = threads.submit(() -> service.submit("slow-1",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")));
        assertTrue(venue.entered.await(BOUND_SECONDS, TimeUnit.SECONDS), "the slow place request reached the venue");

        Future<String> other = threads.submit(() -> {
            OrderRecord resting = service.submit("fast-1",
                    OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "1100000000", "0.2")).order();
            OrderRecord filled = service.submit("fast-1",
                    OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "1200000000", "0.1")).order();
            VenueTrade trade;
            synchronized (venue.venue) {
                trade = venue.venue.fill(filled.clientOrderId(), "0.1", "1200000000");
            }
            service.onTrade(ACCOUNT, trade);
            OrderRecord cancelled = service.cancel(resting.clientOrderId());
            return cancelled.status().wireName() + " " + service.order(filled.clientOrderId()).orElseThrow().status().wireName()
                    + " " + service.liveOrders().size() + " " + service.holds().size() + " "
                    + service.position("fast-1", "BTC-IRR").quantity().toPlainString() + " "
                    + service.available(ACCOUNT, "BTC").toPlainString();
        });

        assertEquals("cancelled filled 1 1 -0.1 9.9", other.get(BOUND_SECONDS, TimeUnit.SECONDS),
                "the other instance's orders were placed, filled and cancelled; the slow order holds its funds");
        assertFalse(slow.isDone(), "the slow order's answer is still out");

        venue.release.countDown();
        assertEquals(OrderStatus.ACTIVE, slow.get(BOUND_SECONDS, TimeUnit.SECONDS).order().status());
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }

    @Test
    void a_report_of_the_hanging_order_waits_for_its_answer_and_each_state_is_published_once() throws Exception {
        service.addListener(new ExecutionListener() {
            @Override
            public void orderChanged(OrderRecord order) {
                published.add(order.status().wireName() + " " + order.filled().toPlainString());
            }

            @Override
            public void filled(FillRecord fill) {
            }
        });
        service.start();
        Future<SubmitResult> slow = threads.submit(() -> service.submit("slow-1",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")));
        assertTrue(venue.entered.await(BOUND_SECONDS, TimeUnit.SECONDS));
        VenueTrade trade;
        synchronized (venue.venue) {
            trade = venue.venue.fill("cid-1", "0.5", "1000000000");
        }
        Thread push = new Thread(() -> service.onOrderUpdate(venue.venue.order("cid-1").orElseThrow()));
        push.start();
        awaitParked(push);
        assertEquals(OrderStatus.NEW, service.order("cid-1").orElseThrow().status(),
                "the pushed report waits for the place answer");

        venue.release.countDown();
        slow.get(BOUND_SECONDS, TimeUnit.SECONDS);
        push.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
        service.onTrade(ACCOUNT, trade);

        assertEquals(OrderStatus.FILLED, store.findOrder("cid-1").orElseThrow().status());
        assertTrue(store.events("cid-1").stream().noneMatch(e -> e.type() == OrderEventType.ILLEGAL_TRANSITION),
                () -> "no report applied out of order: " + store.events("cid-1"));
        // the answer's state is published unless the report's commit came before that publication
        // (changes not yet heard are heard in their latest state), never after it
        assertTrue(published.equals(List.of("active 0", "filled 0.5")) || published.equals(List.of("filled 0.5")),
                () -> "each state at most once, in order: " + published);
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
    }
}
