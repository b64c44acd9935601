package io.tradewind.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers of a fake Nobitex about the one order placed: {@code orders/add}'s request is remembered,
 * and {@value #CLIENT_ORDER_ID}, {@value #AMOUNT} and {@value #NOW} in any answer this transformer
 * is named on are replaced by its client order id, its amount and the time of the answer.
 */
final class PlacedOrderEcho implements ResponseDefinitionTransformerV2 {

    static final String NAME = "placed-order";
    static final String CLIENT_ORDER_ID = "@CLIENT_ORDER_ID@";
    static final String AMOUNT = "@AMOUNT@";
    static final String NOW = "@NOW@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicReference<JsonNode> placed = new AtomicReference<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        if (event.getRequest().getUrl().startsWith("/market/orders/add")) {
            try {
                placed.set(JSON.readTree(event.getRequest().getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode order = placed.get();
        String body = event.getResponseDefinition().getBody()
                .replace(CLIENT_ORDER_ID, order == null ? "" : order.path("clientOrderId").asText())
                .replace(AMOUNT, order == null ? "0" : order.path("amount").asText())
                .replace(NOW, Instant.now().toString());
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withBody(body).build();
    }
}
