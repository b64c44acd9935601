package io.tradewind.exchange.ordersapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Orders API's answers and writes its bodies with a mapper of our own: decimals exact
 * (read from strings or numbers, never through {@code double}), unknown fields ignored, a single
 * value accepted where a list is expected, fields written in declaration order.
 */
final class OrdersApiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private OrdersApiJson() {
    }

    static <T> T read(String body, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(body == null ? "" : body, type);
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    /** The entries of a validation answer's {@code detail} array; empty when it has none. */
    static List<OrdersApiDtos.Detail> details(String body) {
        JsonNode detail = detail(body);
        List<OrdersApiDtos.Detail> details = new ArrayList<>();
        if (detail != null && detail.isArray()) {
            for (JsonNode entry : detail) {
                try {
                    details.add(MAPPER.treeToValue(entry, OrdersApiDtos.Detail.class));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    details.add(new OrdersApiDtos.Detail(List.of(), entry.toString(), null, null));
                }
            }
        }
        return details;
    }

    /**
     * What a refusal's body says, verbatim: each {@code detail} entry as {@code loc: msg}, a
     * {@code detail} text, or the body itself when it is not JSON; empty when there is nothing.
     */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode detail = detail(body);
        if (detail == null) {
            return body.trim();
        }
        if (detail.isTextual()) {
            return detail.asText();
        }
        if (detail.isArray()) {
            return OrdersApiRejections.describe(details(body));
        }
        return detail.toString();
    }

    /** A refusal's {@code detail} when it is one line of text, else {@code null}. */
    static String detailText(String body) {
        JsonNode detail = detail(body);
        return detail != null && detail.isTextual() ? detail.asText() : null;
    }

    private static JsonNode detail(String body) {
        try {
            JsonNode node = MAPPER.readTree(body == null ? "" : body);
            return node == null || !node.isObject() ? null : node.get("detail");
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
