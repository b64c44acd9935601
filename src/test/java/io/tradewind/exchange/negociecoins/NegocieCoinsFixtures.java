package io.tradewind.exchange.negociecoins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON examples in {@code src/test/resources/exchange/negociecoins/} (see SOURCES.md there). */
final class NegocieCoinsFixtures {

    private NegocieCoinsFixtures() {
    }

    static String text(String name) {
        try (InputStream in = NegocieCoinsFixtures.class.getResourceAsStream("/exchange/negociecoins/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
