package io.tradewind.exchange.nobitex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueRateLimits;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sends one Nobitex call within its rate limit and reads the answer: a 429 (or the seed's 403)
 * pauses the whole venue for the {@code backOff} it names, a 401 is an authentication failure, a
 * 5xx or an answer that is not JSON is a failure of its kind, and a JSON body of a success or with
 * {@code "status":"failed"} (of any status) is returned for the caller to read. Any other 404 is
 * not Nobitex's answer ({@link VenueFailures#notTheVenue}).
 */
final class NobitexTransport {

    static final String VENUE = "nobitex";

    /** How long to pause when Nobitex limits us without saying for how long. */
    private static final Duration DEFAULT_BACK_OFF = Duration.ofSeconds(60);

    /** Reads Nobitex's bodies: decimals exactly, unknown fields ignored. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final VenueRateLimits limits;

    NobitexTransport(VenueRateLimits limits) {
        this.limits = limits;
    }

    /**
     * @param group the rate-limit group of the call
     * @param call  what is asked, for messages: {@code GET /v3/orderbook}
     * @param write whether the call changes state at the venue
     */
    NobitexAnswer send(String group, String call, boolean write, Supplier<Response> request)
            throws VenueCallException {
        limits.acquire(group);
        Response response;
        String text;
        try {
            response = respond(request);
            text = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            throw VenueFailures.classify(VENUE, call, e, write);
        }
        return read(call, write, response, text);
    }

    /** Reads an answer body into a DTO; a body that does not fit is {@code MALFORMED_ANSWER}. */
    static <T> T as(NobitexAnswer answer, Class<T> type, String call, boolean write) throws VenueCallException {
        try {
            return MAPPER.treeToValue(answer.body(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw malformed(call, write);
        }
    }

    static VenueCallException malformed(String call, boolean write) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, VENUE + " " + call
                + ": the answer is not what Nobitex documents" + (write ? "; it may have taken effect" : ""), write);
    }

    /** A refusal of a read or a cancel, with the venue's code and message verbatim. */
    static VenueCallException refused(String call, NobitexAnswer answer) {
        return new VenueCallException(Kind.REFUSED, VENUE + " " + call + " refused: "
                + SecretMask.mask(answer.refusal()), false);
    }

    private static Response respond(Supplier<Response> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() == null) {
                throw e;
            }
            return e.getResponse();
        }
    }

    private NobitexAnswer read(String call, boolean write, Response response, String text) throws VenueCallException {
        int status = response.getStatus();
        JsonNode body = parse(text);
        if (status == 429 || (status == 403 && body != null && body.hasNonNull("backOff"))) {
            Duration backOff = backOff(body, response);
            limits.pause(backOff);
            String code = body != null && body.hasNonNull("code") ? " " + body.get("code").asText() : "";
            throw new VenueCallException(Kind.RATE_LIMITED, VENUE + " " + call + ": HTTP " + status + code
                    + ", every call paused for " + backOff.toSeconds() + " s", false, backOff, null);
        }
        if (status == 401 || status >= 500) {
            throw VenueFailures.fromStatus(VENUE, call, response, write);
        }
        if (body == null || !body.isObject()) {
            if (status >= 300) {
                throw VenueFailures.fromStatus(VENUE, call, response, write);
            }
            throw malformed(call, write);
        }
        NobitexAnswer answer = new NobitexAnswer(status, body);
        // a 404 is Nobitex's only with its "failed" body: any other is a server that is not Nobitex
        if (status >= 300 && !answer.failed()) {
            throw VenueFailures.fromStatus(VENUE, call, response, write);
        }
        return answer;
    }

    private static Duration backOff(JsonNode body, Response response) {
        if (body != null && body.hasNonNull("backOff")) {
            long seconds = body.get("backOff").asLong(0);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        }
        String header = response.getHeaderString("Retry-After");
        if (header != null && header.trim().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        }
        return DEFAULT_BACK_OFF;
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
