package io.tradewind.exchange.nami;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueCallException.Kind;

/**
 * Nami's answers: {@code {"status":"ok","data":…}}, or a broker error
 * {@code {"status":"BROKER_ERROR","code":6104,"message":…}} with status 200 or a 4xx. A body that
 * is not JSON, or lacks what the adapters need, is a malformed answer (after a write: one that may
 * have taken effect). Nami's own words go into messages masked, on one line and short.
 */
final class NamiAnswers {

    private static final int LONGEST_VENUE_TEXT = 200;

    private NamiAnswers() {
    }

    /** A broker error: Nami's code and message, both possibly absent. */
    record BrokerError(String status, String code, String message) {

        /** {@code " (BROKER_ERROR 6104: message)"}, masked, one line, short. */
        String says() {
            StringBuilder text = new StringBuilder(status == null ? "HTTP error" : status);
            if (code != null) {
                text.append(' ').append(code);
            }
            if (message != null) {
                text.append(": ").append(message);
            }
            String line = SecretMask.mask(text.toString()).replaceAll("\\s+", " ").trim();
            return " (" + (line.length() > LONGEST_VENUE_TEXT ? line.substring(0, LONGEST_VENUE_TEXT) + "…" : line) + ")";
        }
    }

    /** An adapter run on an answer; a {@link RuntimeException} from it means the answer was malformed. */
    @FunctionalInterface
    interface Adapter<T> {
        T get();
    }

    /**
     * The {@code data} of a successful answer; an answer without the envelope (the chart history's
     * bare array) is its own data.
     *
     * @throws VenueCallException {@code REFUSED} with Nami's words for a broker error or a 4xx,
     *                            {@code MALFORMED_ANSWER} for anything unreadable
     */
    static JsonNode data(VenueCalls.Reply reply, String call, boolean write) throws VenueCallException {
        BrokerError error = error(reply, call);
        if (error != null) {
            throw refused(call, reply, error);
        }
        JsonNode body = json(reply.body(), call, write);
        JsonNode data = body.isObject() && body.has("status") ? body.get("data") : body;
        if (data == null || data.isNull()) {
            throw malformed(call, write, "no data");
        }
        return data;
    }

    /**
     * The broker error a reply carries (a 4xx, or status other than {@code ok}), or {@code null}.
     *
     * @throws VenueCallException for a {@code 404} without Nami's error {@code status} (a text such as
     *                            {@code BROKER_ERROR}): a server that has no such path (a wrong base
     *                            URL), not Nami refusing
     */
    static BrokerError error(VenueCalls.Reply reply, String call) throws VenueCallException {
        JsonNode body;
        try {
            body = NamiJson.read(reply.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        String status = body != null && body.isObject() ? NamiJson.text(body, "status") : null;
        boolean fromNami = status != null && body.get("status").isTextual() && !"ok".equalsIgnoreCase(status);
        if (reply.status() == 404 && !fromNami) {
            throw VenueFailures.notTheVenue(NamiVenue.ID, call, reply.status());
        }
        if (body == null) {
            return reply.ok() ? null : new BrokerError("HTTP " + reply.status(), null, null);
        }
        if (reply.ok() && (status == null || "ok".equalsIgnoreCase(status))) {
            return null;
        }
        if (!body.isObject()) {
            return new BrokerError("HTTP " + reply.status(), null, null);
        }
        return new BrokerError(status != null && !"ok".equalsIgnoreCase(status) ? status : "HTTP " + reply.status(),
                NamiJson.text(body, "code"), NamiJson.text(body, "message", "msg", "error"));
    }

    static VenueCallException refused(String call, VenueCalls.Reply reply, BrokerError error) {
        return new VenueCallException(Kind.REFUSED, NamiVenue.ID + " " + call + ": refused"
                + (reply.ok() ? "" : ", HTTP " + reply.status()) + error.says(), false);
    }

    static <T> T adapt(String call, boolean write, Adapter<T> adapter) throws VenueCallException {
        try {
            return adapter.get();
        } catch (RuntimeException e) {
            throw malformed(call, write, e.getMessage());
        }
    }

    static VenueCallException malformed(String call, boolean write, String why) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, NamiVenue.ID + " " + call + ": unreadable answer ("
                + SecretMask.mask(String.valueOf(why)) + ")" + (write ? "; it may have taken effect" : ""), write);
    }

    private static JsonNode json(String body, String call, boolean write) throws VenueCallException {
        try {
            return NamiJson.read(body);
        } catch (JsonProcessingException e) {
            throw malformed(call, write, "not the JSON Nami documents");
        }
    }
}
