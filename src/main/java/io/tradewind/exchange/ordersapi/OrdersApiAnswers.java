package io.tradewind.exchange.ordersapi;

import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;

/** A refusal of the Orders API that is not an answer the caller expects, with the venue's words. */
final class OrdersApiAnswers {

    private OrdersApiAnswers() {
    }

    static <T> T read(String call, boolean write, VenueAnswers.Reading<T> reading) throws VenueCallException {
        return VenueAnswers.read(OrdersApiVenue.ID, call, write, reading);
    }

    /** {@code 403} is an authentication failure (the token may not do this); anything else is refused. */
    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        String what = OrdersApiVenue.ID + " " + call + ": HTTP " + reply.status();
        String says = VenueAnswers.venueSays(OrdersApiJson.message(reply.body()));
        if (reply.status() == 403) {
            return new VenueCallException(Kind.AUTHENTICATION, what + ", forbidden: the token may not do this" + says,
                    false);
        }
        return new VenueCallException(Kind.REFUSED, what + says, false);
    }
}
