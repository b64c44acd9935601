package io.tradewind.runtime;

import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyPlugin;

/** A strategy plugin that throws on every candle it could trade on, for the service's isolation of failures. */
@StrategyPlugin
public class AlwaysThrowing implements Strategy {

    @Override
    public void onCandle(StrategyContext context) {
        if (!context.warmingUp()) {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
