package io.tradewind.cli;

import io.tradewind.backtest.BacktestRunner;
import io.tradewind.backtest.BacktestSpec;
import io.tradewind.backtest.BacktestSpecReader;
import io.tradewind.backtest.FeeWarnings;
import io.tradewind.backtest.report.Aborted;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.backtest.report.SummaryTablePrinter;
import io.tradewind.execution.StoreException;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.CsvImportException;
import io.tradewind.marketdata.csv.ImportIfMissing;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backtest SPEC}: one backtest spec run on stored candles, with a report. Everything that
 * can be checked before the run is: the spec, the strategy and its parameters, the report folder
 * and the candles in the range; a bad spec is reported before any data is imported.
 */
@Command(name = "backtest", description = {
        "Backtest a strategy as a spec in backtests/ describes it: stored candles through the strategy, the execution"
                + " service and the simulated exchange. Prints a summary and writes report.json and report.html.",
        "A spec's data.file is imported into the store the first time it is needed."})
public class BacktestCommand implements Callable<Integer> {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "A backtest spec, e.g. backtests/sma-crossover-demo.properties.")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the report (default: backtests/reports/<spec>-<time>/, under the working directory).")
    Path out;

    final CandleStore store;
    final StoreErrors errors;
    final StoreLocation location;
    final StrategyCatalog strategies;

    BacktestCommand(CandleStore store, StoreErrors errors, StoreLocation location, StrategyCatalog strategies) {
        this.store = store;
        this.errors = errors;
        this.location = location;
        this.strategies = strategies;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BacktestSpec backtest;
        Strategy strategy;
        Path folder;
        try {
            backtest = BacktestSpecReader.read(specFile);
            strategy = strategies.named(backtest.strategy());
            StrategyParameters.of(strategy, backtest.parameters());
            BacktestRunner.checkBalances(backtest);
            folder = out != null ? out : Path.of("backtests", "reports",
                    backtest.name() + "-" + LocalDateTime.now(ZoneOffset.UTC).format(FOLDER_TIME));
        } catch (IllegalArgumentException e) {
            err.println("error: " + withSpecFile(e.getMessage()));
            return ExitCode.BAD_INPUT;
        }
        String unwritable = ReportFolder.problem(folder);
        if (unwritable != null) {
            err.println("error: --out " + folder + ": " + unwritable);
            return ExitCode.BAD_INPUT;
        }
        FeeWarnings.of(backtest.instrument()).forEach(warning -> err.println("warning: " + specFile + ": " + warning));
        TerminalProgress progress = new TerminalProgress(System.err);
        try {
            ensureData(backtest, stdout, err);
            String noCandles = BacktestRange.problem(store, backtest);
            if (noCandles != null) {
                err.println("error: " + specFile + ": " + noCandles);
                return ExitCode.BAD_INPUT;
            }
            BacktestRange.uncovered(store, backtest).forEach(note -> err.println("note: " + specFile + ": " + note));
            BacktestReport report = BacktestRunner.run(backtest, strategy, store, progress);
            progress.finish();
            Path html;
            try {
                html = ReportFiles.write(report, folder);
            } catch (UncheckedIOException e) {
                // the folder passed the check before the run, yet the system refused it (a folder under /proc, a full disk)
                err.println("error: --out " + folder + ": " + e.getMessage() + "; give another folder with --out");
                return ExitCode.BAD_INPUT;
            }
            SummaryTablePrinter.print(report, System.out);
            stdout.println("report: " + html.toAbsolutePath());
            Aborted aborted = report.aborted();
            if (aborted != null) {
                return strategyFailed("strategy " + report.strategy() + ": " + aborted.reason()
                        + "; " + Aborted.COVERAGE, aborted.frames(), err);
            }
            return ExitCode.OK;
        } catch (StrategyHookException e) {
            progress.finish();
            return strategyFailed(e.getMessage() + "; no candle was measured, so there is no report",
                    e.strategyFrames(), err);
        } catch (CsvImportException e) {
            progress.finish();
            err.println("error: " + specFile + ": data.file " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // UncheckedIOException: data.file cannot be read
            progress.finish();
            err.println("error: " + withSpecFile(e.getMessage()));
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            progress.finish();
            return errors.report(e, err);
        }
    }

    /** The message starting with the spec file, which the spec reader's own messages already do. */
    private String withSpecFile(String message) {
        // an empty path has nothing to name: the reader says it is empty
        boolean named = message.startsWith(specFile + ":") || message.startsWith(specFile + " line ");
        return specFile.toString().isBlank() || named ? message : specFile + ": " + message;
    }

    /** One line saying where the strategy failed, then its own frames: the framework's would only hide them. */
    private static int strategyFailed(String message, List<String> frames, PrintWriter err) {
        err.println("error: " + message);
        frames.forEach(frame -> err.println("    " + frame));
        return ExitCode.STRATEGY_FAILED;
    }

    /** The spec's candles, imported from its data.file the first time. */
    private void ensureData(BacktestSpec backtest, PrintWriter stdout, PrintWriter err) {
        if (backtest.dataFile() == null) {
            return;
        }
        SeriesKey key = new SeriesKey(backtest.venue(), backtest.instrument().symbol(), backtest.resolution());
        Optional<StoredSeries> stored = store.describe(key);
        if (stored.isPresent()) {
            usingStored(backtest, key, stored.get(), stdout);
            return;
        }
        CsvFormat format = backtest.dataFormat().equals("auto") ? null : CsvFormat.parse(backtest.dataFormat());
        try (StoreLocation.StoreLock lock = location.lockForWriting(err)) {
            ImportIfMissing.Ensured ensured = ImportIfMissing.ensure(store, key, backtest.dataFile(), format);
            if (ensured.imported()) {
                stdout.printf("imported %,d %s %s from %s%n", ensured.stored().count(), key,
                        ensured.stored().count() == 1 ? "candle" : "candles", backtest.dataFile());
            } else {
                usingStored(backtest, key, ensured.stored(), stdout);
            }
        }
    }

    /** The file is read only for a series not stored yet: said, or an edited file would look used. */
    private static void usingStored(BacktestSpec backtest, SeriesKey key, StoredSeries stored, PrintWriter stdout) {
        stdout.printf("using the stored %s (%,d candles); data.file %s is imported only while %s is not stored"
                + " (`data import` it to replace them)%n", key, stored.count(), backtest.dataFile(), key);
    }
}
