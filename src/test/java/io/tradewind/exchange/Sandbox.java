package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.runtime.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Another Tradewind serving the Orders API on its paper exchange ({@code serve --config
 * deploy/sandbox.properties}), for a service that trades there through the {@code ordersapi}
 * connector as alice. Bob rests an ask there first, which the trading service's market buy takes.
 */
final class Sandbox {

    static final Map<String, String> TOKENS = Map.of(
            "TRADEWIND_API_TOKEN_ALICE", "live-venue-it-alice-token-5Pz8Qd1",
            "TRADEWIND_API_TOKEN_BOB", "live-venue-it-bob-token-3Kx7Vm4",
            "TRADEWIND_API_TOKEN_ADMIN", "live-venue-it-admin-token-9Jd2Wc6");
    static final String ASK = "1000000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String orders;

    private Sandbox() {
    }

    /** Starts the sandbox with its store and log under {@code work}, and rests bob's ask. */
    static PackagedApp start(Path work) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(TOKENS);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        PackagedApp sandbox = PackagedApp.start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dtradewind.data-dir=" + work.resolve("sandbox-data").toAbsolutePath()),
                List.of("serve", "--config", "deploy/sandbox.properties"), env, work.resolve("sandbox.log"));
        if (sandbox.awaitLine(0, line -> line.startsWith("Tradewind is running"), Duration.ofSeconds(90)) < 0) {
            sandbox.stop();
            throw new IllegalStateException("the sandbox did not start:\n" + sandbox.tail(40));
        }
        orders = "http://localhost:" + port + "/api/exchange/v1/orders";
        HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(orders))
                .header("Authorization", "Bearer " + TOKENS.get("TRADEWIND_API_TOKEN_BOB"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"BTC-IRR\",\"side\":\"sell\",\"type\":\"limit\","
                        + "\"price\":\"" + ASK + "\",\"quantity\":\"1\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ask.statusCode(), ask.body());
        return sandbox;
    }

    /** The trading service's side: its {@code ordersapi} venue is the sandbox, where it trades as alice. */
    static String relayConfig() {
        return """
                tradewind.venues.ordersapi.base-url=%s
                tradewind.venues.ordersapi.account=alice
                tradewind.venues.ordersapi.tick-size=1000
                tradewind.venues.ordersapi.step-size=0.0001
                tradewind.strategies.relay.feed-venue=nobitex
                tradewind.strategies.relay.feed-symbol=BTC-IRT
                """.formatted(orders.substring(0, orders.indexOf("/api/")));
    }

    /** Alice's one order in the sandbox, as its Orders API shows it. */
    static JsonNode onlyAliceOrder() throws IOException, InterruptedException {
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(orders))
                .header("Authorization", "Bearer " + TOKENS.get("TRADEWIND_API_TOKEN_ALICE")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        JsonNode items = JSON.readTree(list.body()).get("items");
        assertTrue(items.size() == 1, "alice's orders in the sandbox: " + items);
        return items.get(0);
    }
}
