package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Data that a backtest imports on first use: a series is taken as stored when the store has it,
 * and imported from its file otherwise. Two runs racing on the first use both import the same
 * file, which stores the same candles (an import upserts), so no lock is needed.
 */
public final class ImportIfMissing {

    /** Where the build unpacks the Bitstamp demo trades, relative to the project directory. */
    public static final Path BITSTAMP_DEMO_FILE = Path.of("target", "demo-data", "bitstamp_trades_from_20131125_usd.csv");

    /** The series the demo trades become: 1-minute BTC-USD candles of venue bitstamp. */
    public static final SeriesKey BITSTAMP_DEMO_KEY = new SeriesKey("bitstamp", "BTC-USD", Resolution.M1);

    /** A series ready to read, and whether this call imported it. */
    public record Ensured(StoredSeries stored, boolean imported) {
    }

    private ImportIfMissing() {
    }

    /**
     * The demo series, imported from {@link #BITSTAMP_DEMO_FILE} under {@code projectDir} if the
     * store does not hold it yet.
     *
     * @throws IllegalArgumentException when the series is missing and so is the file (the build
     *                                  has not run)
     */
    public static Ensured bitstampDemo(CandleStore store, Path projectDir) {
        Path file = projectDir.resolve(BITSTAMP_DEMO_FILE);
        return ensure(store, BITSTAMP_DEMO_KEY, file, CsvFormat.TRADES,
                "; the build unpacks it from org.ta4j:ta4j-examples:0.15: run ./mvnw package in " + projectDir.toAbsolutePath());
    }

    /**
     * {@code key} as stored, or imported from {@code file} in {@code format} when nothing is
     * stored under it.
     *
     * @param format the file's layout, or null to tell it by the file's first row (once the file is
     *               known to exist: reading a missing one would only say it cannot be read)
     * @throws IllegalArgumentException  when the series is missing and the file does not exist
     * @throws CsvImportException        when the file has bad rows (nothing imported)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Ensured ensure(CandleStore store, SeriesKey key, Path file, CsvFormat format) {
        return ensure(store, key, file, format, "");
    }

    private static Ensured ensure(CandleStore store, SeriesKey key, Path file, CsvFormat format, String hint) {
        Optional<StoredSeries> stored = store.describe(key);
        if (stored.isPresent()) {
            return new Ensured(stored.get(), false);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(key + " is not in the store and the file to import it from, "
                    + file + ", " + (Files.isDirectory(file) ? "is a directory, not a file"
                    : Files.exists(file) ? "is not a regular file (a pipe or a device)" : "does not exist") + hint);
        }
        ImportResult result = (format != null ? format : CsvFormat.detect(file)).importInto(store, file, key);
        return new Ensured(result.stored(), true);
    }
}
