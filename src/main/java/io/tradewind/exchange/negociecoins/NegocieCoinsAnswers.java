package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;

/**
 * Verdicts on NegocieCoins' answers ({@link VenueAnswers}); a refusal carries the venue's own
 * words, verbatim (Portuguese).
 */
final class NegocieCoinsAnswers {

    private NegocieCoinsAnswers() {
    }

    static <T> T read(String call, boolean write, VenueAnswers.Reading<T> reading) throws VenueCallException {
        return VenueAnswers.read(NegocieCoinsVenue.ID, call, write, reading);
    }

    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        return new VenueCallException(Kind.REFUSED, NegocieCoinsVenue.ID + " " + call + ": HTTP " + reply.status()
                + VenueAnswers.venueSays(NegocieCoinsJson.message(reply.body())), false);
    }

    static VenueCallException malformed(String call, boolean write, String why) {
        return VenueAnswers.malformed(NegocieCoinsVenue.ID, call, write, why);
    }
}
