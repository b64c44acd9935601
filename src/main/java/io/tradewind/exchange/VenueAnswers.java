package io.tradewind.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.exchange.VenueCallException.Kind;

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

    /** {@code ": <the venue's words>"}, masked, on one line and bounded; empty when it said nothing. */
    public static String venueSays(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = SecretMask.mask(message).replaceAll("\\s+", " ").trim();
        return ": " + (line.length() > LONGEST_VENUE_TEXT ? line.substring(0, LONGEST_VENUE_TEXT) + "…" : line);
    }
}
