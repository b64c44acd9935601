package io.tradewind.cli;

import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.SeriesNames;
import io.tradewind.marketdata.StoredSeries;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that name a series, shared by {@code data import}, {@code generate}, {@code show} and {@code delete}. */
class SeriesOptions {

    /** How many stored series a "not stored" error lists. */
    private static final int LISTED = 10;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "Symbol of the series, e.g. BTC-USD.")
    String symbol;

    @Option(names = "--venue", defaultValue = "sim", paramLabel = "VENUE",
            description = "Venue of the series (default: ${DEFAULT-VALUE}).")
    String venue;

    @Option(names = "--resolution", defaultValue = "1m", paramLabel = "RES",
            description = "Candle resolution: 1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w (default: ${DEFAULT-VALUE}).")
    String resolution;

    SeriesKey key(CommandSpec spec) {
        Resolution parsed;
        try {
            parsed = Resolution.parse(resolution);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--resolution: " + e.getMessage());
        }
        try {
            SeriesKey key = new SeriesKey(venue, symbol, parsed);
            SeriesNames.checkVenue("--venue", venue);
            SeriesNames.checkSymbol("--symbol", symbol);
            return key;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The stored series, for whoever mistyped one of them (the options are venue, symbol, resolution). */
    static String stored(CandleStore store) {
        List<StoredSeries> all = store.list();
        if (all.isEmpty()) {
            return "nothing is stored";
        }
        String listed = all.stream().limit(LISTED).map(s -> s.key().toString()).collect(Collectors.joining(", "));
        return "stored: " + listed + (all.size() > LISTED ? " and " + (all.size() - LISTED) + " more ('data list')" : "")
                + " (give --venue, --symbol and --resolution as listed)";
    }

    /** One line about a stored series, e.g. {@code sim:BTC-USD:1m now holds 1,000 candles from ... to ...}. */
    static String holds(StoredSeries stored) {
        return String.format(Locale.ROOT, "%s now holds %,d candles from %s to %s", stored.key(), stored.count(),
                stored.first(), stored.last());
    }
}
