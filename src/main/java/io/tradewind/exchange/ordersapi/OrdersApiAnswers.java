package io.tradewind.exchange.ordersapi;

import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueFailures;

/** A refusal of the Orders API that is not an answer the caller expects, with the venue's words. */
final class OrdersApiAnswers {

    private OrdersApiAnswers() {
    }

    static <T> T read(String call, boolean write, VenueAnswers.Reading<T> reading) throws VenueCallException {
        return VenueAnswers.read(OrdersApiVenue.ID, call, write, reading);
    }

    /**
     * Whether a reply is the API's {@code 404} for a {@code uid} it does not know: {@code {"detail":
     * "<one line>"}} that speaks of the order (the seed leaves the body out; {@code no order with uid
     * 'ord_999'}, {@code Order not found}). A bare {@code Not Found} is what a server of the same make
     * answers for a path it does not serve, as at a wrong base URL.
     */
    static boolean unknownOrder(VenueCalls.Reply reply) {
        return reply.status() == 404 && VenueAnswers.speaksOfAnOrder(OrdersApiJson.detailText(reply.body()), "order");
    }

    /**
     * {@code 403} is an authentication failure (the token may not do this); a {@code 404} other than
     * an unknown order is no answer of the Orders API (the seed documents no other); anything else is
     * refused.
     */
    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        if (reply.status() == 404 && !unknownOrder(reply)) {
            return VenueFailures.notTheVenue(OrdersApiVenue.ID, call, reply.status());
        }
        String what = OrdersApiVenue.ID + " " + call + ": HTTP " + reply.status();
        String says = VenueAnswers.venueSays(OrdersApiJson.message(reply.body()));
        if (reply.status() == 403) {
            return new VenueCallException(Kind.AUTHENTICATION, what + ", forbidden: the token may not do this" + says,
                    false);
        }
        return new VenueCallException(Kind.REFUSED, what + says, false);
    }
}
