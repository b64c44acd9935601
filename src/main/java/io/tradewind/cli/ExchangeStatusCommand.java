package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code exchange VENUE status CLIENT_ID}: one order as the venue sees it. */
@Command(name = "status", description = "Show one order as the venue sees it, by our client order id; exit code 4 when"
        + " the venue does not know it.")
class ExchangeStatusCommand extends ExchangeSubcommand {

    @Parameters(index = "0", paramLabel = "CLIENT_ID", description = "The client order id.")
    String clientId;

    ExchangeStatusCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.ORDER_STATUS;
    }

    @Override
    String cannot() {
        return "look orders up";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        Integer unaskable = unaskable(venue, id, clientId);
        if (unaskable != null) {
            return unaskable;
        }
        return printOrder(venue.orderStatus(account(id), clientId), id, clientId);
    }
}
