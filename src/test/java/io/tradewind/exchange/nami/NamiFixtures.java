package io.tradewind.exchange.nami;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON examples in {@code src/test/resources/exchange/nami/} (see SOURCES.md there). */
final class NamiFixtures {

    private NamiFixtures() {
    }

    static String text(String name) {
        try (InputStream in = NamiFixtures.class.getResourceAsStream("/exchange/nami/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's {@code data}, or the whole fixture when it has no envelope. */
    static JsonNode data(String name) {
        try {
            JsonNode body = NamiJson.read(text(name));
            return body.has("data") ? body.get("data") : body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + " is not JSON", e);
        }
    }
}
