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
     * Whether a reply is a {@code 404} whose words say the API knows no such {@code uid}: {@code
     * {"detail": "<one line>"}} that speaks of the order ({@code no order with uid 'ord_999'},
     * {@code Order not found}). The seed leaves the body out, so a 404 may also be the venue's
     * without saying so ({@link OrdersApiVenue}'s look-ups ask the venue again).
     */
    static boolean unknownOrder(VenueCalls.Reply reply) {
        return reply.status() == 404 && VenueAnswers.speaksOfAnOrder(OrdersApiJson.detailText(reply.body()), "order");
    }

    /** Whether a {@code 404} is recognisably not the API's ({@link VenueAnswers#foreign404}): an HTML page, a path. */
    static boolean foreign(VenueCalls.Reply reply) {
        return VenueAnswers.foreign404(reply.body(), OrdersApiJson.detailText(reply.body()));
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
