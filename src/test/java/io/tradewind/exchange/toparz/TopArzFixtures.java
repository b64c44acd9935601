package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's JSON examples in {@code src/test/resources/exchange/toparz/}. */
final class TopArzFixtures {

    private TopArzFixtures() {
    }

    static String text(String name) {
        try (InputStream in = TopArzFixtures.class.getResourceAsStream("/exchange/toparz/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data} of a fixture, read as the venue reads it. */
    static <T> T data(String name, TypeReference<TopArzEnvelope<T>> type) {
        try {
            return TopArzJson.read(text(name), type).data();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + " is not JSON", e);
        }
    }
}
