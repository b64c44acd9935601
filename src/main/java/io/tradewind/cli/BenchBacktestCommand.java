package io.tradewind.cli;

import io.tradewind.backtest.BacktestBenchmark;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench backtest}: candles per second of a full backtest, against ta4j's own path. */
@Command(name = "backtest", description = {
        "Generate N one-minute candles into the store (series bench:BTC-USD:1m, replaced), backtest an SMA 10/30 crossover"
                + " on them end to end (read from the store, orders routed and matched, report written) and run ta4j's"
                + " BarSeriesManager on the same candles; prints candles/s of both.",
        "ta4j keeps every bar in memory: for N = 10,000,000 under -Xmx512m pass --skip-ta4j."})
class BenchBacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--candles", defaultValue = "1000000", description = "Candles to generate (default ${DEFAULT-VALUE}).")
    long candles;

    @Option(names = "--seed", defaultValue = "1", description = "Random-walk seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmups", defaultValue = "1", description = "Untimed runs of each path first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmups;

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
        if (candles <= 0 || warmups < 0) {
            spec.commandLine().getErr().println("error: --candles must be positive and --warmups not negative");
            return ExitCode.BAD_INPUT;
        }
        PrintStream stdout = System.out;
        stdout.printf("java %s, %d cpus, max heap %,d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            BacktestBenchmark.run(store, candles, seed, warmups, !skipTa4j, out, stdout);
            return 0;
        } catch (StoreException e) {
            return errors.report(e, spec.commandLine().getErr());
        }
    }
}
