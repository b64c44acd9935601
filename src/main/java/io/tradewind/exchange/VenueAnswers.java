package io.tradewind.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.exchange.VenueCallException.Kind;
import java.util.Locale;

/**
 * Verdicts on a venue's answers: a body that is not the documented JSON, or lacks what the
 * adapters need, is a malformed answer (after a write: one that may have taken effect); the
 * venue's own words go into messages verbatim, masked and on one line.
 */
public final class VenueAnswers {

    private static final int LONGEST_VENUE_TEXT = 300;

    private VenueAnswers() {
    }

    /** Reading or adapting an answer; a {@link RuntimeException} or a JSON failure means it was malformed. */
    @FunctionalInterface
    public interface Reading<T> {
        T get() throws JsonProcessingException;
    }

    public static <T> T read(String venue, String call, boolean write, Reading<T> reading) throws VenueCallException {
        T value;
        try {
            value = reading.get();
        } catch (JsonProcessingException e) {
            throw malformed(venue, call, write, "not the JSON the venue documents");
        } catch (RuntimeException e) {
            throw malformed(venue, call, write, e.getMessage());
        }
        if (value == null) {
            throw malformed(venue, call, write, "no data");
        }
        return value;
    }

    public static VenueCallException malformed(String venue, String call, boolean write, String why) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, venue + " " + call + ": unreadable answer ("
                + SecretMask.mask(String.valueOf(why)) + ")" + (write ? "; it may have taken effect" : ""), write);
    }

    /**
     * Whether a venue's words with a 404 speak of an order ({@code Order not found}, {@code no order
     * with uid 'ord_1'}) and name no address, so that the 404 means an order the venue does not know.
     * A server at a wrong base URL answers a 404 of its own, in the same error shape when it is of the
     * venue's make ({@code Not Found}, {@code no such endpoint}), often quoting the URL it could not
     * match (which may hold {@code order}): that is no word on any order.
     *
     * @param orderWords how the venue says "order", lower case ({@code order}, {@code ordem})
     */
    public static boolean speaksOfAnOrder(String words, String... orderWords) {
        if (words == null || words.contains("/")) {
            return false;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        for (String word : orderWords) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a 404's body is recognisably no venue's word on an order: an HTML page (a web server's
     * or a proxy's, never a JSON API's) or {@code words} that name an address (the path a server could
     * not match). Any other 404 that does not speak of the order (an empty body, {@code Not Found})
     * may be the venue's own: a venue that documents its 404 without a body answers so, and a FastAPI
     * or ASP.NET one says {@code Not Found} both for an unknown order and for a path it does not serve.
     */
    public static boolean foreign404(String body, String words) {
        return (body != null && body.stripLeading().startsWith("<")) || (words != null && words.contains("/"));
    }

    /** {@code ": <the venue's words>"}, masked, on one line and bounded; empty when it said nothing. */
    public static String venueSays(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = SecretMask.mask(message).replaceAll("\\s+", " ").trim();
        return ": " + (line.length() > LONGEST_VENUE_TEXT ? line.substring(0, LONGEST_VENUE_TEXT) + "…" : line);
    }
}
