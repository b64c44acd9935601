package io.tradewind.cli;

import io.tradewind.backtest.BacktestRunner;
import io.tradewind.backtest.BacktestSpec;
import io.tradewind.backtest.BacktestSpecReader;
import io.tradewind.backtest.report.Aborted;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.backtest.report.SummaryTablePrinter;
import io.tradewind.execution.StoreException;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.CsvImportException;
import io.tradewind.marketdata.csv.ImportIfMissing;
import io.tradewind.strategy.Strategy;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backtest SPEC}: one backtest spec run on stored candles, with a report. */
@Command(name = "backtest", mixinStandardHelpOptions = true, description = {
        "Backtest a strategy as a spec in backtests/ describes it: stored candles through the strategy, the execution"
                + " service and the simulated exchange. Prints a summary and writes report.json and report.html.",
        "A spec's data.file is imported into the store the first time it is needed."})
public class BacktestCommand implements Callable<Integer> {

    /** A strategy hook threw: the backtest stopped there (README, exit codes). */
    static final int EXIT_STRATEGY_FAILED = 5;

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "A backtest spec, e.g. backtests/sma-crossover-demo.properties.")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the report (default: backtests/reports/<spec>-<time>/).")
    Path out;

    final CandleStore store;
    final StoreErrors errors;
    final Instance<Strategy> strategies;

    BacktestCommand(CandleStore store, StoreErrors errors, @Any Instance<Strategy> strategies) {
        this.store = store;
        this.errors = errors;
        this.strategies = strategies;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BacktestSpec backtest;
        Strategy strategy;
        try {
            backtest = BacktestSpecReader.read(specFile);
            strategy = strategy(backtest.strategy());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return SimReplayCommand.EXIT_BAD_INPUT;
        }
        TerminalProgress progress = new TerminalProgress(System.err);
        try {
            ensureData(backtest, stdout);
            BacktestReport report = BacktestRunner.run(backtest, strategy, store, progress);
            progress.finish();
            Path folder = out != null ? out : Path.of("backtests", "reports",
                    backtest.name() + "-" + LocalDateTime.now(ZoneOffset.UTC).format(FOLDER_TIME));
            Path html = ReportFiles.write(report, folder);
            SummaryTablePrinter.print(report, System.out);
            stdout.println("report: " + html.toAbsolutePath());
            Aborted aborted = report.aborted();
            if (aborted != null) {
                return strategyFailed("strategy " + report.strategy() + ": " + aborted.reason()
                        + "; the report covers the candles before it", aborted.frames(), err);
            }
            return 0;
        } catch (StrategyHookException e) {
            progress.finish();
            return strategyFailed(e.getMessage() + "; no candle was measured, so there is no report",
                    e.strategyFrames(), err);
        } catch (CsvImportException e) {
            progress.finish();
            err.println("error: " + specFile + ": data.file " + e.getMessage());
            return SimReplayCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            progress.finish();
            err.println("error: " + specFile + ": " + e.getMessage());
            return SimReplayCommand.EXIT_BAD_INPUT;
        } catch (StoreException e) {
            progress.finish();
            return errors.report(e, err);
        }
    }

    /** One line saying where the strategy failed, then its own frames: the framework's would only hide them. */
    private static int strategyFailed(String message, List<String> frames, PrintWriter err) {
        err.println("error: " + message);
        frames.forEach(frame -> err.println("    " + frame));
        return EXIT_STRATEGY_FAILED;
    }

    /** The spec's candles, imported from its data.file the first time. */
    private void ensureData(BacktestSpec backtest, PrintWriter stdout) {
        if (backtest.dataFile() == null) {
            return;
        }
        SeriesKey key = new SeriesKey(backtest.venue(), backtest.instrument().symbol(), backtest.resolution());
        CsvFormat format = backtest.dataFormat().equals("auto") ? CsvFormat.detect(backtest.dataFile())
                : CsvFormat.parse(backtest.dataFormat());
        ImportIfMissing.Ensured ensured = ImportIfMissing.ensure(store, key, backtest.dataFile(), format);
        if (ensured.imported()) {
            stdout.printf("imported %,d %s candles from %s%n", ensured.stored().count(), key, backtest.dataFile());
        }
    }

    private Strategy strategy(String name) {
        List<Strategy> known = strategies.stream().toList();
        return known.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy named '" + name + "' (strategies: "
                        + known.stream().map(Strategy::name).sorted().collect(Collectors.joining(", "))
                        + "); a strategy is a class in strategies/ annotated @StrategyPlugin"));
    }
}
