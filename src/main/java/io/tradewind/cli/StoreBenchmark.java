package io.tradewind.cli;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.OrderEventType;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.StoreBatch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Order lifecycles written to a store the way the execution service writes them: per order four
 * journal events (submitted with its hold, placed, a partial fill, the final fill releasing the
 * hold), each with the order row and the hold or fill it changes. {@code ordersPerCommit} orders
 * go through each step in one commit; 1 means one event per commit (the write-ahead path).
 */
final class StoreBenchmark {

    /**
     * One timed run. {@code cpuNanos} is the CPU time of the writing thread: on a machine shared
     * with other work, wall time measures the contention as much as the store.
     */
    record Result(String store, int ordersPerCommit, long events, long commits, long nanos, long cpuNanos) {

        @Override
        public String toString() {
            return String.format("%-8s orders/commit=%-4d events=%-8d commits=%-6d wall %7.0f ms %,11.0f events/s"
                    + " | thread cpu %7.0f ms %,11.0f events/s", store, ordersPerCommit, events, commits,
                    nanos / 1e6, events * 1e9 / nanos, cpuNanos / 1e6, events * 1e9 / cpuNanos);
        }
    }

    private static final BigDecimal PRICE = new BigDecimal("100000000000");
    private static final BigDecimal QUANTITY = new BigDecimal("0.12345678");
    private static final BigDecimal PART = new BigDecimal("0.02345678");
    private static final BigDecimal REST = QUANTITY.subtract(PART);
    // the workload's amounts are the same for every order: computed once, so the timing is the store's
    private static final BigDecimal FEE_FACTOR = new BigDecimal("1.001");
    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");
    private static final BigDecimal HOLD_FULL = QUANTITY.multiply(PRICE).multiply(FEE_FACTOR);
    private static final BigDecimal HOLD_REST = REST.multiply(PRICE).multiply(FEE_FACTOR);
    private static final BigDecimal FEE_PART = PART.multiply(PRICE).multiply(FEE_RATE);
    private static final BigDecimal FEE_REST = REST.multiply(PRICE).multiply(FEE_RATE);

    private final String prefix;
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    StoreBenchmark(String prefix) {
        this.prefix = prefix;
    }

    Result run(String storeName, ExecutionStore store, int orders, int ordersPerCommit) {
        long commits = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (int first = 0; first < orders; first += ordersPerCommit) {
            int last = Math.min(orders, first + ordersPerCommit);
            List<OrderRecord> batchOrders = new ArrayList<>(last - first);
            for (int i = first; i < last; i++) {
                batchOrders.add(fresh(i));
            }
            for (int step = 0; step < 4; step++) {
                StoreBatch batch = new StoreBatch();
                for (int i = 0; i < batchOrders.size(); i++) {
                    batchOrders.set(i, advance(batchOrders.get(i), step, batch));
                }
                store.commit(batch);
                commits++;
            }
        }
        long nanos = System.nanoTime() - begin;
        return new Result(storeName, ordersPerCommit, orders * 4L, commits, nanos,
                threads.getCurrentThreadCpuTime() - cpuBegin);
    }

    private OrderRecord fresh(int i) {
        Instant at = start.plusMillis(i);
        return new OrderRecord(prefix + i, "bench", null, "bench", null, null, "main", "BTC-IRR", Side.BUY, OrderType.LIMIT,
                PRICE, QUANTITY, BigDecimal.ZERO, TimeInForce.GOOD_TILL_CANCELED, OrderStatus.NEW, null, null, List.of(),
                null, null, null, false, at, at);
    }

    private static OrderRecord advance(OrderRecord order, int step, StoreBatch batch) {
        Instant at = order.updatedAt().plusMillis(1);
        String id = order.clientOrderId();
        OrderRecord next;
        switch (step) {
            case 0 -> {
                next = order;
                batch.hold(hold(order, HOLD_FULL, at));
            }
            case 1 -> next = order.withStatus(OrderStatus.ACTIVE, null, at);
            case 2 -> {
                next = order.withFilled(PART, at).withStatus(OrderStatus.PARTIAL, null, at);
                batch.fill(fill(order, "p", PART, FEE_PART, at));
                batch.hold(hold(order, HOLD_REST, at));
            }
            default -> {
                next = order.withFilled(QUANTITY, at).withStatus(OrderStatus.FILLED, null, at);
                batch.fill(fill(order, "f", REST, FEE_REST, at));
                batch.releaseHold(id);
            }
        }
        OrderEventType type = switch (step) {
            case 0 -> OrderEventType.SUBMITTED;
            case 1 -> OrderEventType.PLACED;
            default -> OrderEventType.FILL;
        };
        batch.order(next).event(new OrderEvent(id, type, order.status(), next.status(), null, at));
        return next;
    }

    private static HoldRecord hold(OrderRecord order, BigDecimal amount, Instant at) {
        return new HoldRecord(order.clientOrderId(), order.venue(), order.account(), "IRR", amount, at);
    }

    private static FillRecord fill(OrderRecord order, String suffix, BigDecimal quantity, BigDecimal fee, Instant at) {
        return new FillRecord(order.venue(), order.clientOrderId() + suffix, order.clientOrderId(), "bench",
                order.account(), order.symbol(), order.side(), PRICE, quantity, fee, "IRR", at);
    }
}
