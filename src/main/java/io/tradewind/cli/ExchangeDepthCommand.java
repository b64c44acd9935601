package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.DepthSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code exchange VENUE depth SYMBOL}: the order book now. */
@Command(name = "depth", description = "Show the market's order book now: asks above, bids below, best prices in the middle.")
class ExchangeDepthCommand extends ExchangeSubcommand {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    @Option(names = "--levels", defaultValue = "10", paramLabel = "N",
            description = "Price levels per side (default: ${DEFAULT-VALUE}).")
    int levels;

    ExchangeDepthCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.DEPTH;
    }

    @Override
    String cannot() {
        return "serve its order book";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        if (levels <= 0) {
            throw new ParameterException(spec.commandLine(), "--levels must be at least 1, was " + levels);
        }
        DepthSnapshot book = venue.depth(ExchangeVenues.symbol(venue, id, symbol, spec));
        DepthSnapshot shown = new DepthSnapshot(book.symbol(), book.time(),
                book.bids().subList(0, Math.min(levels, book.bids().size())),
                book.asks().subList(0, Math.min(levels, book.asks().size())));
        print(ExchangeViews.json(shown), ExchangeViews.levelRows(shown), ExchangeViews.LEVEL_COLUMNS);
        return ExitCode.OK;
    }
}
