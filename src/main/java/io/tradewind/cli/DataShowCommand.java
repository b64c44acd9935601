package io.tradewind.cli;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code data show}: the stored candles of one series, as a backtest or a replay reads them, so
 * that a fill or a trade's price can be checked by hand (an imported trades file is stored as
 * candles, which no other command printed).
 */
@Command(name = "show", description = {"Print the stored candles of one series (open time, open, high, low, close,"
        + " volume) as backtests and replays read them, e.g. to check a fill by hand."})
class DataShowCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("time", "open", "high", "low", "close", "volume");

    @Spec
    CommandSpec spec;

    @Mixin
    SeriesOptions series;

    @Option(names = "--from", paramLabel = "TIME", description = "The first open time to show: a time such as"
            + " 2024-01-01T00:00:00Z, a date, or epoch seconds (default: the first stored candle).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Show candles that open before this time (default: to the last).")
    String to;

    /** The most candles one call shows: each is held until the table's widths are known. */
    static final int MAX_LIMIT = 100_000;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most N candles, 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    final CandleStore store;
    final StoreErrors errors;
    final JsonOutput output;
    final StoreLocation location;

    DataShowCommand(CandleStore store, StoreErrors errors, JsonOutput output, StoreLocation location) {
        this.store = store;
        this.errors = errors;
        this.output = output;
        this.location = location;
    }

    @Override
    public Integer call() {
        SeriesKey key = series.key(spec);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        Instant start = from == null ? Instant.EPOCH : ExchangeTimes.parse(from, "--from", spec);
        Instant end = to == null ? Instant.MAX : ExchangeTimes.parse(to, "--to", spec);
        if (!start.isBefore(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + (from == null ? "(the first stored candle)" : from)
                    + " is not before --to " + to);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            // opening a store that does not exist would create it, and ./data with it
            Optional<StoredSeries> stored = location.exists() ? store.describe(key) : Optional.empty();
            if (stored.isEmpty()) {
                err.println("error: no series " + key + " is stored in " + errors.where() + "; "
                        + (location.exists() ? SeriesOptions.stored(store) : "nothing is stored"));
                return ExitCode.NOT_FOUND;
            }
            List<Candle> candles = new ArrayList<>();
            Instant next = read(key, start, end, candles);
            print(candles);
            if (candles.isEmpty()) {
                StoredSeries s = stored.get();
                err.println(String.format(Locale.ROOT, "note: %s has no candle in that range; it holds %,d candles from %s to %s",
                        key, s.count(), s.first(), s.last()));
            } else if (next != null) {
                err.println("note: the first " + limit + " candles of the range; --from " + next
                        + " shows the next ones");
            }
            return 0;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    /**
     * Reads up to {@code limit} candles of the range into {@code candles}; returns the open time of
     * the first one left out, or null when none was.
     */
    private Instant read(SeriesKey key, Instant start, Instant end, List<Candle> candles) {
        try (CandleCursor cursor = store.read(key, start, end)) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    if (candles.size() == limit) {
                        return Instant.ofEpochSecond(chunk.openTime(i));
                    }
                    candles.add(chunk.candle(i));
                }
            }
        }
        return null;
    }

    private void print(List<Candle> candles) {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = candles.stream().map(DataShowCommand::row).toList();
        out.print(json ? output.write(rows) + System.lineSeparator() : ExecutionViews.table(rows, COLUMNS));
        out.flush();
    }

    private static Map<String, Object> row(Candle candle) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("time", candle.openTime().toString());
        row.put("open", plain(candle.open()));
        row.put("high", plain(candle.high()));
        row.put("low", plain(candle.low()));
        row.put("close", plain(candle.close()));
        row.put("volume", plain(candle.volume()));
        return row;
    }

    /** As stored, without an exponent: 1E+2 would read as a different number to whoever checks a fill. */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
