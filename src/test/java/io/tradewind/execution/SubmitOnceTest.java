package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Side;
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
