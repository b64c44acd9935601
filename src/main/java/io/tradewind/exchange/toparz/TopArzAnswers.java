package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueCallException.Kind;

/**
 * Reading TopArz's answers into DTOs and verdicts: a body that is not the documented JSON, or
 * lacks what the adapters need, is a malformed answer (after a write: one that may have taken
 * effect); {@code succeed: false} is a refusal. TopArz's own words go into messages masked, on one
 * line and short.
 */
final class TopArzAnswers {

    private static final int LONGEST_VENUE_TEXT = 200;

    private TopArzAnswers() {
    }

    /** An adapter run on an answer; a {@link RuntimeException} from it means the answer was malformed. */
    @FunctionalInterface
    interface Adapter<T> {
        T get() throws VenueCallException;
    }

    /** The {@code data} of a successful answer. */
    static <T> T data(String body, TypeReference<TopArzEnvelope<T>> type, String call, boolean write)
            throws VenueCallException {
        TopArzEnvelope<T> answer = envelope(body, type, call, write);
        if (Boolean.FALSE.equals(answer.succeed())) {
            throw new VenueCallException(Kind.REFUSED, TopArzVenue.ID + " " + call + ": refused"
                    + venueSays(message(answer.error())), false);
        }
        return present(answer.data(), call, write);
    }

    static <T> TopArzEnvelope<T> envelope(String body, TypeReference<TopArzEnvelope<T>> type, String call,
            boolean write) throws VenueCallException {
        try {
            return present(TopArzJson.read(body, type), call, write);
        } catch (JsonProcessingException e) {
            throw malformed(call, write, "not the JSON TopArz documents");
        }
    }

    static <T> T present(T value, String call, boolean write) throws VenueCallException {
        if (value == null) {
            throw malformed(call, write, "no data");
        }
        return value;
    }

    static <T> T adapt(String call, boolean write, Adapter<T> adapter) throws VenueCallException {
        try {
            return adapter.get();
        } catch (RuntimeException e) {
            throw malformed(call, write, e.getMessage());
        }
    }

    /** A refusal with TopArz's words; a {@code 404} without its envelope is no answer of TopArz. */
    static VenueCallException refused(String call, VenueCalls.Reply reply) {
        if (notTopArz(reply)) {
            return VenueFailures.notTheVenue(TopArzVenue.ID, call, reply.status());
        }
        return new VenueCallException(Kind.REFUSED, TopArzVenue.ID + " " + call + ": HTTP " + reply.status()
                + venueSays(message(TopArzJson.error(reply.body()))), false);
    }

    /**
     * Whether a reply is a {@code 404} without TopArz's refusal ({@code {"succeed": false,
     * "error_code": …}}): a server that has no such path, as at a wrong base URL.
     */
    static boolean notTopArz(VenueCalls.Reply reply) {
        if (reply.status() != 404) {
            return false;
        }
        try {
            TopArzEnvelope<Object> answer = TopArzJson.read(reply.body(), new TypeReference<>() { });
            return answer == null || !Boolean.FALSE.equals(answer.succeed());
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    static VenueCallException malformed(String call, boolean write, String why) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, TopArzVenue.ID + " " + call + ": unreadable answer ("
                + SecretMask.mask(String.valueOf(why)) + ")" + (write ? "; it may have taken effect" : ""), write);
    }

    /** The message of an {@code error_code}, or empty. */
    static String message(TopArzEnvelope.TopArzError error) {
        return error == null || error.message() == null ? "" : error.message();
    }

    /** {@code " (TopArz's words)"}, masked, on one line and short; empty when it said nothing. */
    static String venueSays(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = SecretMask.mask(message).replaceAll("\\s+", " ").trim();
        return " (" + (line.length() > LONGEST_VENUE_TEXT ? line.substring(0, LONGEST_VENUE_TEXT) + "…" : line) + ")";
    }
}
