package io.tradewind.exchange.nobitex;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A body Nobitex answered: either a success or its refusal ({@code "status":"failed"} with a
 * {@code code} and {@code message}, which Nobitex may send with HTTP 200). The refusal's code and
 * message are kept verbatim for the operator.
 */
record NobitexAnswer(int httpStatus, JsonNode body) {

    boolean failed() {
        return "failed".equalsIgnoreCase(text("status"));
    }

    /** The venue's error code, e.g. {@code SmallOrder}, or {@code ""}. */
    String code() {
        return text("code");
    }

    String message() {
        return text("message");
    }

    /** {@code SmallOrder: ...} as the venue put it, for logs and exception messages. */
    String refusal() {
        String code = code().isEmpty() ? "failed" : code();
        return message().isEmpty() ? code : code + " (" + message() + ")";
    }

    private String text(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
