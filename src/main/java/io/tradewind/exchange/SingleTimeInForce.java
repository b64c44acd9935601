package io.tradewind.exchange;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.TimeInForce;

/**
 * For venues that take each order type with one time in force and no expiry time (NegocieCoins,
 * Nami, TopArz, Nobitex): an order asking for anything else is refused before it is sent, since the venue
 * would otherwise place it on other terms than asked.
 */
public final class SingleTimeInForce {

    private SingleTimeInForce() {
    }

    /** Refuses the request unless it asks for {@code taken}, the venue's time in force for its type, and no expiry. */
    public static void require(String venue, OrderRequest request, TimeInForce taken) throws VenueCallException {
        if (request.timeInForce() != taken) {
            throw VenueCallException.unsupported(venue, "place " + request.type().wireName() + " orders "
                    + request.timeInForce().wireName() + " (only " + taken.wireName() + ")");
        }
        if (request.expireAt() != null) {
            throw VenueCallException.unsupported(venue, "expire orders at a time");
        }
    }
}
