package io.tradewind.cli;

import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyPlugin;

/** A strategy plugin with a bug, for the command's handling of a hook that throws. */
@StrategyPlugin
public class ThrowsOnThirdCandle implements Strategy {

    private int candles;

    @Override
    public void onCandle(StrategyContext context) {
        if (++candles == 3) {
            throw new IllegalStateException("third candle");
        }
    }
}
