package io.tradewind.service.ordersapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON examples of the Orders API seed, as copied into the test resources. */
public final class SeedExamples {

    private static final JsonNode EXAMPLES = load();

    private SeedExamples() {
    }

    public static JsonNode get(String name) {
        return EXAMPLES.get(name).deepCopy();
    }

    static String text(String name) {
        return get(name).toString();
    }

    private static JsonNode load() {
        try (InputStream in = SeedExamples.class.getResourceAsStream("/ordersapi/seed-001-examples.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
