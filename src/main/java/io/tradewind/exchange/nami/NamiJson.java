package io.tradewind.exchange.nami;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Nami's JSON, read as a tree (its answers are documented only in part, so fields are looked up
 * leniently) with decimals kept exact, and its request bodies written with plain decimals, so that
 * a body says exactly what its signature signed.
 */
final class NamiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private NamiJson() {
    }

    static JsonNode read(String body) throws JsonProcessingException {
        JsonNode node = MAPPER.readTree(body == null ? "" : body);
        if (node == null || node.isMissingNode()) {
            throw new JsonProcessingException("empty answer") { };
        }
        return node;
    }

    static String write(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Nami request body", e);
        }
    }

    /** A parameter's value as it is signed and sent: decimals plain, never in exponent notation. */
    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    /** The first of the fields present and not null, or {@code null}. */
    static JsonNode field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    /** A decimal given as a number or a string, or {@code null} when absent or blank. */
    static BigDecimal decimal(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(names[0] + " '" + text + "' is not a number");
        }
    }

    static BigDecimal requiredDecimal(JsonNode node, String... names) {
        BigDecimal value = decimal(node, names);
        if (value == null) {
            throw new IllegalArgumentException(names[0] + " is missing");
        }
        return value;
    }

    /** A text (numbers given as their text), or {@code null} when absent or blank. */
    static String text(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        if (value == null || value.asText().isBlank()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText().trim();
    }

    static String requiredText(JsonNode node, String... names) {
        String value = text(node, names);
        if (value == null) {
            throw new IllegalArgumentException(names[0] + " is missing");
        }
        return value;
    }
}
