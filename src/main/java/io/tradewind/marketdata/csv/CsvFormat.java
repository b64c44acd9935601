package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The two file layouts {@link CsvCandleImporter} reads. */
public enum CsvFormat {
    /** {@code time,open,high,low,close,volume[,quoteVolume]}: one candle a row. */
    OHLCV,
    /** {@code time,price,amount}: one trade a row, aggregated into candles. */
    TRADES;

    /**
     * Reads {@code ohlcv} or {@code trades} (any case).
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static CsvFormat parse(String text) {
        for (CsvFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown file format '" + text + "'; use ohlcv or trades");
    }

    /**
     * Tells the layout of {@code file} by the number of fields of its first data row: three for
     * trades, six or seven for candles.
     *
     * @throws IllegalArgumentException when the file has no data rows or another number of fields
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static CsvFormat detect(Path file) {
        try (CsvLines lines = new CsvLines(file)) {
            String line = lines.next();
            if (line == null) {
                throw new IllegalArgumentException(file + " has no data rows");
            }
            int fields = new CsvFields(8).split(line);
            if (fields == 3) {
                return TRADES;
            }
            if (fields == 6 || fields == 7) {
                return OHLCV;
            }
            throw new IllegalArgumentException(file + " line " + lines.lineNumber() + " has " + fields
                    + (fields == 1 ? " field" : " fields") + ", so it is neither trades (time,price,amount) nor candles"
                    + " (time,open,high,low,close,volume[,quoteVolume])" + CsvFields.separatorHint(line)
                    + CsvFields.extraColumnsHint(fields));
        }
    }

    /** Imports {@code file} in this layout into {@code key}; see {@link CsvCandleImporter}. */
    public ImportResult importInto(CandleStore store, Path file, SeriesKey key) {
        return importInto(store, file, key, () -> false);
    }

    /** Imports {@code file} in this layout into {@code key}, until a stop is asked for; see {@link CsvCandleImporter}. */
    public ImportResult importInto(CandleStore store, Path file, SeriesKey key, BooleanSupplier stopRequested) {
        CsvCandleImporter importer = new CsvCandleImporter(store, stopRequested);
        return this == OHLCV ? importer.importOhlcv(file, key) : importer.importTrades(file, key);
    }

    /** The spelling {@link #parse} reads, e.g. {@code trades}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
