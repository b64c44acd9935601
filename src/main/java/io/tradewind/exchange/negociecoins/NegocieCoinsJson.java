package io.tradewind.exchange.negociecoins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads NegocieCoins' answers and writes its bodies with a mapper of our own: decimals exact both
 * ways (never through {@code double}, never in exponent notation), unknown fields ignored, a
 * single value accepted where the seed shows a list (an order comes back as a one-element array).
 */
final class NegocieCoinsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    /** The error fields NegocieCoins may answer with; the seed documents none, so several are tried. */
    private static final List<String> MESSAGE_FIELDS = List.of("message", "Message", "mensagem", "error", "erro",
            "errors", "detail");

    private NegocieCoinsJson() {
    }

    static <T> T read(String body, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(body == null ? "" : body, type);
    }

    static <T> List<T> list(String body, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(body == null ? "" : body,
                MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }

    static <T> Map<String, T> map(String body, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(body == null ? "" : body,
                MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, type));
    }

    /** Record components are written in declaration order, as the seed lists the fields. */
    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    /**
     * What a refusal's body says, verbatim: a message field of a JSON object, a JSON string, or the
     * text itself when it is not JSON; empty when there is nothing.
     */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null) {
                return body.trim();
            }
            if (node.isTextual()) {
                return node.asText();
            }
            String said = messageField(node);
            return said != null ? said : body.trim();
        } catch (JsonProcessingException e) {
            return body.trim();
        }
    }

    /** The message field of a JSON object body, or {@code null}: a text that is not JSON is not the venue's words. */
    static String jsonMessage(String body) {
        try {
            return body == null || body.isBlank() ? null : messageField(MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String messageField(JsonNode node) {
        for (String field : MESSAGE_FIELDS) {
            JsonNode value = node == null ? null : node.get(field);
            if (value != null && !value.isNull()) {
                return value.isTextual() ? value.asText() : value.toString();
            }
        }
        return null;
    }
}
