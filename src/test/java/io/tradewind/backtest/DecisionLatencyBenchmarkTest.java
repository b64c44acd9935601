package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latency benchmark does the work it reports: every order placed, accepted, timed after the warm-up, cancelled. */
class DecisionLatencyBenchmarkTest {

    @Test
    void countsAddUpAndTheStoreHoldsEveryOrderCancelled() {
        InMemoryExecutionStore store = new InMemoryExecutionStore();

        DecisionLatencyBenchmark.Result result = DecisionLatencyBenchmark.run(store, 50, 200);

        assertEquals(50, result.warmups());
        assertEquals(250, result.placed());
        assertEquals(250, result.accepted());
        assertEquals(250, result.cancelled());
        assertEquals(200, result.latencies().getTotalCount());
        assertTrue(result.latencies().getMinValue() > 0, "every recorded latency is a measured time");
        assertEquals(200, result.cpu().getTotalCount(), "every timed call's CPU time is recorded");
        assertTrue(result.cpu().getMaxValue() > 0, "the timed calls' CPU time is measured");
        assertTrue(result.slow() <= 200 && result.slowInCollection() <= result.slow(), result.toString());
        assertTrue(result.activity().collections() >= 0 && result.activity().compileMillis() >= 0, result.toString());
        List<OrderRecord> orders = store.orders(OrderQuery.all());
        assertEquals(250, orders.size());
        assertTrue(orders.stream().allMatch(o -> o.status() == OrderStatus.CANCELLED), orders.toString());
        assertTrue(orders.stream().allMatch(o -> o.account().equals(DecisionLatencyBenchmark.ACCOUNT)));
        assertEquals(List.of(), store.holds(null), "cancelling released every hold");
    }

    @Test
    void noOrdersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DecisionLatencyBenchmark.run(new InMemoryExecutionStore(), 0, 0));
    }
}
