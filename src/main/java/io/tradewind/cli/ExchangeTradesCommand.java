package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code exchange VENUE trades SYMBOL}: the market's latest public trades. */
@Command(name = "trades", description = "Show the market's latest public trades, oldest first.")
class ExchangeTradesCommand extends ExchangeSubcommand {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    ExchangeTradesCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.RECENT_TRADES;
    }

    @Override
    String cannot() {
        return "serve recent trades";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        List<Map<String, Object>> rows = venue.recentTrades(ExchangeVenues.symbol(venue, id, symbol, spec)).stream()
                .map(ExchangeViews::json).toList();
        print(rows, rows, ExchangeViews.TRADE_COLUMNS);
        return ExitCode.OK;
    }
}
