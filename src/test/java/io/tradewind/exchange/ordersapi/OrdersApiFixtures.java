package io.tradewind.exchange.ordersapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's JSON examples in {@code src/test/resources/exchange/ordersapi/} (see SOURCES.md there). */
final class OrdersApiFixtures {

    private OrdersApiFixtures() {
    }

    static String text(String name) {
        try (InputStream in = OrdersApiFixtures.class.getResourceAsStream("/exchange/ordersapi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrdersApiDtos.Order order(String name) throws JsonProcessingException {
        return OrdersApiJson.read(text(name), OrdersApiDtos.Order.class);
    }
}
