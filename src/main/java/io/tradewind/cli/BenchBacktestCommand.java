package io.tradewind.cli;

import io.tradewind.backtest.BacktestBenchmark;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench backtest}: candles per second of a full backtest, against ta4j's own path doing the same work. */
@Command(name = "backtest", description = {
        "Generate N one-minute candles into the store (series bench:BTC-USD:1m, replaced), then time the same work on"
                + " three paths: an SMA 10/30 crossover backtested end to end as fast-sma-crossover and as sma-crossover"
                + " (read from the store, orders routed and matched, report made; its files are written outside the"
                + " timed part), and ta4j's BarSeriesManager on the same candles. Same work: one unit per entry, next-open fills, no fees, no slippage. Prints candles/s"
                + " per run and the median, trades and orders of every path, allocation per order, and a speed ratio"
                + " only where the trade counts agree within 0.5 %%.",
        "ta4j keeps every bar in memory: for N = 10,000,000 under -Xmx512m pass --skip-ta4j.",
        "Exit code 1 when a ratio was refused because the trade counts differ."})
class BenchBacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--candles", defaultValue = "1000000", description = "Candles to generate (default ${DEFAULT-VALUE}).")
    long candles;

    @Option(names = "--seed", defaultValue = "1", description = "Random-walk seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmups", defaultValue = "2", description = "Untimed runs of each path first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--repetitions", defaultValue = "5",
            description = "Timed runs of each path; the median is reported (default ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--skip-ta4j", description = "Do not run the ta4j comparison.")
    boolean skipTa4j;

    @Option(names = "--out", defaultValue = "target/bench-backtest", paramLabel = "DIR",
            description = "Where to write the report (default ${DEFAULT-VALUE}).")
    Path out;

    final CandleStore store;
    final StoreErrors errors;

    BenchBacktestCommand(CandleStore store, StoreErrors errors) {
        this.store = store;
        this.errors = errors;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (new NumberOptions(err).atLeast("--candles", candles, BacktestBenchmark.FEWEST_CANDLES,
                        "the strategies' warm-up, and candles to trade on after it")
                .atLeast("--warmups", warmups, 0, "untimed runs").atLeast("--repetitions", repetitions, 1, "timed runs").refused()) {
            return ExitCode.BAD_INPUT;
        }
        // checked before minutes of generating and timing, as backtest checks its own --out
        String unwritable = ReportFolder.problem(out);
        if (unwritable != null) {
            err.println("error: --out " + out + ": " + unwritable);
            return ExitCode.BAD_INPUT;
        }
        PrintStream stdout = System.out;
        stdout.printf("java %s, %s, %d cpus, max heap %,d MB, load average %s%n", System.getProperty("java.version"),
                collectors(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                loadAverage());
        try {
            boolean compared = BacktestBenchmark.run(store,
                    new BacktestBenchmark.Settings(candles, seed, warmups, repetitions, !skipTa4j, out), stdout);
            stdout.printf("load average at the end %s%n", loadAverage());
            return compared ? ExitCode.OK : ExitCode.INTERNAL_ERROR;
        } catch (StoreException e) {
            return errors.report(e, spec.commandLine().getErr());
        }
    }

    private static String collectors() {
        return "GC " + String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
