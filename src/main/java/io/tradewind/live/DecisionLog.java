package io.tradewind.live;

import io.tradewind.domain.Decimals;
import io.tradewind.kernel.DecisionListener;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * One INFO line per decision of a strategy instance: the hook that acted, the candle it was
 * playing and the last price it saw, and every order it sent or cancelled with its client order
 * id. The orders' later state changes and fills are {@link OrderLog}'s lines; orders refused
 * before reaching the execution service are logged with their reasons by the kernel instead.
 */
final class DecisionLog implements DecisionListener {

    private static final System.Logger LOG = System.getLogger(DecisionLog.class.getName());

    private final String instance;
    private final Supplier<Instant> candle;

    /** @param candle the open time of the candle the instance is playing, null before the first */
    DecisionLog(String instance, Supplier<Instant> candle) {
        this.instance = instance;
        this.candle = candle;
    }

    @Override
    public void decided(String hook, BigDecimal lastPrice, List<String> actions) {
        Instant playing = candle.get();
        LOG.log(Level.INFO, "instance {0}: {1} decided{2}{3}: {4}", instance, hook,
                playing == null ? "" : " on the candle of " + playing,
                lastPrice == null ? "" : " at last price " + Decimals.format(lastPrice), String.join("; ", actions));
    }
}
