package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads TopArz answers and writes its request bodies with a mapper of our own: decimals stay
 * exact in both directions (never through {@code double}, never in exponent notation), numbers
 * given as strings are accepted, unknown fields ignored.
 */
final class TopArzJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private TopArzJson() {
    }

    /** @return the envelope, or {@code null} when the answer is JSON {@code null} */
    static <T> TopArzEnvelope<T> read(String body, TypeReference<TopArzEnvelope<T>> type)
            throws JsonProcessingException {
        return MAPPER.readValue(body == null ? "" : body, type);
    }

    /** The error part of a refusal's body, or {@code null} when the body is not TopArz's envelope. */
    static TopArzEnvelope.TopArzError error(String body) {
        try {
            TopArzEnvelope<Object> envelope = read(body, new TypeReference<>() { });
            return envelope == null ? null : envelope.error();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }
}
