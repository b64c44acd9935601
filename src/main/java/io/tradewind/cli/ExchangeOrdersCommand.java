package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code exchange VENUE orders}: the account's open orders at the venue. */
@Command(name = "orders", description = "List the account's open orders at the venue (queued, active, partial).")
class ExchangeOrdersCommand extends ExchangeSubcommand {

    ExchangeOrdersCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.OPEN_ORDERS;
    }

    @Override
    String cannot() {
        return "list open orders";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        List<Map<String, Object>> rows = venue.openOrders(account(id)).stream().map(ExchangeViews::json).toList();
        print(rows, rows, ExchangeViews.ORDER_COLUMNS);
        return ExitCode.OK;
    }
}
