package io.tradewind.cli;

import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;

/**
 * What a venue call that got no usable answer means to the person at the terminal: one line that
 * says what happened and what to do, and the exit code a script can act on (see {@link ExitCode}).
 */
final class ExchangeFailures {

    /** The line to print after {@code error: } and the exit code. */
    record Report(String message, int exitCode) {
    }

    private ExchangeFailures() {
    }

    static Report of(String venue, VenueException failure) {
        return of(venue, failure, "CLIENT_ID");
    }

    /** As {@link #of(String, VenueException)}, naming the order to look up when a write may have taken effect. */
    static Report of(String venue, VenueException failure, String clientOrderId) {
        return of(venue, failure, clientOrderId, true);
    }

    /**
     * As {@link #of(String, VenueException, String)} at a venue that knows our client order ids or
     * not. One that does not (NegocieCoins, Nami, the Orders API) cannot be asked about our id:
     * {@code status} would say it knows no such order while the order rests there, and the order
     * would be placed a second time; the open orders show it, by the venue's id.
     */
    static Report of(String venue, VenueException failure, String clientOrderId, boolean knowsClientOrderIds) {
        String message = SecretMask.mask(String.valueOf(failure.getMessage()));
        if (failure.mayHaveTakenEffect()) {
            String lookUp = knowsClientOrderIds || VenueOrder.venueIdIn(clientOrderId) != null
                    ? "look it up with 'exchange " + venue + " status " + clientOrderId + "' before trying again"
                    : "look for it with 'exchange " + venue + " orders' (the same symbol, side, price and quantity, under"
                    + " the venue's id; " + venue + " does not know our client order ids, so 'status " + clientOrderId
                    + "' cannot find it; a filled one is only in the venue's own history) before trying again";
            return new Report(message + (message.contains("may have taken effect") ? "; " : "; it may have taken effect: ")
                    + lookUp, ExitCode.VENUE_UNAVAILABLE);
        }
        if (!(failure instanceof VenueCallException call)) {
            return new Report(message, ExitCode.VENUE_UNAVAILABLE);
        }
        return switch (call.kind()) {
            case UNAVAILABLE, TIMEOUT -> new Report(message + "; try again later", ExitCode.VENUE_UNAVAILABLE);
            case MALFORMED_ANSWER -> new Report(message + (message.contains("base URL") ? ""
                    : "; check that the base URL is a " + venue + " server"), ExitCode.VENUE_UNAVAILABLE);
            case RATE_LIMITED -> new Report(message + (call.retryAfter() == null ? "; wait a minute and try again"
                    : "; try again in " + Math.max(1, call.retryAfter().toSeconds()) + " s"), ExitCode.VENUE_UNAVAILABLE);
            case AUTHENTICATION -> new Report(message + (message.contains("TRADEWIND_") ? ""
                    : "; check the credentials in the environment variables " + credentialVariables(venue)),
                    ExitCode.VENUE_REFUSED);
            case REFUSED -> new Report(message, ExitCode.VENUE_REFUSED);
            case UNSUPPORTED -> new Report(message, ExitCode.VENUE_CANNOT);
        };
    }

    /** The pattern of a venue's credential variables, e.g. {@code TRADEWIND_NOBITEX_*}. */
    static String credentialVariables(String venue) {
        return VenueCredentials.variable(venue, "*");
    }
}
