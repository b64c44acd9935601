package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconciliationLoopTest {

    @Test
    void polls_the_venue_until_closed_and_survives_an_outage() throws Exception {
        FakeVenue venue = Fixtures.richVenue();
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService service = Fixtures.service(venue, store, RiskConfig.none(), Fixtures.clock());
        OrderRecord order = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();

        try (ReconciliationLoop loop = new ReconciliationLoop(service, Duration.ofMillis(10))) {
            venue.unreachable(true);
            loop.start();
            Thread.sleep(50);
            synchronized (service) {
                venue.unreachable(false);
                venue.fill(order.clientOrderId(), "0.5", "1000000000");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (store.findOrder(order.clientOrderId()).orElseThrow().status() != OrderStatus.FILLED
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertEquals(OrderStatus.FILLED, store.findOrder(order.clientOrderId()).orElseThrow().status());
        assertEquals(1, store.fills(null).size());
    }

    @Test
    void refuses_a_zero_interval() {
        assertThrows(IllegalArgumentException.class, () -> new ReconciliationLoop(null, Duration.ZERO));
    }
}
