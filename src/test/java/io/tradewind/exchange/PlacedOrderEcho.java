package io.tradewind.exchange;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers of a fake venue about the one order placed: the placement's JSON body (the POST to
 * {@code placementPath}) is remembered, and in any answer this transformer is named on each
 * placeholder is replaced by the body's field it stands for ({@code fields}; its fallback before
 * anything is placed), and {@value #NOW} by the time of the answer.
 */
final class PlacedOrderEcho implements ResponseDefinitionTransformerV2 {

    static final String NOW = "@NOW@";
    /** Numbers are echoed as sent, not as doubles. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A placement body's field and what stands for it until an order is placed. */
    record Field(String name, String fallback) {
    }

    private final String name;
    private final String placementPath;
    private final Map<String, Field> fields;
    private final AtomicReference<JsonNode> placed = new AtomicReference<>();

    /** @param name the transformer's name, one per fake venue */
    PlacedOrderEcho(String name, String placementPath, Map<String, Field> fields) {
        this.name = name;
        this.placementPath = placementPath;
        this.fields = Map.copyOf(fields);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        if (request.getMethod().equals(RequestMethod.POST) && URI.create(request.getUrl()).getPath().equals(placementPath)) {
            try {
                placed.set(JSON.readTree(request.getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode order = placed.get();
        String body = event.getResponseDefinition().getBody().replace(NOW, Instant.now().toString());
        for (Map.Entry<String, Field> field : fields.entrySet()) {
            body = body.replace(field.getKey(), order == null ? field.getValue().fallback()
                    : order.path(field.getValue().name()).asText());
        }
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withBody(body).build();
    }
}
