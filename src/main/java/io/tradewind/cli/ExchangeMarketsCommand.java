package io.tradewind.cli;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code exchange VENUE markets}: the venue's markets with their grid, minimums and fees. */
@Command(name = "markets", description = "List the venue's markets: tick and step size, minimums, fees.")
class ExchangeMarketsCommand extends ExchangeSubcommand {

    ExchangeMarketsCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.INSTRUMENTS;
    }

    @Override
    String cannot() {
        return "list its markets";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        List<Map<String, Object>> rows = venue.instruments().stream().sorted(Comparator.comparing(Instrument::symbol))
                .map(ExchangeViews::json).toList();
        print(rows, rows, ExchangeViews.MARKET_COLUMNS);
        return ExitCode.OK;
    }
}
