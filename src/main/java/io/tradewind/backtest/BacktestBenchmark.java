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
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * {@code bench backtest}: N generated one-minute candles in the store, then the same work done by
 * three paths: the incremental {@code fast-sma-crossover} and the ta4j-rules {@code sma-crossover}
 * backtested end to end (read from the store, every order through the execution service and the
 * simulated exchange, the report's figures, trades and fills made; its files are written after the
 * timed part, as ta4j's path writes none), and ta4j's own path (load a {@code DoubleNum}
 * {@link BarSeries} from the store, run {@link BarSeriesManager}).
 *
 * <p>The same work means: SMA 10/30 crossover of closes, long only, the first 29 bars unstable, one
 * unit per entry, filled at the next candle's open, no fees, no slippage, and a balance that never
 * runs out. Speed ratios are printed only where the trade counts agree within
 * {@link #MAX_TRADE_COUNT_DIFFERENCE}: otherwise the paths did different work.
 */
public final class BacktestBenchmark {

    /** Largest relative difference of two paths' trade counts for which their speed ratio is printed. */
    public static final double MAX_TRADE_COUNT_DIFFERENCE = 0.005;

    private static final SeriesKey KEY = new SeriesKey("bench", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    private static final int FAST = 10;
    private static final int SLOW = 30;
    /** The fewest candles a run takes: the slow average's warm-up, a decision after it, and the next open to fill it at. */
    public static final long FEWEST_CANDLES = SLOW + 2;
    private static final String QUANTITY = "1";
    /** 100,000 times the walk's start price: one unit is affordable wherever the walk goes. */
    private static final String BALANCE = "1000000000";
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * @param warmups     untimed runs of every path first, so the timed ones measure compiled code
     * @param repetitions timed runs of every path, interleaved so that a change of load hits all alike
     * @param ta4j        whether to run ta4j's path too (it holds every bar in memory, so large N needs a large heap)
     */
    public record Settings(long candles, long seed, int warmups, int repetitions, boolean ta4j, Path reportDirectory) {
    }

    private BacktestBenchmark() {
    }

    /** Runs the benchmark; returns false when a speed ratio was refused because the paths did different work. */
    public static boolean run(CandleStore store, Settings settings, PrintStream out) {
        long start = System.nanoTime();
        store.write(KEY, new RandomWalkCandles(settings.seed(), settings.candles(), Resolution.M1, START,
                new BigDecimal("10000")));
        out.printf("generated and stored %,d candles in %.1f s%n", settings.candles(), seconds(start));
        BacktestSpec spec = equalWork(settings.seed());
        describeWork(spec, out);

        BenchmarkRuns candleLoop = new BenchmarkRuns("candle loop alone", settings.candles(), 1);
        BenchmarkRuns fast = new BenchmarkRuns("fast-sma-crossover", settings.candles(), settings.repetitions());
        BenchmarkRuns rules = new BenchmarkRuns("sma-crossover", settings.candles(), settings.repetitions());
        BenchmarkRuns ta4j = new BenchmarkRuns("ta4j BarSeriesManager", settings.candles(), settings.repetitions());
        try (HeapBetweenRuns heap = HeapBetweenRuns.keepSize()) {
            out.println("heap: " + heap.description());
            warmUp(store, spec, settings, out);
            out.println(timeTradewind(heap, store, spec, new NoOrders(), settings.reportDirectory(), candleLoop)
                    + " (the same backtest with a strategy that never orders)");
            for (int i = 0; i < settings.repetitions(); i++) {
                out.println(timeTradewind(heap, store, spec, new FastSmaCrossover(), settings.reportDirectory(), fast));
                out.println(timeTradewind(heap, store, spec, new SmaCrossover(),
                        settings.reportDirectory().resolve("ta4j-rules"), rules));
                if (settings.ta4j()) {
                    out.println(timeTa4j(heap, store, ta4j));
                }
                out.flush();
            }
        }
        long candleLoopBytes = candleLoop.allocatedBytes();

        out.println(fast.summary());
        out.println(rules.summary());
        if (settings.ta4j()) {
            out.println(ta4j.summary());
        }
        long perOrder = fast.orders() == 0 ? 0 : (fast.allocatedBytes() - candleLoopBytes) / fast.orders();
        out.printf("allocation per order: %,d bytes = (%,d bytes allocated by a fast-sma-crossover run - %,d by the same"
                        + " candle loop placing no orders) / %,d orders%n", perOrder, fast.allocatedBytes(), candleLoopBytes,
                fast.orders());
        if (!settings.ta4j()) {
            return true;
        }
        boolean fastCompared = compare(fast, ta4j, out);
        boolean rulesCompared = compare(rules, ta4j, out);
        return fastCompared && rulesCompared;
    }

    /** Untimed runs of every path, so that the timed ones measure compiled code. */
    private static void warmUp(CandleStore store, BacktestSpec spec, Settings settings, PrintStream out) {
        for (int i = 0; i < settings.warmups(); i++) {
            // a warm-up of 1,000,000 candles takes seconds per path: say where it is, so it does not look stuck
            out.printf("warm-up %d of %d (untimed): fast-sma-crossover, sma-crossover, candle loop%s%n", i + 1,
                    settings.warmups(), settings.ta4j() ? ", ta4j" : "");
            out.flush();
            ReportFiles.write(runTradewind(store, spec, new FastSmaCrossover()).report, settings.reportDirectory());
            ReportFiles.write(runTradewind(store, spec, new SmaCrossover()).report, settings.reportDirectory());
            ReportFiles.write(runTradewind(store, spec, new NoOrders()).report, settings.reportDirectory());
            if (settings.ta4j()) {
                runTa4j(store);
            }
        }
        out.printf("%d untimed warm-up run(s) of each path done; %d timed runs of each follow, interleaved%n",
                settings.warmups(), settings.repetitions());
    }

    /** The Tradewind side of the work: next-open fills, no costs, a fixed quantity, a balance that never runs out. */
    private static BacktestSpec equalWork(long seed) {
        Properties spec = new Properties();
        spec.putAll(Map.ofEntries(Map.entry("strategy", "sma-crossover"), Map.entry("venue", KEY.venue()),
                Map.entry("symbol", KEY.symbol()), Map.entry("tick_size", "0.01"), Map.entry("step_size", "0.0001"),
                Map.entry("fill_model", "next-open"), Map.entry("maker_fee", "0"), Map.entry("taker_fee", "0"),
                Map.entry("slippage", "0"), Map.entry("max_volume_share", "0"), Map.entry("balance.USD", BALANCE),
                Map.entry("param.fast", Integer.toString(FAST)), Map.entry("param.slow", Integer.toString(SLOW)),
                Map.entry("param.quantity", QUANTITY), Map.entry("seed", Long.toString(seed))));
        return BacktestSpecReader.parse("bench-backtest", spec);
    }

    private static void describeWork(BacktestSpec spec, PrintStream out) {
        out.printf("the same work on every path: SMA %d/%d crossover of closes, long only, first %d bars unstable, %s %s per"
                + " entry, filled at the next candle's open, no fees, no slippage%n", FAST, SLOW, SLOW - 1, QUANTITY,
                spec.instrument().base());
        out.printf("  tradewind: fill_model=%s maker_fee=%s taker_fee=%s slippage=%s max_volume_share=%s param.quantity=%s"
                        + " balance.%s=%s (never runs out); candles read from the store, every order through the execution"
                        + " service and the simulated exchange, report made (its files written untimed)%n",
                spec.fillModel().wireName(), spec.instrument().makerFee().toPlainString(),
                spec.instrument().takerFee().toPlainString(), spec.slippage().toPlainString(),
                spec.volumeShare().toPlainString(), QUANTITY, spec.instrument().quote(), BALANCE);
        out.printf("  ta4j 0.17: BarSeriesManager with TradeOnNextOpenModel and ZeroCostModel (transactions and holding),"
                + " amount %s, DoubleNum BarSeries loaded from the store%n", QUANTITY);
    }

    /** Prints the speed ratio of two paths, or why there is none; returns whether it was printed. */
    static boolean compare(BenchmarkRuns ours, BenchmarkRuns theirs, PrintStream out) {
        double difference = Math.abs(ours.trades() - theirs.trades()) / (double) Math.max(1, theirs.trades());
        if (difference > MAX_TRADE_COUNT_DIFFERENCE) {
            out.printf("%s / %s: NO RATIO: trade counts %,d and %,d differ by %.2f %% (more than %.1f %%): the paths"
                            + " did different work%n", ours.path(), theirs.path(), ours.trades(), theirs.trades(),
                    difference * 100, MAX_TRADE_COUNT_DIFFERENCE * 100);
            return false;
        }
        out.printf("%s / %s: %.2fx (median candles/s; trade counts %,d and %,d, %.2f %% apart)%n", ours.path(),
                theirs.path(), ours.medianCandlesPerSecond() / theirs.medianCandlesPerSecond(), ours.trades(),
                theirs.trades(), difference * 100);
        return true;
    }

    /**
     * One timed backtest, recorded in {@code runs}; returns its line. Its report files are written
     * after the timed part: ta4j's path writes none, and 40,000 fills take tens of milliseconds.
     */
    private static String timeTradewind(HeapBetweenRuns heap, CandleStore store, BacktestSpec spec, Strategy strategy,
            Path reportDirectory, BenchmarkRuns runs) {
        heap.collect();
        long start = System.nanoTime();
        JvmActivity before = JvmActivity.now();
        Outcome outcome = runTradewind(store, spec, strategy);
        double seconds = seconds(start);
        JvmActivity during = JvmActivity.now().since(before);
        ReportFiles.write(outcome.report, reportDirectory);
        return runs.add(seconds, during, outcome.trades, outcome.orders, outcome.allocatedBytes);
    }

    private static String timeTa4j(HeapBetweenRuns heap, CandleStore store, BenchmarkRuns runs) {
        heap.collect();
        long start = System.nanoTime();
        JvmActivity before = JvmActivity.now();
        Outcome outcome = runTa4j(store);
        return runs.add(seconds(start), JvmActivity.now().since(before), outcome.trades, outcome.orders,
                outcome.allocatedBytes);
    }

    /** What one run of a path did, and the report a Tradewind path made (null for ta4j's). */
    private record Outcome(long trades, long orders, long allocatedBytes, BacktestReport report) {
    }

    private static Outcome runTradewind(CandleStore store, BacktestSpec spec, Strategy strategy) {
        OrderCountingStrategy counted = new OrderCountingStrategy(strategy);
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        BacktestReport report = BacktestRunner.run(spec, counted, store, ProgressListener.NONE);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        return new Outcome(report.trades().size(), counted.endedOrders(), allocated, report);
    }

    private static Outcome runTa4j(CandleStore store) {
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        StoredSeries stored = store.describe(KEY).orElseThrow();
        BarSeries series;
        try (CandleCursor cursor = store.read(KEY, stored.first(), stored.last().plusSeconds(60))) {
            series = Ta4jAdapters.load("bench", cursor, Resolution.M1, Integer.MAX_VALUE);
        }
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, FAST);
        SMAIndicator slow = new SMAIndicator(close, SLOW);
        TradingRecord record = new BarSeriesManager(series, new ZeroCostModel(), new ZeroCostModel(), new TradeOnNextOpenModel())
                .run(new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow), SLOW - 1),
                        Trade.TradeType.BUY, series.numOf(new BigDecimal(QUANTITY)));
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        return new Outcome(record.getPositionCount(), record.getTrades().size(), allocated, null);
    }

    /** The candle loop alone: never orders, so a run's allocation minus this one's is what its orders cost. */
    private static final class NoOrders implements Strategy {

        @Override
        public String name() {
            return "no-orders";
        }

        /** Those of fast-sma-crossover, so that the same spec runs it. */
        @Override
        public List<ParameterSpec> parameters() {
            return new FastSmaCrossover().parameters();
        }

        @Override
        public boolean usesBarSeries() {
            return false;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
