package io.tradewind.cli;

import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.Resolution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code exchange VENUE candles SYMBOL}: one page of the venue's candle history. */
@Command(name = "candles", description = "Show one page of the venue's closed candles of a market"
        + " (to keep them, use 'data download').")
class ExchangeCandlesCommand extends ExchangeSubcommand {

    /** Candles shown when --from is not given. */
    private static final int DEFAULT_BARS = 50;

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    @Option(names = "--resolution", defaultValue = "1h", paramLabel = "RES",
            description = "1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w (default: ${DEFAULT-VALUE}).")
    String resolution;

    @Option(names = "--from", paramLabel = "TIME", description = "First open time (default: " + DEFAULT_BARS
            + " candles before --to).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the range, exclusive (default: now).")
    String to;

    ExchangeCandlesCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.CANDLES;
    }

    @Override
    String cannot() {
        return "serve candle history";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        Resolution res;
        try {
            res = Resolution.parse(resolution);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--resolution: " + e.getMessage());
        }
        Instant end = to == null ? Instant.now() : ExchangeTimes.parse(to, "--to", spec);
        Instant start = from == null ? end.minus(res.duration().multipliedBy(DEFAULT_BARS))
                : ExchangeTimes.parse(from, "--from", spec);
        if (!start.isBefore(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + start + " is not before --to " + end);
        }
        CandlePage page = venue.candles(ExchangeVenues.symbol(venue, id, symbol, spec), res, start, end);
        List<Map<String, Object>> rows = page.candles().stream().map(ExchangeViews::json).toList();
        print(rows, rows, ExchangeViews.CANDLE_COLUMNS);
        if (!page.done()) {
            spec.commandLine().getErr().println("more candles from " + page.nextFrom() + ": run again with --from "
                    + page.nextFrom());
        }
        return ExitCode.OK;
    }
}
