package io.tradewind.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tradewind.runtime.PackagedApp;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issues 10 and 11, live trading end to end through the packaged service: one {@code serve} process
 * runs live instances on {@code nobitex}, {@code negociecoins} ({@link FakeNegocieCoins}) and
 * {@code nami} ({@link FakeNami}), one on {@code ordersapi} against the sandbox ({@link Sandbox}: another
 * Tradewind serving the Orders API on its paper exchange) and a paper instance on {@code toparz}'s feed, all against fake
 * venues (WireMock in this JVM). NegocieCoins and Nami each get their one order once, signed; it is
 * answered as accepted and found filled when reconciliation reads it back by the venue's id. The
 * crossover instances warm up on the fake's candle history, whose closes fall, and buy on the first
 * candle that closes after start-up, which jumps up (see {@link CrossingCandles}); the depth maker
 * bids on that same candle; so every first order comes within a minute of start-up, when the
 * minute closes. The live order goes to the fake Nobitex once, with its login token; reconciliation then
 * finds it done with its trade, and the service's API shows it filled and the position. The paper
 * instance decides on TopArz's candles and buys against TopArz's book (its best ask) without placing
 * anything there. Nothing the service writes
 * holds a configured secret, and SIGTERM stops the service before the application shuts its store
 * down. The run takes start-up plus up to a minute (the wait for the minute to close); its output
 * stays under {@code target/LiveVenueIT/}.
 */
class LiveVenueIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** Start-up plus the rest of the minute, until the first candle after start-up closes, plus reconciliation. */
    private static final Duration TRADE_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final String QUANTITY = "0.001";
    private static final String NOBITEX_ORDER_ID = "917001";
    private static final String SESSION_KEY = "live-venue-it-session-key-4Gd8Pw2";
    private static final String PLACED = "placed";
    private static final String NOBITEX_ECHO = "nobitex-order";
    private static final String CLIENT_ORDER_ID = "@CLIENT_ORDER_ID@";
    private static final String AMOUNT = "@AMOUNT@";
    /** The market maker's quote share per bid, and the inventory (share of its quote) after which it stops bidding. */
    private static final String MAKER_ORDER_SHARE = "0.5";
    private static final String MAKER_MAX_INVENTORY = "0.1";

    /** The secrets the service is given, by environment variable; none may ever be written out. */
    private static final Map<String, String> SECRETS = secrets();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PlacedOrderEcho echo = new PlacedOrderEcho(NOBITEX_ECHO, "/market/orders/add", Map.of(
            CLIENT_ORDER_ID, new PlacedOrderEcho.Field("clientOrderId", ""), AMOUNT, new PlacedOrderEcho.Field("amount", "0")));
    private WireMockServer nobitex;
    private WireMockServer toparz;
    private FakeNegocieCoins negocieCoins;
    private FakeNami nami;

    @BeforeEach
    void startFakeVenues() throws IOException {
        nobitex = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new CrossingCandles(), echo));
        toparz = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new CrossingCandles()));
        nobitex.start();
        toparz.start();
        stubNobitex();
        stubTopArz();
        negocieCoins = new FakeNegocieCoins();
        nami = new FakeNami(QUANTITY);
    }

    @AfterEach
    void stopFakeVenues() {
        nobitex.stop();
        toparz.stop();
        negocieCoins.server.stop();
        nami.server.stop();
    }

    @Test
    void liveInstancesTradeThroughTheExecutionServiceOnEachVenueAndPaperTradesOnTheVenueFeed() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        Path work = Files.createDirectories(Path.of("target", "LiveVenueIT", "run-" + System.currentTimeMillis()));
        Path dataDir = work.resolve("data");
        Path output = work.resolve("service.log");
        Path logFile = work.resolve("quarkus.log");
        long began = System.nanoTime();
        PackagedApp sandbox = Sandbox.start(work);
        Path config;
        try {
            config = writeConfig(work.resolve("service.properties"), logFile, sandbox);
        } catch (IOException | RuntimeException e) {
            sandbox.stop();
            throw e;
        }

        PackagedApp app = PackagedApp.start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dtradewind.data-dir=" + dataDir.toAbsolutePath(), "-Dquarkus.http.port=0"),
                List.of("serve", "--config", config.toAbsolutePath().toString()), SECRETS, output);
        JsonNode orders;
        JsonNode strategies;
        JsonNode sandboxOrder;
        try {
            String api = announcedBaseUrl(dataDir, app);
            orders = awaitApi(app, api + "/api/orders", list -> Stream.of("nobitex", "negociecoins", "nami", "ordersapi", "paper")
                    .allMatch(venue -> count(list, o -> o.path("venue").asText().equals(venue)
                            && o.path("status").asText().equals("filled")) == 1));
            strategies = awaitApi(app, api + "/api/strategies", list -> Stream.of("live", "maker", "nami", "relay", "paper")
                    .allMatch(id -> instance(list, id).path("ordersFilled").asLong() > 0));
            sandboxOrder = Sandbox.onlyAliceOrder();
        } finally {
            int stopped = app.stop();
            sandbox.stop();
            assertEquals(143, stopped, "SIGTERM ends the service gracefully:\n" + app.tail(20));
        }
        List<String> lines = app.lines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("service stopped"))
                && lines.stream().noneMatch(line -> line.contains("reconciliation failed")),
                "the service stops before the application shuts its store down:\n" + app.tail(20));
        System.out.printf("live venue test: traded live on four venues and on paper and stopped %d s after start%n",
                Duration.ofNanos(System.nanoTime() - began).toSeconds());

        JsonNode live = only(orders, "nobitex");
        JsonNode placement = onlyPlacement();
        assertEquals("Token " + SESSION_KEY, placement.path("authorization").asText());
        JsonNode body = placement.path("body");
        assertEquals(live.path("client_order_id").asText(), body.path("clientOrderId").asText(),
                "the client order id on the wire is the stored order's");
        assertEquals("buy", body.path("type").asText());
        assertEquals("market", body.path("execution").asText());
        assertEquals("btc", body.path("srcCurrency").asText());
        assertEquals("rls", body.path("dstCurrency").asText());
        assertEquals(QUANTITY, body.path("amount").asText());
        assertNull(body.get("price"), "a market order names no price: " + body);
        assertEquals(NOBITEX_ORDER_ID, live.path("uid").asText());
        assertEquals("live", live.path("strategy_instance").asText());
        assertAmount(QUANTITY, live.path("filled"));

        JsonNode paper = only(orders, "paper");
        assertEquals("paper", paper.path("strategy_instance").asText());
        assertAmount(QUANTITY, paper.path("filled"));
        toparz.verify(0, postRequestedFor(anyUrl()));
        assertTrue(toparz.findAll(anyRequestedFor(urlPathMatching("/api/v1/account/.*"))).isEmpty(),
                "the paper instance never calls TopArz's account");

        JsonNode liveView = instance(strategies, "live");
        assertAmount(QUANTITY, liveView.path("position"));
        assertEquals(0, new BigDecimal(Long.toString(CrossingCandles.JUMP)).compareTo(new BigDecimal(
                liveView.path("averagePrice").asText())), "bought at the fake's fill price: " + liveView);
        assertEquals(1, liveView.path("ordersFilled").asLong(), liveView.toString());
        JsonNode paperView = instance(strategies, "paper");
        assertAmount(QUANTITY, paperView.path("position"));
        assertEquals(0, new BigDecimal("6155000000").compareTo(new BigDecimal(paperView.path("averagePrice").asText())),
                "the paper buy took TopArz's best ask: " + paperView);

        assertNegocieCoinsTraded(only(orders, "negociecoins"), instance(strategies, "maker"));
        assertNamiTraded(only(orders, "nami"), instance(strategies, "nami"));

        // a service trading on another service's paper exchange, through the Orders API connector
        JsonNode relayed = only(orders, "ordersapi");
        assertEquals("relay", relayed.path("strategy_instance").asText());
        assertAmount(QUANTITY, relayed.path("filled"));
        assertEquals(relayed.path("uid").asText(), sandboxOrder.path("uid").asText(), "the sandbox's uid is the order's venue id");
        assertEquals("filled", sandboxOrder.path("status").asText(), sandboxOrder.toString());
        assertEquals("market", sandboxOrder.path("type").asText());
        assertAmount(QUANTITY, sandboxOrder.path("filled"));
        assertAmount(Sandbox.ASK, instance(strategies, "relay").path("averagePrice"));

        List<String> leaks = secretsWritten(work);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    /**
     * The market maker's one limit bid reached NegocieCoins once, signed, with the configured user
     * id; NegocieCoins answered it pending, and its fill, read back by NegocieCoins' id, is the
     * order's and the instance's in the service.
     */
    private void assertNegocieCoinsTraded(JsonNode order, JsonNode maker) throws IOException {
        JsonNode body = JSON.readTree(negocieCoins.onlyPlacement().getBodyAsString());
        assertEquals(1, body.path("brokerID").asInt(), "the seed: \"Usar 1 para a NegocieCoins\"");
        assertEquals(FakeNegocieCoins.USER_ID, body.path("userID").asLong());
        assertEquals("BRLBTC", body.path("pair").asText());
        assertEquals("buy", body.path("type").asText());
        assertFalse(negocieCoins.server.findAll(getRequestedFor(urlPathEqualTo(FakeNegocieCoins.PLACE + "/"
                + FakeNegocieCoins.ORDER_ID))).isEmpty(), "the fill is read back by NegocieCoins' id");
        assertEquals("maker", order.path("strategy_instance").asText());
        assertEquals(FakeNegocieCoins.ORDER_ID, order.path("uid").asText(), order.toString());
        assertAmount(body.path("price").asText(), order.path("price"));
        assertAmount(body.path("volume").asText(), order.path("quantity"));
        assertAmount(body.path("volume").asText(), order.path("filled"));
        assertAmount(body.path("volume").asText(), maker.path("position"));
        assertAmount(body.path("price").asText(), maker.path("averagePrice"));
        assertEquals(1, maker.path("ordersFilled").asLong(), maker.toString());
    }

    /**
     * The crossover's market buy reached Nami once, signed; Nami answered it new, and its fill, found
     * in Nami's order history, is the order's and the instance's in the service.
     */
    private void assertNamiTraded(JsonNode order, JsonNode instance) throws IOException {
        JsonNode body = nami.onlyPlacement();
        assertEquals("BTCUSDT", body.path("symbol").asText());
        assertEquals("BUY", body.path("side").asText());
        assertEquals("MARKET", body.path("type").asText());
        assertAmount(QUANTITY, body.path("quantity"));
        assertFalse(body.path("useQuoteQty").asBoolean(true), "sized by quantity, not by a quote amount: " + body);
        assertNull(body.get("price"), "a market order names no price: " + body);
        assertTrue(nami.historyReadAfterPlacement(), "the fill is read back from Nami's order history");
        assertEquals("nami", order.path("strategy_instance").asText());
        assertEquals(FakeNami.ORDER_ID, order.path("uid").asText(), order.toString());
        assertAmount(QUANTITY, order.path("filled"));
        assertAmount(QUANTITY, instance.path("position"));
        assertAmount(FakeNami.FILL_PRICE.toPlainString(), instance.path("averagePrice"));
        assertEquals(1, instance.path("ordersFilled").asLong(), instance.toString());
    }

    /** The fake Nobitex: its documented answers, with an order that is done once it has been placed. */
    private void stubNobitex() throws IOException {
        nobitex.stubFor(get(urlPathEqualTo("/v2/options")).willReturn(okJson(example("nobitex/options.json"))));
        nobitex.stubFor(post(urlPathEqualTo("/auth/login/"))
                .withRequestBody(matching(".*" + SECRETS.get("TRADEWIND_NOBITEX_PASSWORD") + ".*"))
                .withHeader("X-TOTP", matching("\\d{6}"))
                .willReturn(okJson("{\"status\":\"success\",\"key\":\"" + SESSION_KEY + "\",\"device\":\"dev1\"}")));
        nobitex.stubFor(get(urlPathEqualTo("/market/udf/history")).willReturn(aResponse()
                .withTransformers(CrossingCandles.NAME)));
        nobitex.stubFor(get(urlPathEqualTo("/v3/orderbook/BTCIRT")).willReturn(okJson(example("nobitex/orderbook-v3.json"))));
        nobitex.stubFor(authorized(get(urlPathEqualTo("/users/wallets/list"))).willReturn(okJson(example("nobitex/wallets.json"))));

        nobitex.stubFor(authorized(post(urlPathEqualTo("/market/orders/add"))).inScenario("order")
                .whenScenarioStateIs(STARTED).willSetStateTo(PLACED)
                .willReturn(echoed("{\"status\":\"ok\",\"order\":" + order("Active", "0") + "}")));
        nobitex.stubFor(authorized(get(urlPathEqualTo("/market/orders/list"))).inScenario("order")
                .willReturn(okJson("{\"status\":\"ok\",\"orders\":[]}")));
        nobitex.stubFor(authorized(get(urlPathEqualTo("/market/orders/list"))).inScenario("order")
                .whenScenarioStateIs(PLACED).withQueryParam("status", equalTo("all"))
                .willReturn(echoed("{\"status\":\"ok\",\"orders\":[" + order("Done", AMOUNT) + "]}")));
        nobitex.stubFor(authorized(post(urlPathEqualTo("/market/orders/status"))).inScenario("order")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"failed\",\"code\":\"NotFound\",\"message\":\"no such order\"}")));
        nobitex.stubFor(authorized(post(urlPathEqualTo("/market/orders/status"))).inScenario("order")
                .whenScenarioStateIs(PLACED).willReturn(echoed("{\"status\":\"ok\",\"order\":"
                        + order("Done", AMOUNT) + "}")));
        nobitex.stubFor(authorized(get(urlPathEqualTo("/market/trades/list"))).inScenario("order")
                .whenScenarioStateIs(STARTED).willReturn(okJson("{\"status\":\"ok\",\"trades\":[],\"hasNext\":false}")));
        nobitex.stubFor(authorized(get(urlPathEqualTo("/market/trades/list"))).inScenario("order")
                .whenScenarioStateIs(PLACED).willReturn(echoed("{\"status\":\"ok\",\"hasNext\":false,\"trades\":[{"
                        + "\"id\":88001,\"orderId\":" + NOBITEX_ORDER_ID + ",\"srcCurrency\":\"btc\",\"dstCurrency\":\"rls\","
                        + "\"market\":\"BTC-RLS\",\"timestamp\":\"" + PlacedOrderEcho.NOW + "\",\"type\":\"buy\","
                        + "\"price\":\"" + CrossingCandles.JUMP + "\",\"amount\":\"" + AMOUNT + "\","
                        + "\"total\":\"" + CrossingCandles.JUMP / 1000 + "\",\"fee\":\"13750\",\"feeCurrency\":\"rls\"}]}")));
    }

    /** The fake TopArz: its markets, candles, book and latest trades; anything else it is asked is a 404. */
    private void stubTopArz() throws IOException {
        toparz.stubFor(get(urlPathEqualTo("/api/v1/markets")).willReturn(okJson(example("toparz/markets.json"))));
        toparz.stubFor(get(urlPathEqualTo("/api/v1/udf")).willReturn(aResponse().withTransformers(CrossingCandles.NAME)));
        toparz.stubFor(get(urlPathEqualTo("/api/v1/depth/BTCTMN")).willReturn(okJson(example("toparz/depth.json"))));
        toparz.stubFor(get(urlPathEqualTo("/api/v1/latest-trade-summaries/BTCTMN"))
                .willReturn(okJson(example("toparz/latest-trades.json"))));
    }

    private static MappingBuilder authorized(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", equalTo("Token " + SESSION_KEY));
    }

    private static ResponseDefinitionBuilder echoed(String body) {
        return okJson(body).withTransformers(NOBITEX_ECHO);
    }

    /** The placed order as Nobitex shows it, with what has matched of it. */
    private static String order(String status, String matched) {
        return "{\"id\":" + NOBITEX_ORDER_ID + ",\"clientOrderId\":\"" + CLIENT_ORDER_ID + "\","
                + "\"type\":\"buy\",\"execution\":\"Market\",\"market\":\"BTC-RLS\",\"srcCurrency\":\"btc\","
                + "\"dstCurrency\":\"rls\",\"price\":\"market\",\"amount\":\"" + AMOUNT + "\","
                + "\"matchedAmount\":\"" + matched + "\",\"averagePrice\":\"" + CrossingCandles.JUMP + "\","
                + "\"status\":\"" + status + "\",\"fee\":\"0\",\"created_at\":\"" + PlacedOrderEcho.NOW + "\"}";
    }

    /** The one {@code orders/add} the fake Nobitex got: its Authorization header and its body. */
    private JsonNode onlyPlacement() throws IOException {
        List<LoggedRequest> adds = nobitex.findAll(postRequestedFor(urlPathEqualTo("/market/orders/add")));
        assertEquals(1, adds.size(), "orders/add was called " + adds.size() + " times");
        return JSON.createObjectNode().put("authorization", adds.get(0).getHeader("Authorization"))
                .set("body", JSON.readTree(adds.get(0).getBodyAsString()));
    }

    /**
     * Live instances on Nobitex and on Nami and a paper instance on TopArz's feed, each an SMA
     * crossover 2/4 buying {@value #QUANTITY}, and a live depth maker on NegocieCoins (limit orders
     * only there: the maker bids on its first candle, and once filled bids no more); every base URL
     * the fake's. Reconciliation every 3 s (Nobitex allows a wallets call every 6 s, 20 at once);
     * NegocieCoins' and Nami's paces are raised from their one call a second; logs also to a file.
     * One more crossover, {@code relay}, trades on the sandbox (another Tradewind serving the Orders
     * API) through the {@code ordersapi} connector, deciding on Nobitex's candles (in rial, as the
     * sandbox's BTC-IRR; TopArz's are in toman).
     */
    private Path writeConfig(Path file, Path logFile, PackagedApp sandbox) throws IOException {
        String properties = crossover("live", "nobitex", "BTC-IRT") + crossover("paper", "paper", "BTC-TMN")
                + crossover("nami", "nami", "BTC-USDT") + crossover("relay", "ordersapi", "BTC-IRR") + Sandbox.relayConfig()
                + """
                tradewind.venues.nobitex.base-url=%1$s
                tradewind.venues.nobitex.account=main
                tradewind.venues.toparz.base-url=%2$s
                tradewind.strategies.paper.feed-venue=toparz
                tradewind.strategies.paper.account=paper
                tradewind.paper.accounts.paper.balance.TMN=100000000000
                tradewind.venues.negociecoins.base-url=%3$s
                tradewind.venues.negociecoins.account=negociecoins
                tradewind.venues.negociecoins.user-id=%4$d
                tradewind.venues.negociecoins.symbols=BTC-BRL
                tradewind.venues.negociecoins.rate-limit.calls=50
                tradewind.strategies.maker.plugin=depth-maker
                tradewind.strategies.maker.venue=negociecoins
                tradewind.strategies.maker.feed=venue
                tradewind.strategies.maker.symbol=BTC-BRL
                tradewind.strategies.maker.params.order_share=%5$s
                tradewind.strategies.maker.params.max_inventory=%6$s
                tradewind.venues.nami.base-url=%7$s
                tradewind.venues.nami.account=nami
                tradewind.venues.nami.rate-limit.per-minute=600
                tradewind.execution.reconcile-interval=3s
                quarkus.log.file.enabled=true
                quarkus.log.file.path=%8$s
                """.formatted(nobitex.baseUrl(), toparz.baseUrl(), negocieCoins.server.baseUrl(), FakeNegocieCoins.USER_ID,
                MAKER_ORDER_SHARE, MAKER_MAX_INVENTORY, nami.server.baseUrl(), logFile.toAbsolutePath());
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** An SMA crossover 2/4 buying {@value #QUANTITY} on its venue's feed, trading on {@code venue}. */
    private static String crossover(String id, String venue, String symbol) {
        String p = "tradewind.strategies." + id + ".";
        return p + "plugin=sma-crossover\n" + p + "venue=" + venue + "\n" + p + "feed=venue\n" + p + "symbol=" + symbol + "\n"
                + p + "params.fast=2\n" + p + "params.slow=4\n" + p + "params.quantity=" + QUANTITY + "\n";
    }

    /** The base URL the service announces in its data directory once it serves. */
    private static String announcedBaseUrl(Path dataDir, PackagedApp app) throws Exception {
        Path serviceFile = dataDir.resolve("service.json");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode announced = Files.isRegularFile(serviceFile) ? readOrNull(serviceFile) : null;
            if (announced != null && announced.path("pid").asLong() == app.pid()) {
                return announced.path("baseUrl").asText();
            }
            assertTrue(app.awaitLine(0, line -> line.contains("error:"), Duration.ofMillis(100)) < 0,
                    "the service did not start:\n" + app.tail(30));
        }
        throw new AssertionError("the service never announced itself in " + serviceFile + ":\n" + app.tail(30));
    }

    private static JsonNode readOrNull(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null; // being written
        }
    }

    /** Polls a GET of the API with the operator token until its answer satisfies {@code done}. */
    private static JsonNode awaitApi(PackagedApp app, String url, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + TRADE_TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + SECRETS.get("TRADEWIND_API_TOKEN")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url + ": " + response.body());
            last = JSON.readTree(response.body());
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError(url + " never showed the trades; last answer " + last + "\n" + app.tail(40));
    }

    private static long count(JsonNode list, Predicate<JsonNode> wanted) {
        long n = 0;
        for (JsonNode item : list) {
            n += wanted.test(item) ? 1 : 0;
        }
        return n;
    }

    private static JsonNode only(JsonNode orders, String venue) {
        List<JsonNode> found = new ArrayList<>();
        orders.forEach(o -> {
            if (o.path("venue").asText().equals(venue)) {
                found.add(o);
            }
        });
        assertEquals(1, found.size(), "orders at " + venue + ": " + found);
        return found.get(0);
    }

    private static JsonNode instance(JsonNode strategies, String id) {
        for (JsonNode instance : strategies) {
            if (instance.path("id").asText().equals(id)) {
                return instance;
            }
        }
        throw new AssertionError("no instance " + id + " in " + strategies);
    }

    private static void assertAmount(String expected, JsonNode actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asText())), "expected " + expected
                + ", was " + actual);
    }

    static String example(String name) throws IOException {
        try (InputStream in = LiveVenueIT.class.getResourceAsStream("/exchange/" + name)) {
            assertTrue(in != null, "no example " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The service's own and every venue's credentials. */
    private static Map<String, String> secrets() {
        Map<String, String> secrets = new HashMap<>(Map.of(
                "TRADEWIND_API_TOKEN", "live-venue-it-api-token-6Rb3Ks8",
                "TRADEWIND_NOBITEX_USERNAME", "live-venue-it-user@example.com",
                "TRADEWIND_NOBITEX_PASSWORD", "live-venue-it-password-9Wn2Hq5",
                "TRADEWIND_NOBITEX_TOTP_SECRET", "NBSWY3DPO5XXE3DENBSWY3DPO5XXE3DE",
                "TRADEWIND_TOPARZ_TOKEN", "live-venue-it-toparz-token-2Vc7Lm4"));
        secrets.putAll(FakeNegocieCoins.SECRETS);
        secrets.putAll(FakeNami.SECRETS);
        secrets.putAll(Sandbox.TOKENS);
        secrets.put("TRADEWIND_ORDERSAPI_TOKEN", Sandbox.TOKENS.get("TRADEWIND_API_TOKEN_ALICE"));
        return Map.copyOf(secrets);
    }

    /** A line for each file the run wrote (output, log file, data directory) that holds a secret, naming the variable. */
    private static List<String> secretsWritten(Path work) throws IOException {
        List<String> found = new ArrayList<>();
        Map<String, String> secrets = new HashMap<>(SECRETS);
        secrets.put("the Nobitex session key", SESSION_KEY);
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                secrets.forEach((name, secret) -> {
                    if (text.contains(secret)) {
                        found.add(work.relativize(file) + " contains the value of " + name);
                    }
                });
            }
        }
        return found;
    }
}
