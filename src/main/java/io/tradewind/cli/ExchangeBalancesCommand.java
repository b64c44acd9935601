package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code exchange VENUE balances}: the account's balances at the venue. */
@Command(name = "balances", description = "Show the account's balances at the venue: available, held for open orders, total.")
class ExchangeBalancesCommand extends ExchangeSubcommand {

    ExchangeBalancesCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.BALANCES;
    }

    @Override
    String cannot() {
        return "report balances";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        List<Map<String, Object>> rows = venue.balances(account(id)).stream().map(ExchangeViews::json).toList();
        print(rows, rows, ExchangeViews.BALANCE_COLUMNS);
        return ExitCode.OK;
    }
}
