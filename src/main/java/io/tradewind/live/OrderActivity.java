package io.tradewind.live;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.InstanceMonitor;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance's orders as the operator follows them: one INFO line per state change with the
 * instance id and client order id, counts of placed, filled, rejected and cancelled orders, and
 * the same news to the {@link InstanceMonitor}. Hears only the instance's own orders.
 */
public final class OrderActivity implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(OrderActivity.class.getName());
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
        LOG.log(Level.INFO, "instance {0}: order {1} {2} ({3} {4} {5} {6}{7}, filled {8}){9}", instance,
                order.clientOrderId(), order.status().wireName(), order.side().wireName(), order.type().wireName(),
                Decimals.format(order.quantity()), order.symbol(),
                order.price() == null ? "" : " @ " + Decimals.format(order.price()), Decimals.format(order.filled()),
                order.rejectionReasons().isEmpty() ? "" : ": " + order.rejectionReasons());
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
        if (fill.strategyInstance().equals(instance)) {
            LOG.log(Level.INFO, "instance {0}: order {1} fill {2} {3} @ {4}, fee {5} {6}", instance, fill.clientOrderId(),
                    fill.side().wireName(), Decimals.format(fill.quantity()), Decimals.format(fill.price()),
                    Decimals.format(fill.fee()), fill.feeAsset());
        }
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
