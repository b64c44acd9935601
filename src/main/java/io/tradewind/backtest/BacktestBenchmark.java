package io.tradewind.backtest;

import examples.FastSmaCrossover;
import examples.SmaCrossover;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * {@code bench backtest}: N generated one-minute candles in the store, then an SMA 10/30 crossover
 * backtested end to end — read from the store, full order routing and matching, report written —
 * twice (the incremental {@code fast-sma-crossover}, then the ta4j-rules {@code sma-crossover}),
 * against ta4j's own path on the same candles in the same process (load a {@code DoubleNum}
 * {@link BarSeries}, run {@link BarSeriesManager}).
 */
public final class BacktestBenchmark {

    private static final SeriesKey KEY = new SeriesKey("bench", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    private BacktestBenchmark() {
    }

    /**
     * @param warmups untimed runs of every path first, so the timed ones measure compiled code
     * @param ta4j    whether to run ta4j's path too (it holds every bar in memory, so large N needs a large heap)
     */
    public static void run(CandleStore store, long candles, long seed, int warmups, boolean ta4j, Path reportDirectory,
            PrintStream out) {
        long start = System.nanoTime();
        store.write(KEY, new RandomWalkCandles(seed, candles, Resolution.M1, START, new BigDecimal("10000")));
        out.printf("generated and stored %,d candles in %.1f s%n", candles, seconds(start));

        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "sma-crossover", "venue", KEY.venue(), "symbol", KEY.symbol(),
                "tick_size", "0.01", "step_size", "0.0001", "maker_fee", "0.001", "taker_fee", "0.001",
                "slippage", "0.0005", "balance.USD", "100000", "seed", Long.toString(seed)));
        BacktestSpec backtest = BacktestSpecReader.parse("bench-backtest", spec);
        for (int i = 0; i < warmups; i++) {
            // a warm-up of 1,000,000 candles takes seconds per path: say where it is, so it does not look stuck
            out.printf("warm-up %d of %d (untimed): fast-sma-crossover, sma-crossover%s%n", i + 1, warmups, ta4j ? ", ta4j" : "");
            out.flush();
            BacktestRunner.run(backtest, new FastSmaCrossover(), store, ProgressListener.NONE);
            BacktestRunner.run(backtest, new SmaCrossover(), store, ProgressListener.NONE);
            if (ta4j) {
                ta4jSmaCrossover(store);
            }
        }
        out.printf("%d untimed warm-up run(s) of each path done%n", warmups);
        double ours = backtest(store, backtest, new FastSmaCrossover(), reportDirectory, out);
        backtest(store, backtest, new SmaCrossover(), reportDirectory.resolve("ta4j-rules"), out);
        if (!ta4j) {
            return;
        }
        long ta4jStart = System.nanoTime();
        int positions = ta4jSmaCrossover(store);
        double theirs = seconds(ta4jStart);
        out.printf("ta4j 0.17: %,d candles in %.2f s = %,.0f candles/s (BarSeries loaded from the store, BarSeriesManager, "
                + "DoubleNum, %d positions)%n", candles, theirs, candles / theirs, positions);
        out.printf("tradewind (fast-sma-crossover) is %.1fx the speed of the ta4j path%n", theirs / ours);
    }

    /** One timed backtest, report included; returns its seconds. */
    private static double backtest(CandleStore store, BacktestSpec backtest, Strategy strategy, Path reportDirectory,
            PrintStream out) {
        long start = System.nanoTime();
        BacktestReport report = BacktestRunner.run(backtest, strategy, store, ProgressListener.NONE);
        ReportFiles.write(report, reportDirectory);
        double seconds = seconds(start);
        out.printf("tradewind, %s: %,d candles in %.2f s = %,.0f candles/s (read from the store, orders through the execution"
                        + " service and the simulated exchange, %d trades, report in %s)%n", strategy.name(),
                report.barsProcessed(), seconds, report.barsProcessed() / seconds, report.trades().size(), reportDirectory);
        return seconds;
    }

    private static int ta4jSmaCrossover(CandleStore store) {
        StoredSeries stored = store.describe(KEY).orElseThrow();
        BarSeries series;
        try (CandleCursor cursor = store.read(KEY, stored.first(), stored.last().plusSeconds(60))) {
            series = Ta4jAdapters.load("bench", cursor, Resolution.M1, Integer.MAX_VALUE);
        }
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        TradingRecord record = new BarSeriesManager(series)
                .run(new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow)));
        return record.getPositionCount();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
