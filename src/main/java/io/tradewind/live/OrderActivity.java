package io.tradewind.live;

import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.InstanceMonitor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance's orders as the operator counts them: placed, filled, rejected and cancelled, here
 * and in the {@link InstanceMonitor} (the log lines are the venue's {@link OrderLog}'s). Hears only
 * the instance's own orders.
 */
public final class OrderActivity implements ExecutionListener {

    private static final int ENDED_REMEMBERED = 10_000;

    private final String instance;
    private final InstanceMonitor monitor;
    private final Map<String, OrderStatus> seen = new HashMap<>();
    /** The latest orders that ended, so that a repeated report of one is not counted again; bounded. */
    private final Map<String, Boolean> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > ENDED_REMEMBERED;
        }
    };
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong filled = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();

    public OrderActivity(String instance, InstanceMonitor monitor) {
        this.instance = instance;
        this.monitor = monitor;
    }

    @Override
    public synchronized void orderChanged(OrderRecord order) {
        if (!order.strategyInstance().equals(instance) || ended.containsKey(order.clientOrderId())) {
            // an ended order reported again (a venue that says filled before its trade arrives, then
            // with the trade) is no new change: counted twice it made one fill two
            return;
        }
        OrderStatus before = seen.put(order.clientOrderId(), order.status());
        if (before == order.status()) {
            return;
        }
        count(before, order.status());
        if (order.status().isTerminal()) {
            seen.remove(order.clientOrderId());
            ended.put(order.clientOrderId(), Boolean.TRUE);
        }
    }

    /**
     * Counts the change here and in the monitor under the same names, so the API's counts and the
     * metrics agree: an order first seen working or filled (a market order fills before the
     * service hears it was accepted) counts as placed, then as what ended it.
     */
    private void count(OrderStatus before, OrderStatus now) {
        boolean notYetPlaced = before == null || before == OrderStatus.NEW;
        switch (now) {
            case REJECTED -> report(rejected, "rejected");
            case CANCELLED, EXPIRED -> report(cancelled, "cancelled");
            case FILLED -> {
                if (notYetPlaced) {
                    report(placed, "placed");
                }
                report(filled, "filled");
            }
            case NEW -> {
            }
            default -> {
                if (notYetPlaced) {
                    report(placed, "placed");
                }
            }
        }
    }

    private void report(AtomicLong count, String change) {
        count.incrementAndGet();
        monitor.orderChanged(instance, change);
    }

    @Override
    public void filled(FillRecord fill) {
        // fills count through the order's status; the venue's OrderLog writes their lines
    }

    public long placed() {
        return placed.get();
    }

    public long filled() {
        return filled.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long cancelled() {
        return cancelled.get();
    }
}
