package io.tradewind.exchange;

import io.tradewind.execution.VenueException;
import java.util.function.Predicate;

/**
 * Whether a {@code 404} of a call for one order means the venue knows no such order. The venue's
 * own words may say so; a 404 recognisably not the venue's (an HTML page, words naming a path) is
 * a server at a wrong base URL; an ambiguous one (no body, a bare {@code Not Found}) is the order's
 * only when the venue answers one more call at the same base URL. Read as "no such order" at a
 * wrong base URL, a lost placement would look never placed, and be placed again.
 */
public final class OrderNotFound {

    /** One more call to the venue at the same base URL; whether it answered as the venue does. */
    @FunctionalInterface
    public interface Probe {
        boolean answersAsTheVenue() throws VenueException;
    }

    private OrderNotFound() {
    }

    /**
     * @param speaksOfTheOrder whether the 404's words say the venue knows no such order
     * @param foreign          whether the 404 is recognisably not the venue's
     * @return false for any status but 404
     * @throws VenueCallException {@link VenueFailures#notTheVenue} for a foreign 404, or an ambiguous
     *                            one the probe does not confirm; the probe's own failure as it is
     */
    public static boolean on404(String venue, String call, VenueCalls.Reply reply, Predicate<VenueCalls.Reply> speaksOfTheOrder,
            Predicate<VenueCalls.Reply> foreign, Probe probe) throws VenueException {
        if (reply.status() != 404) {
            return false;
        }
        if (speaksOfTheOrder.test(reply)) {
            return true;
        }
        if (foreign.test(reply) || !probe.answersAsTheVenue()) {
            throw VenueFailures.notTheVenue(venue, call, reply.status());
        }
        return true;
    }
}
