package io.tradewind.kernel;

import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Calls a strategy's order and fill hooks from what the execution service committed, so the
 * strategy hears of every change to its orders — answered at once, pushed later or found by
 * reconciliation — exactly once, after its position and open orders already reflect it.
 *
 * <p>News is queued and handed over by {@link #dispatch}, which the runner calls between the
 * strategy's hooks: a strategy is never called back while one of its own calls (say a market
 * order that fills at once) is still running, so it has always recorded the order id it got back
 * before it hears of that order.
 */
public final class StrategyEventRelay implements ExecutionListener {

    private record Seen(OrderStatus status, BigDecimal filled) {
    }

    private final Strategy strategy;
    private final ExecutionStrategyContext context;
    private final StrategyHooks hooks;
    /** Finished orders remembered, the latest ones: bounds what a service that never forgets holds. */
    static final int ENDED_REMEMBERED = 10_000;

    /**
     * Touched by {@link #orderChanged}, which the execution service's publication calls from one
     * thread at a time, each call after the last under its publishing lock, and by a backtest's
     * {@link #forgetFinishedOrders} on the same single thread: plain maps are enough (a concurrent
     * one cost a backtest a few percent of its CPU growing and inserting). The last change relayed
     * of each order not finished yet.
     */
    private final Map<String, Seen> seen = new HashMap<>();
    /**
     * The last change relayed of the latest orders that finished, at most {@link #ENDED_REMEMBERED}:
     * the service never calls {@link #forgetFinishedOrders}, so keeping every finished order here
     * grew the heap with every order the instance ever placed.
     */
    private final Map<String, Seen> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > ENDED_REMEMBERED;
        }
    };
    /**
     * Filled by whichever thread committed the news (in the service, instances share one
     * execution service), emptied by the instance's own thread in {@link #dispatch}.
     */
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private boolean dispatching;

    StrategyEventRelay(Strategy strategy, ExecutionStrategyContext context, StrategyHooks hooks) {
        this.strategy = strategy;
        this.context = context;
        this.hooks = hooks;
    }

    @Override
    public void orderChanged(OrderRecord order) {
        if (!order.strategyInstance().equals(context.instance()) || order.status() == OrderStatus.NEW) {
            return;
        }
        Seen now = new Seen(order.status(), order.filled());
        // the latest terminal orders are remembered too: a later change the strategy cannot see
        // (say the venue's id arriving after the fills) must not repeat their last status
        Seen before;
        if (order.status().isTerminal()) {
            before = seen.remove(order.clientOrderId());
            Seen endedBefore = ended.put(order.clientOrderId(), now);
            before = before == null ? endedBefore : before;
        } else {
            before = seen.put(order.clientOrderId(), now);
            Seen endedBefore = ended.remove(order.clientOrderId());
            before = before == null ? endedBefore : before;
        }
        if (now.equals(before)) {
            return;
        }
        OrderUpdate update = new OrderUpdate(order.clientOrderId(), order.status(), order.filled(), order.rejectionReasons());
        pending.add(() -> hooks.call("onOrderUpdate", () -> "the update of order " + update.uid() + " to "
                + update.status().wireName() + " (filled " + update.filled().toPlainString() + ")",
                () -> strategy.onOrderUpdate(context, update)));
    }

    @Override
    public void filled(FillRecord fill) {
        if (fill.strategyInstance().equals(context.instance())) {
            Fill own = new Fill(fill.clientOrderId(), fill.side(), fill.price(), fill.quantity(), fill.fee(),
                    fill.feeAsset(), fill.time());
            pending.add(() -> hooks.call("onFill", () -> "the fill of order " + own.uid() + ": " + own.side().wireName() + " "
                    + own.quantity().toPlainString() + " @ " + own.price().toPlainString(),
                    () -> strategy.onFill(context, own)));
        }
    }

    /**
     * Forgets the orders relayed in a final status, so a long backtest does not carry every order
     * it ever placed (called every few candles, it scans the few orders relayed since the last
     * call and the open ones). Only for a backtest, on its one thread, when the execution service
     * can no longer publish them (its store forgot them too): a later publication would reach the
     * strategy again. The service never calls it.
     */
    public void forgetFinishedOrders() {
        ended.clear();
    }

    /** How many orders the relay remembers, finished or not. */
    int remembered() {
        return seen.size() + ended.size();
    }

    /**
     * Calls the strategy's hooks for everything queued, including what those hooks cause; true if there was any.
     *
     * @throws StrategyHookException a hook threw; what was queued after it stays queued
     */
    public boolean dispatch() {
        if (dispatching || pending.isEmpty()) {
            return false;
        }
        dispatching = true;
        try {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        } finally {
            dispatching = false;
        }
        return true;
    }
}
