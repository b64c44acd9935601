package io.tradewind.kernel;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hears of a strategy's decisions: once after each hook run in which the strategy sent orders to
 * the execution service or cancelled some, with all of them. The service logs each as one line;
 * a backtest sets none, so its strategy context collects nothing.
 */
@FunctionalInterface
public interface DecisionListener {

    /**
     * @param hook the hook that decided ({@code onCandle}, {@code onFill}, …)
     * @param lastPrice the last price the strategy could see, null before the first
     * @param actions each order sent ("buy limit 0.5 @ 802.41 good-till-canceled: order c-7 active") or cancelled, in order
     */
    void decided(String hook, BigDecimal lastPrice, List<String> actions);
}
