package io.tradewind.cli;

import io.tradewind.domain.InstantOrDate;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoppableCursor;
import io.tradewind.marketdata.StoredSeries;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code data generate}: seeded random-walk candles into the store, streamed in one write. */
@Command(name = "generate", description = {
        "Generate gapless random-walk candles into a series (for scale tests and demos); the same seed gives the"
                + " same candles. Any count streams through bounded memory in one all-or-nothing write.",
        "Each candle opens at the previous close and moves up to 0.2%%; prices have 2 decimals (on the --tick grid), volumes 4."})
class DataGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SeriesOptions series;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many candles, e.g. 10000000.")
    long count;

    @Option(names = "--start", defaultValue = "2024-01-01T00:00:00Z", paramLabel = "TIME",
            description = "Open time of the first candle, ISO-8601 (2024-01-01T00:00:00Z or 2024-01-01);"
                    + " rounded down to its bucket (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--price", defaultValue = "100", paramLabel = "PRICE",
            description = "Open of the first candle, at most 2 decimals and 10000000000000 (default: ${DEFAULT-VALUE}).")
    BigDecimal price;

    @Option(names = "--tick", defaultValue = "0.01", paramLabel = "TICK",
            description = "The prices' grid, a multiple of 0.01: 1 for a rial market traded with tick_size 1"
                    + " (default: ${DEFAULT-VALUE}).")
    BigDecimal tick;

    @Option(names = "--replace", description = "Write over candles the series already holds in the generated range"
            + " (without it, such candles are kept and nothing is generated).")
    boolean replace;

    /** 10000-01-01T00:00:00Z. */
    private static final long YEAR_10000 = 253_402_300_800L;

    final CandleStore store;
    final StoreErrors errors;
    final StoreLocation location;
    final CommandStop stop;

    DataGenerateCommand(CandleStore store, StoreErrors errors, StoreLocation location, CommandStop stop) {
        this.store = store;
        this.errors = errors;
        this.location = location;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        SeriesKey key = series.key(spec);
        if (count <= 0) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, was " + count);
        }
        if (price.signum() <= 0 || price.compareTo(RandomWalkCandles.MAX_START_PRICE) > 0) {
            throw new ParameterException(spec.commandLine(), "--price must be above 0 and at most "
                    + RandomWalkCandles.MAX_START_PRICE.toPlainString() + ", was " + price.toPlainString());
        }
        if (price.stripTrailingZeros().scale() > RandomWalkCandles.SCALES.priceScale()) {
            throw new ParameterException(spec.commandLine(), "--price has at most " + RandomWalkCandles.SCALES.priceScale()
                    + " decimals, as the generated prices do, was " + price.toPlainString() + "; round it, e.g. --price "
                    + roundedPrice().toPlainString());
        }
        if (!RandomWalkCandles.tickFits(tick, price)) {
            throw new ParameterException(spec.commandLine(), "--tick must be a multiple of 0.01 from 0.01 to 1 % of --price ("
                    + RandomWalkCandles.coarsestTick(price).toPlainString() + ": the walk moves at most 0.2 % a candle), was "
                    + tick.toPlainString());
        }
        if (price.remainder(tick).signum() != 0) {
            throw new ParameterException(spec.commandLine(), "--price " + price.toPlainString() + " is not on the --tick "
                    + tick.toPlainString() + " grid; e.g. --price " + price.divide(tick, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE)
                    .multiply(tick).toPlainString());
        }
        Instant first = parseStart();
        PrintWriter err = spec.commandLine().getErr();
        String tooLarge = StoreSpace.refusal(count, location.dataDir());
        if (tooLarge != null) {
            err.println("error: " + tooLarge);
            return ExitCode.BAD_INPUT;
        }
        refuseOutsideStorableYears(first, key.resolution().seconds());
        try (StoreLocation.StoreLock lock = location.lockForWriting(err)) {
            Optional<StoredSeries> stored = store.describe(key);
            if (stored.isPresent() && !stored.get().scales().equals(RandomWalkCandles.SCALES)) {
                err.println("error: " + key + " is stored with " + stored.get().scales().describe() + ", and generated candles"
                        + " have " + RandomWalkCandles.SCALES.describe() + ": generate them into another series (--symbol,"
                        + " --venue or --resolution)");
                return ExitCode.BAD_INPUT;
            }
            Instant end = first.plusSeconds(count * key.resolution().seconds());
            Optional<Instant> firstStored = stored.isPresent() ? store.firstOpenTime(key, first, end) : Optional.empty();
            if (firstStored.isPresent() && !replace) {
                // an imported series and this command share the default venue and start: random candles would
                // silently take the place of real ones
                err.println("error: " + key + " already holds candles in the range the generated ones would take (" + first
                        + " to " + end.minusSeconds(key.resolution().seconds()) + "), the first at " + firstStored.get()
                        + "; they would be replaced by random ones. Generate into another series (--symbol or --venue), start"
                        + " at " + stored.get().last().plusSeconds(key.resolution().seconds()) + " or later (--start, after the"
                        + " last stored candle), or give --replace to write over them");
                return ExitCode.BAD_INPUT;
            }
            long storedBefore = stored.map(StoredSeries::count).orElse(0L);
            RandomWalkCandles walk = new RandomWalkCandles(seed, count, key.resolution(), first, price, tick,
                    CandleChunk.DEFAULT_CAPACITY);
            long started = System.nanoTime();
            long written;
            CommandStop.Run run = stop.begin();
            try {
                written = store.write(key, new StoppableCursor(walk, run::stopRequested));
            } catch (StoppableCursor.Stopped stopped) {
                err.println("stopped on request before the write finished: nothing written to " + key
                        + " (the write is all or nothing)");
                err.flush();
                return CommandStop.stoppedExitCode();
            } finally {
                stop.end(run);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            StoredSeries now = store.describe(key).orElseThrow();
            long replaced = storedBefore + written - now.count();
            out.println(String.format(Locale.ROOT, "generated %,d candles into %s in %.1f s (%,.0f candles/s)%s",
                    written, key, seconds, written / Math.max(seconds, 1e-9), replaced == 0 ? ""
                            : String.format(Locale.ROOT, "; %,d of them replaced stored candles with the same open time",
                                    replaced)));
            out.println(SeriesOptions.holds(now));
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    /**
     * Candles from 1970 up to the year 9999, the times every store, chart and report can hold: a
     * start in the year 1,000,000,000 was stored and later overflowed into a negative year.
     */
    private void refuseOutsideStorableYears(Instant first, long periodSeconds) {
        long firstSecond = first.getEpochSecond();
        if (firstSecond < 0 || (YEAR_10000 - firstSecond) / periodSeconds < count) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "--start %s with --count %,d:"
                    + " the candles must lie between 1970-01-01 and the end of 9999; give a start and count within them",
                    start, count));
        }
    }

    /** The price rounded to the generated decimals, and never to 0, which --price refuses. */
    private BigDecimal roundedPrice() {
        BigDecimal rounded = price.setScale(RandomWalkCandles.SCALES.priceScale(), RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? rounded : BigDecimal.ONE.movePointLeft(RandomWalkCandles.SCALES.priceScale());
    }

    private Instant parseStart() {
        try {
            return InstantOrDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--start: '" + start
                    + "' is not an ISO-8601 time such as 2024-01-01T00:00:00Z or a date such as 2024-01-01");
        }
    }
}
