package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code exchange VENUE cancel CLIENT_ID}: asks the venue to cancel one order, by our client order id. */
@Command(name = "cancel", description = "Ask the venue to cancel one order by our client order id and show its state"
        + " after; an order already filled or cancelled is shown as it is. Exit code 4 when the venue does not know it.")
class ExchangeCancelCommand extends ExchangeSubcommand {

    @Parameters(index = "0", paramLabel = "CLIENT_ID", description = "The client order id.")
    String clientId;

    ExchangeCancelCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.CANCEL;
    }

    @Override
    String cannot() {
        return "cancel orders";
    }

    @Override
    String orderId() {
        return clientId;
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        Integer unaskable = unaskable(venue, id, clientId);
        if (unaskable != null) {
            return unaskable;
        }
        return printOrder(venue.cancel(account(id), clientId), id, clientId);
    }
}
