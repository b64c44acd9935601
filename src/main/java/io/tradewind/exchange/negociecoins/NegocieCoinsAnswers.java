package io.tradewind.exchange.negociecoins;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;

/**
 * Verdicts on NegocieCoins' answers: a body that is not the documented JSON, or lacks what the
 * adapters need, is a malformed answer (after a write: one that may have taken effect); a refusal
 * carries the venue's own words, verbatim (Portuguese), masked and on one line.
 */
final class NegocieCoinsAnswers {

    private static final int LONGEST_VENUE_TEXT = 300;

    private NegocieCoinsAnswers() {
    }

    /** Reading or adapting an answer; a {@link RuntimeException} or a JSON failure means it was malformed. */
    @FunctionalInterface
    interface Reading<T> {
        T get() throws JsonProcessingException;
    }

    static <T> T read(String call, boolean write, Reading<T> reading) throws VenueCallException {
        T value;
        try {
            value = reading.get();
        } catch (JsonProcessingException e) {
            throw malformed(call, write, "not the JSON NegocieCoins documents");
        } catch (RuntimeException e) {
            throw malformed(call, write, e.getMessage());
        }
        if (value == null) {
            throw malformed(call, write, "no data");
        }
        return value;
    }

    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        return new VenueCallException(Kind.REFUSED, NegocieCoinsVenue.ID + " " + call + ": HTTP " + reply.status()
                + venueSays(NegocieCoinsJson.message(reply.body())), false);
    }

    static VenueCallException malformed(String call, boolean write, String why) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, NegocieCoinsVenue.ID + " " + call
                + ": unreadable answer (" + SecretMask.mask(String.valueOf(why)) + ")"
                + (write ? "; it may have taken effect" : ""), write);
    }

    /** {@code ": <the venue's words>"}, masked, on one line and bounded; empty when it said nothing. */
    static String venueSays(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = SecretMask.mask(message).replaceAll("\\s+", " ").trim();
        return ": " + (line.length() > LONGEST_VENUE_TEXT ? line.substring(0, LONGEST_VENUE_TEXT) + "…" : line);
    }
}
