package io.tradewind.service.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** The documented UDF examples in {@code src/test/resources/udf}, and a check that an answer has their shape. */
final class DocumentedShapes {

    /** Reads numbers as BigDecimal, so that a test sees every digit the service wrote. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DocumentedShapes() {
    }

    static JsonNode example(String name) {
        try (InputStream in = DocumentedShapes.class.getResourceAsStream("/udf/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field of the documented example is in the answer with the same JSON type (arrays: of the same element type). */
    static void assertSameShape(JsonNode documented, JsonNode answer) {
        if (documented.isArray()) {
            assertTrue(answer.isArray(), answer.toString());
            if (!documented.isEmpty() && !answer.isEmpty()) {
                assertSameShape(documented.get(0), answer.get(0));
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = documented.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = answer.get(field.getKey());
            assertTrue(value != null, "missing " + field.getKey() + " in " + answer);
            if (field.getValue().isNumber()) {
                assertTrue(value.isNumber(), field.getKey() + " must be a number: " + answer);
            } else if (field.getValue().isContainerNode()) {
                assertSameShape(field.getValue(), value);
            } else {
                assertEquals(field.getValue().getNodeType(), value.getNodeType(), field.getKey() + " in " + answer);
            }
        }
    }
}
