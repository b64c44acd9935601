package io.tradewind.cli;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoppableCursor;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.CsvImportException;
import io.tradewind.marketdata.csv.ImportResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code data import FILE}: an OHLCV or trades CSV file into one series, all or nothing. */
@Command(name = "import", description = {
        "Import a CSV file into the candles of one series, replacing candles with the same open times.",
        "OHLCV rows (time,open,high,low,close,volume[,quoteVolume]) are stored as they are; trades (time,price,amount)"
                + " are aggregated into the resolution. Times are ISO-8601 or epoch seconds or milliseconds.",
        "All or nothing: on bad rows the exit code is 2, their line numbers and problems go to standard error,"
                + " and nothing is written."})
class DataImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Mixin
    SeriesOptions series;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "ohlcv, trades, or auto: told by the first row's fields, 3 for trades, 6 or 7 for OHLCV"
                    + " (default: ${DEFAULT-VALUE}).")
    String format;

    final CandleStore store;
    final StoreErrors errors;
    final StoreLocation location;
    final CommandStop stop;

    DataImportCommand(CandleStore store, StoreErrors errors, StoreLocation location, CommandStop stop) {
        this.store = store;
        this.errors = errors;
        this.location = location;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        SeriesKey key = series.key(spec);
        CsvFormat explicit = parseFormat();
        PrintWriter err = spec.commandLine().getErr();
        if (file.toString().isBlank()) {
            err.println("error: the file's path is empty. Give the path of a CSV file to import.");
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isRegularFile(file)) {
            err.println("error: " + file + (Files.isDirectory(file) ? ": is a directory. Give the path of a CSV file to import."
                    : Files.exists(file) ? ": is not a regular file (a pipe or a device): the import reads the file twice,"
                            + " checking every row before it writes; save it to a file and import that."
                    : ": no such file. Give the path of a CSV file to import."));
            return ExitCode.BAD_INPUT;
        }
        try {
            CsvFormat used = explicit != null ? explicit : detect(err);
            if (used == null) {
                return ExitCode.BAD_INPUT;
            }
            return importWith(used, key);
        } catch (CsvImportException e) {
            err.println("error: " + e.getMessage());
            err.println("Correct those rows and import the file again.");
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    private int importWith(CsvFormat used, SeriesKey key) {
        try (StoreLocation.StoreLock lock = location.lockForWriting(spec.commandLine().getErr())) {
            long storedBefore = store.describe(key).map(StoredSeries::count).orElse(0L);
            long started = System.nanoTime();
            ImportResult result;
            CommandStop.Run run = stop.begin();
            try {
                result = used.importInto(store, file, key, run::stopRequested);
            } catch (StoppableCursor.Stopped stopped) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("stopped on request before the import finished: nothing written to " + key
                        + " (the import is all or nothing)");
                err.flush();
                return CommandStop.stoppedExitCode();
            } finally {
                stop.end(run);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            // a trades file in pieces rebuilt a candle the stored one had more trades of: say that stored ones were replaced
            long replaced = storedBefore + result.candlesWritten() - result.stored().count();
            out.println(String.format(Locale.ROOT, "imported %,d candles from %,d %s rows of %s in %.1f s%s",
                    result.candlesWritten(), result.rows(), used == CsvFormat.TRADES ? "trade" : "OHLCV", file, seconds,
                    replaced == 0 ? "" : String.format(Locale.ROOT, "; %,d of them replaced stored candles with the same open"
                            + " time", replaced)));
            out.println(SeriesOptions.holds(result.stored()));
            out.flush();
            return 0;
        }
    }

    /** The file's format told by its first row, or {@code null} after saying why it cannot be told. */
    private CsvFormat detect(PrintWriter err) {
        try {
            return CsvFormat.detect(file);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + ". Import a file of trades (time,price,amount) or candles"
                    + " (time,open,high,low,close,volume), or name its format with --format ohlcv or --format trades.");
            return null;
        }
    }

    private CsvFormat parseFormat() {
        if ("auto".equalsIgnoreCase(format.trim())) {
            return null;
        }
        try {
            return CsvFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage() + ", or auto");
        }
    }
}
