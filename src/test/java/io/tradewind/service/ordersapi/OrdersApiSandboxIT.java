package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradewind.runtime.PackagedApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the packaged service started as the README says, {@code serve --config
 * deploy/sandbox.properties}, with the users' tokens and the HTTP port from the environment, walks
 * every success and failure example of the Orders API seed ({@code 001}) in one boot: alice buys,
 * bob sells into her bid at market and places the seed's stop-loss, the lists, retrievals and
 * cancels, and one refused order for each pre-trade check. The seed's JSON examples are in
 * {@code src/test/resources/ordersapi/seed-001-examples.json}. Then the {@code ordersapi} connector,
 * from the command line, places, lists and cancels an order on the sandbox (issue 11).
 *
 * <p>The sandbox's instruments trade around the clock, so the "outside the trading session" example
 * runs on one more instrument given on the command line (system properties override the file), whose
 * only window is on a day three days from today.
 */
class OrdersApiSandboxIT {

    private static final Map<String, String> TOKENS = Map.of(
            "TRADEWIND_API_TOKEN_ALICE", "sandbox-alice-token-4Tq9Lm2",
            "TRADEWIND_API_TOKEN_BOB", "sandbox-bob-token-8Wc3Np7",
            "TRADEWIND_API_TOKEN_ADMIN", "sandbox-admin-token-2Hv6Rx5");
    private static final String ALICE = TOKENS.get("TRADEWIND_API_TOKEN_ALICE");
    private static final String BOB = TOKENS.get("TRADEWIND_API_TOKEN_BOB");
    private static final String ADMIN = TOKENS.get("TRADEWIND_API_TOKEN_ADMIN");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PackagedApp app;
    private static String orders;
    private static JsonNode seed;

    @BeforeAll
    static void startTheSandbox() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        try (InputStream in = OrdersApiSandboxIT.class.getResourceAsStream("/ordersapi/seed-001-examples.json")) {
            seed = JSON.readTree(in);
        }
        Path work = Files.createDirectories(Path.of("target", "OrdersApiSandboxIT", String.valueOf(System.currentTimeMillis())));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(TOKENS);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        DayOfWeek closed = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().plus(3);
        String night = "tradewind.paper.instruments.NIGHT-IRR.";
        app = PackagedApp.start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dtradewind.data-dir=" + work.resolve("data").toAbsolutePath(),
                "-D" + night + "tick=1000", "-D" + night + "step=0.0001", "-D" + night + "sessions=" + closed + " 10:00 11:00 UTC"),
                List.of("serve", "--config", "deploy/sandbox.properties"), env, work.resolve("service.log"));
        int started = app.awaitLine(0, line -> line.startsWith("Tradewind is running"), Duration.ofSeconds(90));
        assertTrue(started >= 0, "the sandbox did not start:\n" + app.tail(40));
        orders = "http://localhost:" + port + "/api/exchange/v1/orders";
    }

    @AfterAll
    static void stopTheSandbox() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyExampleOfTheSeedAgainstTheSandbox() throws Exception {
        withoutATokenEverythingIs401();

        // create, success 1: alice's limit buy rests in the book
        JsonNode buy = created(post(orders, ALICE, seed.get("create_limit_buy")));
        assertEquals(fieldNames(seed.get("order")), fieldNames(buy), "every field of the seed's order structure");
        assertOrder(buy, "alice", "buy", "limit", "1000000000", "0.5", "0", "good-till-canceled", "active");
        assertTrue(buy.get("trades").isEmpty());
        String aliceOrder = buy.get("uid").asText();

        // create, success 2: bob's market sell fills against alice's bid
        JsonNode sell = created(post(orders, BOB, seed.get("create_market_sell")));
        assertOrder(sell, "bob", "sell", "market", null, "0.2", "0.2", "immediate-or-cancel", "filled");
        assertEquals(1, sell.get("trades").size());
        JsonNode trade = sell.get("trades").get(0);
        assertEquals(fieldNames(seed.at("/order/trades/0")), fieldNames(trade));
        assertEquals("1000000000", trade.get("price").asText());
        assertEquals("0.2", trade.get("quantity").asText());
        assertEquals("executed", trade.get("status").asText());

        // create, success 3: bob's stop-loss waits for its trigger
        JsonNode stop = created(post(orders, BOB, seed.get("create_stop_limit")));
        assertOrder(stop, "bob", "sell", "stop-limit", "940000000", "0.5", "0", "good-till-canceled", "queued");
        assertEquals("950000000", stop.get("stop_price").asText());

        listsAndRetrievals(aliceOrder, stop.get("uid").asText());
        everyPreTradeCheckIs422();
        cancels(aliceOrder, stop.get("uid").asText());
        theOrdersApiConnectorSpeaksTheSandboxsApi();
        aCreateSentAgainWithItsIdempotencyKeyPlacesNothingMore();

        List<String> leaked = app.lines().stream().filter(line -> TOKENS.values().stream().anyMatch(line::contains)).toList();
        assertTrue(leaked.isEmpty(), "a token was written out: " + leaked);
    }

    /**
     * Issue 11: Tradewind's own {@code ordersapi} connector against Tradewind's own Orders API, from
     * the command line as an operator checks a venue: place (refused by a pre-trade check, then
     * resting), list, look up and cancel, with alice's token as the connector's credential.
     */
    private static void theOrdersApiConnectorSpeaksTheSandboxsApi() throws Exception {
        String baseUrl = orders.substring(0, orders.indexOf("/api/"));
        Map<String, String> env = Map.of("TRADEWIND_ORDERSAPI_TOKEN", ALICE);

        Cli refused = exchange(env, "place", "BTC-IRR", "--side", "buy", "--type", "limit", "--price", "990000000",
                "--quantity", "0.00001", "--yes", "--base-url", baseUrl);
        assertEquals(8, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("quantity_below_minimum"), refused.err());

        Cli placed = exchange(env, "place", "BTC-IRR", "--side", "buy", "--type", "limit", "--price", "990000000",
                "--quantity", "0.3", "--yes", "--json", "--base-url", baseUrl);
        assertEquals(0, placed.exit(), placed.toString());
        JsonNode order = JSON.readTree(placed.out());
        assertEquals("active", order.get("status").asText(), placed.out());
        String uid = order.get("uid").asText();
        assertEquals("alice", ok(get(orders + "/" + uid, ALICE)).get("user_id").asText(), "the order is alice's in the sandbox");

        Cli listed = exchange(env, "orders", "--json", "--base-url", baseUrl);
        assertTrue(listed.out().contains(uid), listed.toString());
        Cli cancelled = exchange(env, "cancel", "venue:" + uid, "--json", "--base-url", baseUrl);
        assertEquals(0, cancelled.exit(), cancelled.toString());
        assertEquals("cancelled", ok(get(orders + "/" + uid, ALICE)).get("status").asText());

        // a mistyped base URL answers 404 for every path: no answer of the API's (7), never an order it does not know (4)
        Cli typo = exchange(env, "status", "venue:" + uid, "--base-url", baseUrl + "/typo");
        assertEquals(7, typo.exit(), typo.toString());
        assertTrue(typo.err().contains(": HTTP 404, an answer ordersapi does not give; the base URL may not be a ordersapi"
                + " server: check it"), typo.err());
        assertEquals(4, exchange(env, "status", "venue:ord_999", "--base-url", baseUrl).exit());
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli exchange(Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile("ordersapi-cli", ".out");
        Path err = Files.createTempFile("ordersapi-cli", ".err");
        List<String> command = new ArrayList<>(List.of("exchange", "ordersapi"));
        command.addAll(List.of(args));
        try {
            int exit = PackagedApp.run(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), command, env, out, err);
            return new Cli(exit, Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void withoutATokenEverythingIs401() throws Exception {
        assertEquals(401, get(orders, null).statusCode());
        assertEquals(401, get(orders, "not-a-token").statusCode());
        assertEquals(401, post(orders, null, seed.get("create_limit_buy")).statusCode());
        assertEquals(401, post(orders + "/ord_123", null, null).statusCode());
        assertEquals(401, post(orders + "/ord_123/cancel", null, null).statusCode());
    }

    private static void listsAndRetrievals(String aliceOrder, String bobStop) throws Exception {
        // the seed's list: filtered by symbol and status (alice's order is partly filled now), paged
        JsonNode page = ok(get(orders + "?symbol=BTC-IRR&status=partial&offset=0&limit=10", ALICE));
        assertEquals(seed.at("/list_response/heads"), page.get("heads"));
        assertEquals(fieldNames(seed.get("list_response")), fieldNames(page));
        assertEquals(1, page.get("total").asInt());
        assertEquals(10, page.get("limit").asInt());
        JsonNode item = page.get("items").get(0);
        assertEquals(fieldNames(seed.at("/list_response/items/0")), fieldNames(item));
        assertEquals(aliceOrder, item.get("uid").asText());
        assertEquals("0.2", item.get("filled").asText());
        assertEquals(Set.of("alice"), userIds(ok(get(orders, ALICE))), "a user sees only their own orders");

        // failure 2 of the list: alice asks for bob's orders
        assertEquals(403, get(orders + "?user_id=bob", ALICE).statusCode());
        assertEquals(Set.of("alice", "bob"), userIds(ok(get(orders, ADMIN))), "an admin sees everyone's");
        assertEquals(Set.of("bob"), userIds(ok(get(orders + "?user_id=bob", ADMIN))));
        JsonNode second = ok(get(orders + "?offset=1&limit=1", ADMIN));
        assertEquals(3, second.get("total").asInt());
        assertEquals(1, second.get("items").size());
        assertEquals(422, get(orders + "?limit=101", ADMIN).statusCode());
        // a misspelt or repeated filter, other scripts' digits, a control character: each was read as absent or as its first
        for (String query : List.of("created_at_form=2030-01-01", "limit=10&limit=20", "limit=%D9%A1", "symbol=BTC-IRR%00")) {
            HttpResponse<String> refused = get(orders + "?" + query, ADMIN);
            assertEquals(422, refused.statusCode(), query + ": " + refused.body());
        }
        // a script's empty $STATUS arrived as no filter and listed every order
        for (String query : List.of("status=", "limit=", "symbol")) {
            HttpResponse<String> refused = get(orders + "?" + query, ADMIN);
            assertEquals(422, refused.statusCode(), query + ": " + refused.body());
            assertTrue(refused.body().contains("value_error.any_str.min_length"), query + ": " + refused.body());
        }

        // retrieve: POST as the seed says, GET too; the order with its trade
        JsonNode retrieved = ok(post(orders + "/" + aliceOrder, ALICE, null));
        assertOrder(retrieved, "alice", "buy", "limit", "1000000000", "0.5", "0.2", "good-till-canceled", "partial");
        assertEquals(1, retrieved.get("trades").size());
        assertEquals(retrieved, ok(get(orders + "/" + aliceOrder, ALICE)));
        // an order reads the same from every answer: the store keeps microseconds, and so does the clock
        String createdAt = retrieved.get("created_at").asText();
        JsonNode upToIt = ok(get(orders + "?created_at_to=" + createdAt + "&user_id=alice", ALICE));
        assertTrue(upToIt.get("items").findValuesAsText("uid").contains(aliceOrder), upToIt.toString());
        for (JsonNode listed : upToIt.get("items")) {
            if (listed.get("uid").asText().equals(aliceOrder)) {
                assertEquals(createdAt, listed.get("created_at").asText(), "created_at of the list and of the order");
            }
        }
        assertEquals(404, post(orders + "/ord_999", ALICE, null).statusCode());
        // a wrong method or path under the Orders API answers in its shape too, which its clients parse
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(orders + "/" + aliceOrder)).DELETE(), ALICE);
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(JSON.readTree(wrongMethod.body()).get("detail").asText().contains("method"), wrongMethod.body());
        HttpResponse<String> noSuchPath = get(orders.replace("/orders", "/wallets"), ALICE);
        assertEquals(404, noSuchPath.statusCode());
        assertTrue(JSON.readTree(noSuchPath.body()).get("detail").isTextual(), noSuchPath.body());
        assertEquals(403, post(orders + "/" + bobStop, ALICE, null).statusCode());
        assertEquals(200, post(orders + "/" + bobStop, ADMIN, null).statusCode());
    }

    private static void everyPreTradeCheckIs422() throws Exception {
        JsonNode balance = refused(post(orders, ALICE, seed.get("create_insufficient_balance")));
        assertDetail(balance, "quantity", "value_error.insufficient_balance");
        assertEquals(seed.get("below_minimum_422"), refused(post(orders, ALICE, seed.get("create_below_minimum"))));
        assertEquals(seed.get("inactive_symbol_422"), refused(post(orders, ALICE, seed.get("create_inactive_symbol"))));
        assertDetail(refused(post(orders, ALICE, with(seed.get("create_outside_session"), "symbol", "NIGHT-IRR"))),
                "symbol", "value_error.trading_session");

        JsonNode tick = refused(post(orders, ALICE, with(seed.get("create_limit_buy"), "price", "1000000500")));
        assertEquals(1000, detail(tick, "price").at("/ctx/multiple_of").asInt());
        assertDetail(refused(post(orders, ALICE, without(seed.get("create_limit_buy"), "price"))), "price", "value_error.missing");
        assertDetail(refused(post(orders, BOB, without(seed.get("stop_loss_example"), "stop_price"))), "stop_price",
                "value_error.missing");
        // 51 BTC inside the band, and within alice's balance, is over the sandbox's maximum of 50
        JsonNode big = refused(post(orders, ALICE, with(with(seed.get("create_limit_buy"), "quantity", "51"), "price", "900000000")));
        assertEquals(1, big.get("detail").size(), big.toString());
        assertEquals(50, detail(big, "quantity").at("/ctx/limit_value").asInt());
        JsonNode band = refused(post(orders, ALICE, with(seed.get("create_limit_buy"), "price", "1200000000")));
        assertEquals("value_error.price_band", detail(band, "price").get("type").asText());
        assertEquals(1100000000L, detail(band, "price").at("/ctx/limit_max").asLong());
        assertDetail(refused(post(orders, ALICE, with(seed.get("create_limit_buy"), "side", "up"))), "side", "type_error.enum");
        // a refused order is kept as rejected, with its reasons
        JsonNode rejected = ok(get(orders + "?status=rejected&limit=100", ALICE));
        assertEquals(8, rejected.get("total").asInt(), rejected.toString());
    }

    private static void cancels(String aliceOrder, String bobStop) throws Exception {
        assertEquals(403, post(orders + "/" + aliceOrder + "/cancel", BOB, null).statusCode());
        assertEquals(404, post(orders + "/ord_999/cancel", ALICE, null).statusCode());
        // a cancel takes no options: one given was silently not done
        JsonNode withOption = refused(post(orders + "/" + aliceOrder + "/cancel?cancel_all=true", ALICE, null));
        assertEquals(List.of("query", "cancel_all"), texts(withOption.at("/detail/0/loc")));
        // nor does a retrieve: a stray option was answered as if it had been applied
        JsonNode retrieveWithOption = refused(get(orders + "/" + aliceOrder + "?x=1", ALICE));
        assertEquals(List.of("query", "x"), texts(retrieveWithOption.at("/detail/0/loc")));
        // nor a create: dry_run=true placed the order
        JsonNode createWithOption = refused(post(orders + "?dry_run=true", ALICE, seed.get("create_limit_buy")));
        assertEquals(List.of("query", "dry_run"), texts(createWithOption.at("/detail/0/loc")));
        JsonNode cancelled = ok(post(orders + "/" + aliceOrder + "/cancel", ALICE, null));
        assertOrder(cancelled, "alice", "buy", "limit", "1000000000", "0.5", "0.2", "good-till-canceled", "cancelled");
        assertEquals(1, cancelled.get("trades").size());
        JsonNode again = refused(post(orders + "/" + aliceOrder + "/cancel", ALICE, null));
        assertEquals(List.of("path", "uid"), texts(again.at("/detail/0/loc")));

        // the admin places for bob and cancels bob's stop-loss
        JsonNode forBob = created(post(orders, ADMIN, with(seed.get("create_limit_buy"), "user_id", "bob")));
        assertEquals("bob", forBob.get("wallet_id").asText());
        assertEquals("cancelled", ok(post(orders + "/" + bobStop + "/cancel", ADMIN, null)).get("status").asText());
        assertEquals(403, post(orders, ALICE, with(seed.get("create_limit_buy"), "user_id", "bob")).statusCode());
    }

    private static void assertOrder(JsonNode order, String user, String side, String type, String price, String quantity,
            String filled, String timeInForce, String status) {
        assertEquals(user, order.get("user_id").asText(), order.toString());
        assertEquals(user, order.get("wallet_id").asText());
        assertEquals("BTC-IRR", order.get("symbol").asText());
        assertEquals(side, order.get("side").asText());
        assertEquals(type, order.get("type").asText());
        assertEquals(price, order.get("price").isNull() ? null : order.get("price").asText());
        assertTrue(order.get("quantity").isTextual(), "decimals are strings");
        assertEquals(quantity, order.get("quantity").asText());
        assertEquals(filled, order.get("filled").asText());
        assertEquals(timeInForce, order.get("time_in_force").asText());
        assertEquals(status, order.get("status").asText(), order.toString());
    }

    private static void assertDetail(JsonNode answer, String field, String type) {
        assertEquals(type, detail(answer, field).get("type").asText(), answer.toString());
    }

    private static JsonNode detail(JsonNode answer, String field) {
        for (JsonNode detail : answer.get("detail")) {
            if (texts(detail.get("loc")).equals(List.of("body", field))) {
                return detail;
            }
        }
        throw new AssertionError("no detail for body." + field + " in " + answer);
    }

    private static Set<String> userIds(JsonNode page) {
        Set<String> ids = new TreeSet<>();
        page.get("items").forEach(item -> ids.add(item.get("user_id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode with(JsonNode body, String field, String value) {
        return ((ObjectNode) body.deepCopy()).put(field, value);
    }

    private static JsonNode without(JsonNode body, String field) {
        ObjectNode copy = body.deepCopy();
        copy.remove(field);
        return copy;
    }

    /** Over HTTP: the header read, the replay told apart by a header of the answer, a bad key refused where it is. */
    private static void aCreateSentAgainWithItsIdempotencyKeyPlacesNothingMore() throws Exception {
        ObjectNode bid = ((ObjectNode) seed.get("create_limit_buy").deepCopy()).put("price", "900000000");
        HttpResponse<String> first = send(keyed(bid, "3b241101-e2bb-4255-8caf-4136c566a962"), ALICE);
        HttpResponse<String> again = send(keyed(bid, "3b241101-e2bb-4255-8caf-4136c566a962"), ALICE);

        String uid = created(first).get("uid").asText();
        assertEquals(uid, created(again).get("uid").asText());
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals(1, ok(get(orders + "?status=active&limit=100", ALICE)).get("items").findValuesAsText("uid").stream()
                .filter(uid::equals).count(), "one order with the key's uid");

        JsonNode badKey = refused(send(keyed(bid, "two words"), ALICE)).get("detail").get(0);
        assertEquals("[\"header\",\"Idempotency-Key\"]", badKey.get("loc").toString());
        assertEquals("value_error.idempotency_key", badKey.get("type").asText());
        // an empty key was taken for none, and a retry placed a second order (audit)
        assertTrue(refused(send(keyed(bid, ""), ALICE)).get("detail").get(0).get("msg").asText().endsWith("it is empty"));
        assertEquals("Idempotency-Key is given 2 times: send one", refused(send(keyed(bid, "k1").header("Idempotency-Key", "k2"),
                ALICE)).get("detail").get(0).get("msg").asText());
        assertEquals("cancelled", ok(post(orders + "/" + uid + "/cancel", ALICE, null)).get("status").asText());
    }

    private static HttpRequest.Builder keyed(JsonNode body, String idempotencyKey) throws IOException {
        return HttpRequest.newBuilder(URI.create(orders)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey);
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        return answered(201, response);
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        return answered(200, response);
    }

    private static JsonNode refused(HttpResponse<String> response) throws IOException {
        return answered(422, response);
    }

    private static JsonNode answered(int status, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertFalse(body.isMissingNode());
        return body;
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    private static HttpResponse<String> post(String url, String token, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return send(HttpRequest.newBuilder(URI.create(url)).POST(content).header("Content-Type", "application/json"), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
