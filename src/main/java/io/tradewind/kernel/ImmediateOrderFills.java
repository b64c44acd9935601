package io.tradewind.kernel;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;

/**
 * How fully a strategy instance's orders that take liquidity at once filled: those the market cut
 * short ended with part of their quantity unfilled. In a backtest that is the volume cap
 * ({@code max_volume_share}) at work, and a run whose entries filled a fraction of what the strategy
 * asked has figures of much smaller trades than it meant; the report says how many and how much.
 *
 * <p>Counted: market orders, and immediate-or-cancel limits and stop orders that traded. A stop
 * cancelled before its price was reached, or an immediate-or-cancel limit whose price the market
 * did not reach, took nothing: counted as cut short, a strategy replacing an untriggered stop on
 * every candle was said to have its orders cut short by a volume cap it did not set. Nor a market
 * order that ended with nothing filled after the market data ran out (decided on a backtest's last
 * candle, which has no next open): no market was there to cut it. Thread-safe.
 */
public final class ImmediateOrderFills implements ExecutionListener {

    private final String instance;
    private long ended;
    private long cutShort;
    private double filledShareOfCutShort;
    private boolean marketDataEnded;

    ImmediateOrderFills(String instance) {
        this.instance = instance;
    }

    @Override
    public synchronized void orderChanged(OrderRecord order) {
        if (!order.strategyInstance().equals(instance) || !order.status().isTerminal()
                || order.status() == OrderStatus.REJECTED || !immediate(order)) {
            return;
        }
        if (marketDataEnded && order.filled().signum() == 0) {
            return;
        }
        ended++;
        if (order.filled().compareTo(order.quantity()) < 0) {
            cutShort++;
            filledShareOfCutShort += order.filled().doubleValue() / order.quantity().doubleValue();
        }
    }

    @Override
    public void filled(FillRecord fill) {
        // the order's end tells what it filled
    }

    /** The market data ran out: orders that end with nothing filled from now on found no market at all. */
    public synchronized void marketDataEnded() {
        marketDataEnded = true;
    }

    /** Immediate orders that ended (filled, or cut short; not rejected). */
    public synchronized long ended() {
        return ended;
    }

    /** Of those, how many ended with part of their quantity unfilled. */
    public synchronized long cutShort() {
        return cutShort;
    }

    /** The average share of their quantity the orders cut short filled, from 0 to 1; 0 when none was. */
    public synchronized double averageFilledShareOfCutShort() {
        return cutShort == 0 ? 0 : filledShareOfCutShort / cutShort;
    }

    private static boolean immediate(OrderRecord order) {
        boolean traded = order.filled().signum() > 0;
        return order.type() == OrderType.MARKET
                || traded && (order.type() == OrderType.STOP_MARKET || order.timeInForce() == TimeInForce.IMMEDIATE_OR_CANCEL);
    }
}
