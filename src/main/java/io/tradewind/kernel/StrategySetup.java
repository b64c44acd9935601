package io.tradewind.kernel;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.RiskConfig;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.util.function.Supplier;

/**
 * What one strategy instance trades with: the same in a backtest, paper and live.
 *
 * @param account        the venue account its orders use
 * @param risk           the limits every order is checked against, as live
 * @param seriesBars     how many closed candles {@code context.series()} keeps; a strategy whose
 *                       declared warm-up exceeds it is refused
 * @param clientOrderIds fresh client order ids: a counter in a backtest (deterministic), ids
 *                       unique across restarts live
 */
public record StrategySetup(Strategy strategy, StrategyParameters parameters, Instrument instrument, String account,
        RiskConfig risk, int seriesBars, Supplier<String> clientOrderIds) {

    /** The most closed candles a strategy's series keeps, and so the longest warm-up it may declare. */
    public static final int MAX_SERIES_BARS = 1_000_000;

    /**
     * The warm-up {@code strategy} declares for these parameters.
     *
     * @throws IllegalArgumentException the strategy's {@code warmupBars} threw, or declared fewer
     *                                  than 0 or more than {@link #MAX_SERIES_BARS} bars
     */
    public static int warmupBars(Strategy strategy, StrategyParameters parameters) {
        int bars;
        try {
            bars = strategy.warmupBars(parameters);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("strategy " + strategy.name() + ": warmupBars threw " + e, e);
        }
        if (bars < 0 || bars > MAX_SERIES_BARS) {
            throw new IllegalArgumentException("strategy " + strategy.name() + " declares a warm-up of " + bars
                    + " bars; warmupBars must return 0 to " + MAX_SERIES_BARS + " (the longest series a strategy can keep)");
        }
        return bars;
    }

    /**
     * @throws IllegalArgumentException a strategy that reads its bar series declares a warm-up longer
     *                                  than the series keeps: its long indicators would be wrong
     */
    public static void checkSeriesHoldsWarmup(Strategy strategy, int warmupBars, int seriesBars) {
        if (strategy.usesBarSeries() && warmupBars > seriesBars) {
            throw new IllegalArgumentException("strategy " + strategy.name() + " declares a warm-up of " + warmupBars
                    + " bars but the series keeps only " + seriesBars + ": raise series_bars (a backtest spec's"
                    + " key; series-bars for a service instance) to at least " + warmupBars);
        }
    }
}
