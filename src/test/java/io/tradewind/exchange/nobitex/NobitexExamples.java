package io.tradewind.exchange.nobitex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documented Nobitex answers in {@code src/test/resources/exchange/nobitex} (see SOURCES.md there). */
final class NobitexExamples {

    private NobitexExamples() {
    }

    static String text(String name) {
        try (InputStream in = NobitexExamples.class.getResourceAsStream("/exchange/nobitex/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String name, Class<T> type) {
        try {
            return NobitexTransport.MAPPER.readValue(text(name), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
