package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueFailures;

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

    /**
     * Whether a reply is a {@code 404} whose words say NegocieCoins knows no such order id: a JSON
     * message that speaks of the order ({@code Ordem não encontrada}, {@code Pedido não encontrado}).
     * The seed documents no error body, so a 404 may also be the venue's without saying so
     * ({@link NegocieCoinsVenue}'s look-ups ask the venue again).
     */
    static boolean unknownOrder(VenueCalls.Reply reply) {
        return reply.status() == 404 && VenueAnswers.speaksOfAnOrder(NegocieCoinsJson.jsonMessage(reply.body()),
                "ordem", "pedido", "order");
    }

    /** Whether a {@code 404} is recognisably not NegocieCoins' ({@link VenueAnswers#foreign404}): an HTML page, a path. */
    static boolean foreign(VenueCalls.Reply reply) {
        return VenueAnswers.foreign404(reply.body(), NegocieCoinsJson.jsonMessage(reply.body()));
    }

    /** A refusal with the venue's words; a {@code 404} other than an unknown order is no answer of NegocieCoins. */
    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        if (reply.status() == 404 && !unknownOrder(reply)) {
            return VenueFailures.notTheVenue(NegocieCoinsVenue.ID, call, reply.status());
        }
        return new VenueCallException(Kind.REFUSED, NegocieCoinsVenue.ID + " " + call + ": HTTP " + reply.status()
                + VenueAnswers.venueSays(NegocieCoinsJson.message(reply.body())), false);
    }

    static VenueCallException malformed(String call, boolean write, String why) {
        return VenueAnswers.malformed(NegocieCoinsVenue.ID, call, write, why);
    }
}
