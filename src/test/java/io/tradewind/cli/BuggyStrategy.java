package io.tradewind.cli;

import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyPlugin;
import java.math.BigDecimal;

/** A strategy plugin with two bugs, for the command's handling of them: an order off the tick grid, then a throw. */
@StrategyPlugin
public class BuggyStrategy implements Strategy {

    private int candles;

    @Override
    public void onCandle(StrategyContext context) {
        candles++;
        if (candles == 1) {
            context.limit(Side.BUY, new BigDecimal("99.999"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED);
        }
        if (candles == 3) {
            throw new IllegalStateException("third candle");
        }
    }
}
