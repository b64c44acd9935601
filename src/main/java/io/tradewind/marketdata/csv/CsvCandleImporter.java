package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoppableCursor;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.TradeAggregator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * {@code data import}: reads an OHLCV or trades CSV file into a {@link CandleStore}. An import is
 * all or nothing in two passes: the first reads the whole file, checks every row and works out
 * how many decimals prices and volumes need; only a clean file gets a second pass, which streams
 * the candles into one atomic {@link CandleStore#write}. Files of any size pass through bounded
 * memory.
 */
public final class CsvCandleImporter {

    /** Fewer rows than this may be an illiquid market's few candles; more, none adjacent, are another resolution's. */
    private static final long MIN_ROWS_TO_TELL_SPACING = 100;

    /** How many rows the first pass reads between looks for a stop request. */
    private static final long ROWS_BETWEEN_STOP_CHECKS = 65_536;

    private final CandleStore store;
    private final BooleanSupplier stopRequested;

    public CsvCandleImporter(CandleStore store) {
        this(store, () -> false);
    }

    /**
     * @param stopRequested whether the command was asked to stop (Ctrl-C): the import then ends with
     *                      {@link StoppableCursor.Stopped}, nothing written
     */
    public CsvCandleImporter(CandleStore store, BooleanSupplier stopRequested) {
        this.store = store;
        this.stopRequested = stopRequested;
    }

    /**
     * Imports {@code time,open,high,low,close,volume[,quoteVolume]} rows as candles of
     * {@code key}'s resolution, replacing stored candles with the same open times. Rows must be in
     * ascending time order, each time the start of a bucket.
     *
     * @throws CsvImportException with the line numbers of bad rows (nothing written)
     * @throws IllegalArgumentException when the file has no data rows or needs more decimals than
     *                                  the stored series has
     * @throws java.io.UncheckedIOException when the file cannot be read
     * @throws StoppableCursor.Stopped a stop was asked for (nothing written)
     */
    public ImportResult importOhlcv(Path file, SeriesKey key) {
        OhlcvRow row = new OhlcvRow(key.resolution());
        RowErrors errors = new RowErrors();
        FileDecimals decimals = new FileDecimals(store.describe(key).map(StoredSeries::scales).orElse(null));
        long rows = 0;
        long previous = Long.MIN_VALUE;
        long closest = Long.MAX_VALUE;
        NewestFirst newestFirst = new NewestFirst();
        try (CsvLines lines = new CsvLines(file)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                rows++;
                checkStop(rows);
                try {
                    row.read(line, lines.header());
                    newestFirst.row(row.openTime);
                    if (row.openTime <= previous) {
                        throw new IllegalArgumentException("time " + Instant.ofEpochSecond(row.openTime)
                                + " does not follow the previous row's " + Instant.ofEpochSecond(previous)
                                + " (rows must ascend in time without repeats)");
                    }
                    if (previous != Long.MIN_VALUE) {
                        closest = Math.min(closest, row.openTime - previous);
                    }
                    previous = row.openTime;
                    decimals.price(row.priceScale(), lines.lineNumber());
                    decimals.volume(row.volume.scale, lines.lineNumber());
                    decimals.quoteVolume(row.quoteVolume.scale, lines.lineNumber());
                } catch (IllegalArgumentException e) {
                    errors.add(lines.lineNumber(), e.getMessage());
                }
            }
            CsvHeader.checkOhlcv(file, lines.header());
        }
        refuseNewestFirst(newestFirst, file, rows);
        errors.throwIfAny(file);
        requireRows(file, rows);
        requireSpacingOfResolution(file, key.resolution(), rows, closest);
        CandleScales scales = decimals.scales(key.toString());
        long written;
        try (OhlcvCursor cursor = new OhlcvCursor(file, key, scales)) {
            written = store.write(key, new StoppableCursor(cursor, stopRequested));
        }
        return result(key, rows, written);
    }

    /**
     * Imports {@code time,price,amount} trades, aggregated into candles of {@code key}'s
     * resolution (see {@link TradeAggregator}), replacing stored candles with the same open times.
     * Trades must be in time order. Quote volume is kept to the price's decimals.
     *
     * @throws CsvImportException with the line numbers of bad rows (nothing written)
     * @throws IllegalArgumentException when the file has no data rows or needs more decimals than
     *                                  the stored series has
     * @throws java.io.UncheckedIOException when the file cannot be read
     * @throws StoppableCursor.Stopped a stop was asked for (nothing written)
     */
    public ImportResult importTrades(Path file, SeriesKey key) {
        TradeRow row = new TradeRow();
        RowErrors errors = new RowErrors();
        FileDecimals decimals = new FileDecimals(store.describe(key).map(StoredSeries::scales).orElse(null));
        long rows = 0;
        long previous = Long.MIN_VALUE;
        NewestFirst newestFirst = new NewestFirst();
        try (CsvLines lines = new CsvLines(file)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                rows++;
                checkStop(rows);
                try {
                    row.read(line);
                    newestFirst.row(row.timeMillis);
                    if (row.timeMillis < previous) {
                        throw new IllegalArgumentException("time " + Instant.ofEpochMilli(row.timeMillis)
                                + " is before the previous row's " + Instant.ofEpochMilli(previous)
                                + " (trades must be in time order)");
                    }
                    previous = row.timeMillis;
                    decimals.price(row.price.scale, lines.lineNumber());
                    decimals.volume(row.amount.scale, lines.lineNumber());
                    // quote volume is price × amount, kept to the price's decimals
                    decimals.quoteVolume(row.price.scale);
                } catch (IllegalArgumentException e) {
                    errors.add(lines.lineNumber(), e.getMessage());
                }
            }
            CsvHeader.checkTrades(file, lines.header());
        }
        refuseNewestFirst(newestFirst, file, rows);
        errors.throwIfAny(file);
        requireRows(file, rows);
        CandleScales scales = decimals.scales(key.toString());
        long written;
        try (TradesCursor cursor = new TradesCursor(file, key, scales)) {
            written = store.write(key, new StoppableCursor(cursor, stopRequested));
        }
        return result(key, rows, written);
    }

    /**
     * Refuses a file of many candles no two of which are one bucket apart: hourly candles imported
     * as 1m were stored as 1m candles with 59 minutes missing between each, and every backtest
     * and chart of them was wrong. A real series has gaps, but not between every pair of rows.
     */
    private static void requireSpacingOfResolution(Path file, Resolution resolution, long rows, long closestSeconds) {
        if (rows < MIN_ROWS_TO_TELL_SPACING || closestSeconds <= resolution.seconds()) {
            return;
        }
        String fits = Arrays.stream(Resolution.values()).filter(r -> r.seconds() == closestSeconds).findFirst()
                .map(r -> "; they look like " + r.label() + " candles: import them with resolution " + r.label())
                .orElse("; import them with the resolution they were made at");
        throw new IllegalArgumentException(file + ": no two of its " + rows + " candles are one " + resolution.label()
                + " bucket apart (the closest are " + Duration.ofSeconds(closestSeconds).toString().substring(2)
                .toLowerCase(Locale.ROOT) + " apart), so they are not " + resolution.label() + " candles" + fits);
    }

    private static void refuseNewestFirst(NewestFirst newestFirst, Path file, long rows) {
        String refusal = newestFirst.refusal(file, rows);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
    }

    private void checkStop(long rows) {
        if (rows % ROWS_BETWEEN_STOP_CHECKS == 0 && stopRequested.getAsBoolean()) {
            throw new StoppableCursor.Stopped();
        }
    }

    private static void requireRows(Path file, long rows) {
        if (rows == 0) {
            throw new IllegalArgumentException(file + " has no data rows");
        }
    }

    private ImportResult result(SeriesKey key, long rows, long written) {
        return new ImportResult(key, rows, written, store.describe(key).orElse(null));
    }

    /** Second pass over a validated OHLCV file. */
    private static final class OhlcvCursor implements CandleCursor {
        private final Path file;
        private final CsvLines lines;
        private final OhlcvRow row;
        private final CandleChunk chunk;

        OhlcvCursor(Path file, SeriesKey key, CandleScales scales) {
            this.file = file;
            this.lines = new CsvLines(file);
            this.row = new OhlcvRow(key.resolution());
            this.chunk = new CandleChunk(scales, CandleChunk.DEFAULT_CAPACITY);
        }

        @Override
        public CandleScales scales() {
            return chunk.scales();
        }

        @Override
        public CandleChunk next() {
            chunk.clear();
            CandleScales s = chunk.scales();
            while (!chunk.isFull()) {
                String line = lines.next();
                if (line == null) {
                    break;
                }
                try {
                    row.read(line);
                    chunk.onCandle(row.openTime,
                            row.open.toScale(s.priceScale(), "open"),
                            row.high.toScale(s.priceScale(), "high"),
                            row.low.toScale(s.priceScale(), "low"),
                            row.close.toScale(s.priceScale(), "close"),
                            row.volume.toScale(s.volumeScale(), "volume"),
                            row.quoteVolume.toScale(s.quoteVolumeScale(), "quote volume"));
                } catch (IllegalArgumentException e) {
                    throw changedSinceValidation(file, lines.lineNumber(), e);
                }
            }
            return chunk.isEmpty() ? null : chunk;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    /** Second pass over a validated trades file, aggregating as it goes. */
    private static final class TradesCursor implements CandleCursor {
        private final Path file;
        private final CsvLines lines;
        private final TradeRow row = new TradeRow();
        private final CandleChunk chunk;
        private final TradeAggregator aggregator;
        private boolean flushed;

        TradesCursor(Path file, SeriesKey key, CandleScales scales) {
            this.file = file;
            this.lines = new CsvLines(file);
            this.chunk = new CandleChunk(scales, CandleChunk.DEFAULT_CAPACITY);
            this.aggregator = new TradeAggregator(key.resolution(), scales, chunk);
        }

        @Override
        public CandleScales scales() {
            return chunk.scales();
        }

        @Override
        public CandleChunk next() {
            chunk.clear();
            CandleScales s = chunk.scales();
            // each trade closes at most one candle, so stopping when the chunk is full never overflows it
            while (!chunk.isFull() && !flushed) {
                String line = lines.next();
                if (line == null) {
                    aggregator.flush();
                    flushed = true;
                    break;
                }
                try {
                    row.read(line);
                    aggregator.onTrade(row.timeMillis, row.price.toScale(s.priceScale(), "price"),
                            row.amount.toScale(s.volumeScale(), "amount"));
                } catch (IllegalArgumentException e) {
                    throw changedSinceValidation(file, lines.lineNumber(), e);
                }
            }
            return chunk.isEmpty() ? null : chunk;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    /**
     * A row that passed validation failing the second pass means the file changed in between,
     * or a value does not fit 64 bits at the series' scales; the store's write is then abandoned.
     */
    private static CsvImportException changedSinceValidation(Path file, long line, IllegalArgumentException e) {
        return new CsvImportException(file, List.of(new RowError(line, e.getMessage())), 1);
    }
}
