package io.tradewind.exchange.ordersapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.ConfiguredInstruments;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.exchange.WrongBaseUrl;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.MutableClock;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.SubmitResult;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Resolution;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Orders API connector against a fake Orders API (WireMock) serving the seed's examples: every
 * call with the exact request it sends (method, path, query, Bearer token, body), how each failure
 * reaches the caller, and the execution service resolving placements whose answer was lost.
 */
@QuarkusTest
class OrdersApiVenueTest {

    static final String TOKEN = "ordersapi-test-token-8e41c0d2";
    static final Map<String, String> ENV = Map.of("TRADEWIND_ORDERSAPI_TOKEN", TOKEN);
    static final String ORDERS = "/api/exchange/v1/orders";
    static final String UID = "5b0e7c1a-2f4d-4a8e-9c3b-7d6e5f4a3b21";
    static final String EMPTY_PAGE = "{\"items\":[],\"total\":0,\"offset\":0,\"limit\":100}";
    static final String LIMIT_BUY_BODY = "{\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\","
            + "\"price\":\"1000000000\",\"quantity\":\"0.5\",\"time_in_force\":\"good-till-canceled\"}";
    /** Fast enough for tests: the default is 60 a minute. */
    static final OrdersApiOptions FAST = new OrdersApiOptions(1000, Duration.ofSeconds(1), null, null,
            OrdersApiOptions.DEFAULTS.markets());

    static WireMockServer server;
    private Venue venue;

    @Inject
    VenueRegistry registry;

    @Inject
    Instance<CommandLine> commandLines;

    @BeforeAll
    static void startFakeOrdersApi() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopFakeOrdersApi() {
        server.stop();
    }

    @BeforeEach
    void freshVenue() {
        server.resetAll();
        venue = open(Duration.ofSeconds(5), Duration.ofSeconds(5), ENV, FAST, Clock.systemUTC());
    }

    /** A connector of its own, so that a pause of one test never reaches another. */
    static Venue open(Duration readTimeout, Duration rateLimitWait, Map<String, String> environment,
            OrdersApiOptions options, Clock clock) {
        return new OrdersApiVenueFactory().open(new VenueSettings("ordersapi", URI.create(server.baseUrl()),
                Duration.ofSeconds(2), readTimeout, rateLimitWait, "main", new VenueCredentials("ordersapi", environment)),
                options, clock);
    }

    static MappingBuilder bearer(MappingBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    static void serve(MappingBuilder request, String fixture) {
        server.stubFor(request.willReturn(okJson(OrdersApiFixtures.text(fixture))));
    }

    static void answer(MappingBuilder request, int status, String body) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    static String list(String query) {
        return ORDERS + "?offset=0&limit=100" + query;
    }

    static MappingBuilder placeLimitBuy() {
        return bearer(post(urlEqualTo(ORDERS))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo(LIMIT_BUY_BODY));
    }

    static OrderRequest limitBuy() {
        return OrdersApiAdaptersTest.seedLimitBuy(UID);
    }

    /** Every request carried the token, and only in the Authorization header. */
    static void assertEveryRequestCarriedTheToken() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertFalse(requests.isEmpty());
        for (LoggedRequest request : requests) {
            assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"), request.getUrl());
            assertFalse(request.getUrl().contains(TOKEN));
        }
    }

    // ---------------------------------------------------------------- what it is

    @Test
    void declaresWhatTheSeedOffersAndTakesInstrumentsFromConfiguration() throws Exception {
        assertFalse(venue.knowsClientOrderIds());
        assertFalse(venue.listsOwnTrades());
        assertFalse(venue.listsBalances());
        assertEquals(Set.of(VenueCapability.INSTRUMENTS, VenueCapability.PLACE, VenueCapability.CANCEL,
                VenueCapability.ORDER_STATUS, VenueCapability.OPEN_ORDERS, VenueCapability.STOP_ORDERS),
                venue.capabilities());
        assertEquals(List.of(Instrument.of("BTC-IRR", "BTC", "IRR", "1", "0.00000001", "0.0001", "0.001", "0.001")),
                venue.instruments(), "the configured market, asked of no one");
        for (CapturedLogs.Action unsupported : List.<CapturedLogs.Action>of(() -> venue.balances("main"), () -> venue.depth("BTC-IRR"),
                () -> venue.recentTrades("BTC-IRR"), () -> venue.ownTrades("main", null),
                () -> venue.candles("BTC-IRR", Resolution.M1, Instant.EPOCH, Instant.EPOCH.plusSeconds(60)))) {
            assertEquals(Kind.UNSUPPORTED, assertThrows(VenueCallException.class, unsupported::run).kind());
        }
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void theRegistryKnowsTheVenueAndWithoutABaseUrlNothingIsSent() {
        assertTrue(registry.knows("ordersapi"));
        VenueSettings settings = registry.settings("ordersapi", null);
        assertEquals(OrdersApiVenue.NO_BASE_URL, settings.baseUrl());

        Venue nowhere = new OrdersApiVenueFactory().open(new VenueSettings("ordersapi", settings.baseUrl(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), "main",
                new VenueCredentials("ordersapi", ENV)), FAST, Clock.systemUTC());
        VenueCallException e = assertThrows(VenueCallException.class, () -> nowhere.openOrders("main"));

        assertEquals("ordersapi: set tradewind.venues.ordersapi.base-url (or --base-url): the Orders API has no public"
                + " address", e.getMessage());
    }

    @Test
    void instrumentsAndTheUserComeFromConfiguration() {
        OrdersApiOptions options = OrdersApiVenueFactory.options(new io.smallrye.config.SmallRyeConfigBuilder()
                .withSources(new io.smallrye.config.PropertiesConfigSource(Map.of(
                        "tradewind.venues.ordersapi.symbols", "BTC-IRR,usdt-irr",
                        "tradewind.venues.ordersapi.tick-size", "10",
                        "tradewind.venues.ordersapi.user-id", "user_123",
                        "tradewind.venues.ordersapi.rate-limit.calls", "5"), "test", 100)).build());

        assertEquals(new OrdersApiOptions(5, Duration.ofMinutes(1), "user_123", null, new ConfiguredInstruments(
                List.of("BTC-IRR", "USDT-IRR"), new ConfiguredInstruments.Grid(BigDecimal.TEN,
                        new BigDecimal("0.00000001"), new BigDecimal("0.0001"), new BigDecimal("0.001"),
                        new BigDecimal("0.001")))), options);
    }

    @Test
    void theExchangeCommandListsTheConfiguredMarketsAndNamesTheTokenToSet() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine markets = commandLines.get();
        markets.setOut(new PrintWriter(out, true));
        int listed = markets.execute("exchange", "ordersapi", "markets", "--json");
        CommandLine orders = commandLines.get();
        orders.setErr(new PrintWriter(err, true));
        int refused = orders.execute("exchange", "ordersapi", "orders", "--base-url", server.baseUrl());

        assertEquals(0, listed, out.toString());
        assertTrue(out.toString().contains("\"symbol\" : \"BTC-IRR\"") && out.toString().contains("\"min_quantity\" : \"0.0001\""),
                out.toString());
        assertTrue(refused != 0);
        assertEquals("error: ordersapi: set the environment variable TRADEWIND_ORDERSAPI_TOKEN for private calls\n",
                err.toString());
        assertEquals(0, server.getAllServeEvents().size());
    }

    // ---------------------------------------------------------------- every call

    @Test
    void aLimitBuyIsTheSeedsCreateBodyWithTheTokenAndIsAnsweredUnderOurUid() throws Exception {
        server.stubFor(placeLimitBuy().willReturn(aResponse().withStatus(201).withHeader("Content-Type",
                "application/json").withBody(OrdersApiFixtures.text("create-limit-buy.json"))));

        VenueOrder order = venue.place(limitBuy());

        assertEquals(UID, order.clientOrderId());
        assertEquals("ord_789xyz", order.venueOrderId());
        assertEquals(OrderStatus.ACTIVE, order.status());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
        assertEveryRequestCarriedTheToken();
    }

    @Test
    void aStopLimitSendsItsStopPriceAndAMarketSellFillsWithItsTrade() throws Exception {
        server.stubFor(bearer(post(urlEqualTo(ORDERS))).withRequestBody(equalTo("{\"symbol\":\"BTC-IRR\",\"side\":\"sell\","
                + "\"type\":\"stop-limit\",\"price\":\"940000000\",\"quantity\":\"0.5\",\"time_in_force\":"
                + "\"good-till-canceled\",\"stop_price\":\"950000000\"}")).willReturn(aResponse().withStatus(201)
                .withBody(OrdersApiFixtures.text("create-stop-limit.json"))));
        server.stubFor(bearer(post(urlEqualTo(ORDERS))).withRequestBody(equalTo("{\"symbol\":\"BTC-IRR\",\"side\":\"sell\","
                + "\"type\":\"market\",\"quantity\":\"0.2\",\"time_in_force\":\"immediate-or-cancel\"}"))
                .willReturn(aResponse().withStatus(201).withBody(OrdersApiFixtures.text("create-market-sell.json"))));

        VenueOrder stop = venue.place(new OrderRequest("s1", "main", "BTC-IRR", Side.SELL, OrderType.STOP_LIMIT,
                new BigDecimal("940000000"), new BigDecimal("0.5"), null, new BigDecimal("950000000"), null, null));
        VenueOrder market = venue.place(OrderRequest.market("m1", "main", "BTC-IRR", Side.SELL, "0.2"));

        assertEquals(OrderStatus.QUEUED, stop.status());
        assertEquals(OrderStatus.FILLED, market.status());
        assertEquals("trade_791", market.trades().get(0).tradeId());
        assertEquals("m1", market.trades().get(0).clientOrderId());
    }

    @Test
    void aMarketBuySizedByAQuoteAmountIsUnsupportedAndNeverSent() {
        OrderRequest quoteSized = new OrderRequest("q1", "main", "BTC-IRR", Side.BUY, OrderType.MARKET, null, null,
                new BigDecimal("1000000"), null, null, null);

        assertEquals(Kind.UNSUPPORTED, assertThrows(VenueCallException.class, () -> venue.place(quoteSized)).kind());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void anOrderIsRetrievedWithAPostByTheVenuesUidWithItsTrades() throws Exception {
        serve(bearer(post(urlEqualTo(ORDERS + "/ord_123"))), "retrieve.json");

        VenueOrder order = venue.orderStatus("main", UID, "ord_123").orElseThrow();

        assertEquals(UID, order.clientOrderId());
        assertEquals(OrderStatus.PARTIAL, order.status());
        assertEquals("trade_456", order.trades().get(0).tradeId());
        assertTrue(venue.orderStatus("main", UID).isEmpty(), "without the venue's uid there is nothing to ask");
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS + "/ord_123")));
        server.verify(0, getRequestedFor(urlPathEqualTo(ORDERS + "/ord_123")));
        assertEveryRequestCarriedTheToken();
    }

    @Test
    void cancelPostsToTheOrdersCancelPath() throws Exception {
        serve(bearer(post(urlEqualTo(ORDERS + "/ord_123/cancel"))), "cancel.json");

        VenueOrder order = venue.cancel("main", VenueOrder.venueKeyed("ord_123")).orElseThrow();

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(new BigDecimal("0.2"), order.filled());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS + "/ord_123/cancel")));
    }

    @Test
    void openOrdersListEachOpenStatusVenueKeyedAndRetrieveThoseThatFilledSomething() throws Exception {
        server.stubFor(get(urlPathEqualTo(ORDERS)).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        serve(bearer(get(urlEqualTo(list("&status=active")))).atPriority(1), "list-active.json");
        serve(bearer(post(urlEqualTo(ORDERS + "/ord_123"))), "retrieve.json");

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(List.of(VenueOrder.venueKeyed("ord_123"), VenueOrder.venueKeyed("ord_456")),
                open.stream().map(VenueOrder::clientOrderId).toList());
        assertEquals(List.of("trade_456"), open.get(0).trades().stream().map(t -> t.tradeId()).toList(),
                "the partly filled order's trades, so its fills are recorded while it is open");
        for (String status : List.of("new", "queued", "active", "partial")) {
            server.verify(1, getRequestedFor(urlEqualTo(list("&status=" + status))));
        }
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS + "/ord_123")));
        server.verify(0, postRequestedFor(urlEqualTo(ORDERS + "/ord_456")));
        assertEveryRequestCarriedTheToken();
    }

    @Test
    void theListIsPagedByOffsetWhilePagesComeBackFull() throws Exception {
        StringBuilder full = new StringBuilder("{\"items\":[");
        for (int i = 1; i <= OrdersApiVenue.PAGE_SIZE; i++) {
            full.append(i == 1 ? "" : ",").append("{\"uid\":\"o").append(i).append("\",\"symbol\":\"BTC-IRR\",\"side\":"
                    + "\"sell\",\"type\":\"limit\",\"price\":\"1050000000\",\"quantity\":\"0.3\",\"filled\":\"0\","
                    + "\"status\":\"new\",\"created_at\":\"2025-12-30T11:00:00Z\"}");
        }
        full.append("],\"total\":101,\"offset\":0,\"limit\":100}");
        server.stubFor(get(urlPathEqualTo(ORDERS)).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        server.stubFor(get(urlEqualTo(list("&status=new"))).atPriority(1).willReturn(okJson(full.toString())));
        serve(get(urlEqualTo(ORDERS + "?offset=100&limit=100&status=new")).atPriority(1), "list-active.json");
        serve(post(urlEqualTo(ORDERS + "/ord_123")), "retrieve.json");

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(OrdersApiVenue.PAGE_SIZE + 2, open.size());
        server.verify(1, getRequestedFor(urlEqualTo(ORDERS + "?offset=100&limit=100&status=new")));
        server.verify(0, getRequestedFor(urlEqualTo(ORDERS + "?offset=102&limit=100&status=new")));
    }

    @Test
    void theConfiguredUserIsSentWithListsAndPlacements() throws Exception {
        Venue forUser = open(Duration.ofSeconds(5), Duration.ofSeconds(5), ENV, new OrdersApiOptions(1000,
                Duration.ofSeconds(1), "user_123", "wallet_456", FAST.markets()), Clock.systemUTC());
        server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(EMPTY_PAGE)));
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                .withBody(OrdersApiFixtures.text("create-limit-buy.json"))));

        forUser.openOrders("main");
        forUser.place(limitBuy());

        server.verify(1, getRequestedFor(urlEqualTo(list("&user_id=user_123&status=active"))));
        server.verify(postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(equalTo(LIMIT_BUY_BODY.replace("}",
                ",\"user_id\":\"user_123\",\"wallet_id\":\"wallet_456\"}"))));
    }

    // ---------------------------------------------------------------- lost answers

    @Test
    void aPlacementWhoseAnswerIsLostAfterTheVenueAcceptedItIsFoundAndNeverSentAgain() throws Exception {
        Venue slow = open(Duration.ofMillis(400), Duration.ofSeconds(5), ENV, FAST, Clock.systemUTC());
        server.stubFor(placeLimitBuy().willReturn(aResponse().withStatus(201)
                .withBody(OrdersApiFixtures.text("create-limit-buy.json")).withFixedDelay(1500)));
        server.stubFor(bearer(get(urlPathEqualTo(ORDERS))).withQueryParam("offset", equalTo("0"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("symbol", equalTo("BTC-IRR"))
                .withQueryParam("side", equalTo("buy")).withQueryParam("created_at_from", equalTo("2025-12-30T11:59:58Z"))
                .withQueryParam("status", absent()).withQueryParam("user_id", absent())
                .willReturn(okJson("{\"items\":[" + OrdersApiFixtures.text("create-limit-buy.json") + "],\"total\":1}")));

        VenueCallException lost = assertThrows(VenueCallException.class, () -> slow.place(limitBuy()));
        Optional<VenueOrder> found = slow.findPlacement(limitBuy(), Instant.parse("2025-12-30T11:59:58.700Z"), Set.of());

        assertEquals(Kind.TIMEOUT, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertEquals("ord_789xyz", found.orElseThrow().venueOrderId());
        assertEquals(UID, found.get().clientOrderId());
        assertTrue(slow.findPlacement(limitBuy(), Instant.parse("2025-12-30T11:59:58Z"), Set.of("ord_789xyz")).isEmpty(),
                "an order already ours is not taken for the lost one");
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
        assertEveryRequestCarriedTheToken();
    }

    @Test
    void theExecutionServiceAdoptsAnOrderWhoseAnswerWasLostAndNeverPlacesItAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-30T12:00:00Z"));
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService execution = executionOnOrdersApi(clock, store);
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                .withBody(OrdersApiFixtures.text("create-limit-buy.json")).withFixedDelay(1500)));

        SubmitResult submitted = execution.submit("sma", seedBuyIntent());
        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("created_at_from", equalTo("2025-12-30T11:59:55Z"))
                .willReturn(okJson("{\"items\":[" + OrdersApiFixtures.text("create-limit-buy.json") + "]}")));
        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("status", equalTo("active")).willReturn(okJson(
                "{\"items\":[" + OrdersApiFixtures.text("create-limit-buy.json") + "]}")));
        execution.reconcile();

        assertEquals(SubmitResult.Outcome.UNCONFIRMED, submitted.outcome());
        OrderRecord found = execution.order(submitted.order().clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.ACTIVE, found.status());
        assertEquals("ord_789xyz", found.venueOrderId());
        assertEquals(1, execution.liveOrders().size(), "the venue's open order is ours, not adopted a second time");

        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("status", equalTo("active")).willReturn(okJson(EMPTY_PAGE)));
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_789xyz")).willReturn(okJson(OrdersApiFixtures.text("retrieve.json")
                .replace("ord_123", "ord_789xyz").replace("\"partial\"", "\"filled\"").replace("\"filled\": \"0.2\"",
                        "\"filled\": \"0.5\"").replace("\"quantity\": \"0.2\"", "\"quantity\": \"0.5\""))));
        execution.reconcile();

        assertEquals(OrderStatus.FILLED, execution.order(found.clientOrderId()).orElseThrow().status());
        assertEquals(List.of(new BigDecimal("0.5")), store.fills("ordersapi").stream().map(FillRecord::quantity).toList(),
                "the order's trade is its fill, under our id");
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    }

    @Test
    void aLostPlacementIsNotGivenTheVenueIdOfAnEarlierOrderOfOursThatHasAlreadyEnded() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-30T12:00:00Z"));
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService execution = executionOnOrdersApi(clock, store);
        // a first buy, answered, fills at once and ends
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                .withBody(seedOrder("ord_A", "active", "0.0", "2025-12-30T12:00:00Z", ""))));
        String first = execution.submit("sma", seedBuyIntent()).order().clientOrderId();
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_A")).willReturn(okJson(
                seedOrder("ord_A", "filled", "0.5", "2025-12-30T12:00:00Z", "trade_A"))));
        execution.reconcile();
        assertEquals(OrderStatus.FILLED, execution.order(first).orElseThrow().status());
        // two seconds later the same buy again, whose answer is lost; it fills too
        clock.advance(Duration.ofSeconds(2));
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201).withFixedDelay(1500)
                .withBody(seedOrder("ord_B", "active", "0.0", "2025-12-30T12:00:02Z", ""))));
        String second = execution.submit("sma", seedBuyIntent()).order().clientOrderId();
        server.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("created_at_from", equalTo("2025-12-30T11:59:57Z"))
                .willReturn(okJson("{\"items\":[" + seedOrder("ord_A", "filled", "0.5", "2025-12-30T12:00:00Z", null)
                        + "," + seedOrder("ord_B", "filled", "0.5", "2025-12-30T12:00:02Z", null) + "],\"total\":2}")));
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_B")).willReturn(okJson(
                seedOrder("ord_B", "filled", "0.5", "2025-12-30T12:00:02Z", "trade_B"))));
        execution.reconcile();

        assertEquals("ord_B", execution.order(second).orElseThrow().venueOrderId(),
                "ord_A is already the first order's: the lost one is the other look-alike");
        assertEquals(List.of("trade_A", "trade_B"), store.fills("ordersapi").stream().map(FillRecord::tradeId).toList());
    }

    /**
     * A bot repeating one order: four look-alikes of ours ended before the lost one. Asked one at a time,
     * three searches never got past them and the lost placement stayed an open question for good.
     */
    @Test
    void aLostPlacementIsFoundPastMoreEndedLookAlikesOfOursThanASearchAtATime() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-30T12:00:00Z"));
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService execution = executionOnOrdersApi(clock, store);
        StringBuilder listed = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String uid = "ord_A" + i;
            String at = "2025-12-30T12:00:0" + (i - 1) + "Z";
            server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                    .withBody(seedOrder(uid, "active", "0.0", at, ""))));
            execution.submit("sma", seedBuyIntent());
            server.stubFor(post(urlEqualTo(ORDERS + "/" + uid)).willReturn(okJson(seedOrder(uid, "filled", "0.5", at, "trade_A" + i))));
            execution.reconcile();
            listed.append(seedOrder(uid, "filled", "0.5", at, null)).append(',');
            clock.advance(Duration.ofSeconds(1));
        }
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201).withFixedDelay(1500)
                .withBody(seedOrder("ord_B", "active", "0.0", "2025-12-30T12:00:04Z", ""))));
        String lost = execution.submit("sma", seedBuyIntent()).order().clientOrderId();
        server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("{\"items\":[" + listed
                + seedOrder("ord_B", "filled", "0.5", "2025-12-30T12:00:04Z", null) + "],\"total\":5}")));
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_B")).willReturn(okJson(
                seedOrder("ord_B", "filled", "0.5", "2025-12-30T12:00:04Z", "trade_B"))));
        execution.reconcile();

        assertEquals("ord_B", execution.order(lost).orElseThrow().venueOrderId());
        assertEquals(List.of("trade_A1", "trade_A2", "trade_A3", "trade_A4", "trade_B"),
                store.fills("ordersapi").stream().map(FillRecord::tradeId).toList());
    }

    /** A buy of the seed's (0.5 BTC-IRR at 1000000000) as the venue answers it; trades {@code null}: not reported. */
    private static String seedOrder(String uid, String status, String filled, String createdAt, String tradeId) {
        String trades = tradeId == null ? "" : ",\"trades\":[" + (tradeId.isEmpty() ? "" : "{\"trade_id\":\"" + tradeId
                + "\",\"quantity\":\"0.5\",\"price\":\"1000000000\",\"created_at\":\"" + createdAt
                + "\",\"status\":\"executed\"}") + "]";
        return "{\"uid\":\"" + uid + "\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\","
                + "\"price\":\"1000000000\",\"quantity\":\"0.5\",\"filled\":\"" + filled + "\","
                + "\"time_in_force\":\"good-till-canceled\",\"status\":\"" + status + "\",\"created_at\":\"" + createdAt
                + "\",\"updated_at\":\"" + createdAt + "\"" + trades + "}";
    }

    @Test
    void aPlacementLostBeforeTheVenueGotItIsClosedAsNotPlacedAndTheRetryIsPlacedOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-30T12:00:00Z"));
        ExecutionService execution = executionOnOrdersApi(clock, new InMemoryExecutionStore());
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(503)));

        String lost = execution.submit("sma", seedBuyIntent()).order().clientOrderId();
        execution.reconcile();
        assertEquals(OrderStatus.NEW, execution.order(lost).orElseThrow().status(), "still an open question");
        clock.advance(Duration.ofSeconds(31));
        execution.reconcile();

        OrderRecord closed = execution.order(lost).orElseThrow();
        assertEquals(OrderStatus.REJECTED, closed.status());
        assertEquals(List.of(RejectionReason.NOT_PLACED), closed.rejectionReasons());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));

        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                .withBody(OrdersApiFixtures.text("create-limit-buy.json"))));
        SubmitResult retried = execution.submit("sma", seedBuyIntent());

        assertEquals(SubmitResult.Outcome.SENT, retried.outcome());
        assertEquals("ord_789xyz", execution.order(retried.order().clientOrderId()).orElseThrow().venueOrderId());
        server.verify(2, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(equalTo(LIMIT_BUY_BODY)));
    }

    /** The execution service trading BTC-IRR on an Orders API connector whose clock is the service's. */
    private static ExecutionService executionOnOrdersApi(MutableClock clock, InMemoryExecutionStore store) {
        server.stubFor(get(urlPathEqualTo(ORDERS)).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        Venue venue = open(Duration.ofMillis(400), Duration.ofSeconds(5), ENV, FAST, clock);
        Instrument btc = OrdersApiOptions.DEFAULTS.markets().instruments().get(0);
        AtomicInteger ids = new AtomicInteger();
        ExecutionService execution = new ExecutionService(venue, store, Map.of(btc.symbol(), btc), RiskConfig.none(),
                new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), clock, () -> "n" + ids.incrementAndGet()));
        execution.start();
        return execution;
    }

    private static OrderIntent seedBuyIntent() {
        return new OrderIntent("main", "BTC-IRR", Side.BUY, OrderType.LIMIT, new BigDecimal("1000000000"),
                new BigDecimal("0.5"), null, TimeInForce.GOOD_TILL_CANCELED, null);
    }

    // ---------------------------------------------------------------- failures

    @Test
    void withoutTheTokenPrivateCallsNameTheVariableAndSendNothing() {
        Venue anonymous = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of(), FAST, Clock.systemUTC());

        VenueCallException e = assertThrows(VenueCallException.class, () -> anonymous.place(limitBuy()));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertEquals("ordersapi: set the environment variable TRADEWIND_ORDERSAPI_TOKEN for private calls",
                e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void unauthorisedIsAnAuthenticationFailure() {
        answer(get(urlPathEqualTo(ORDERS)), 401, "{\"detail\":\"Not authenticated\"}");

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        server.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void forbiddenIsAnAuthenticationFailureWithTheVenuesWordsOnEveryCall() {
        answer(post(urlEqualTo(ORDERS + "/ord_456/cancel")), 403, "{\"detail\":\"Not enough permissions\"}");
        answer(post(urlEqualTo(ORDERS)), 403, "{\"detail\":\"Not enough permissions\"}");

        VenueCallException cancel = assertThrows(VenueCallException.class,
                () -> venue.cancel("main", UID, "ord_456"));
        VenueCallException place = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.AUTHENTICATION, cancel.kind());
        assertEquals("ordersapi POST /api/exchange/v1/orders/{uid}/cancel: HTTP 403, forbidden: the token may not do"
                + " this: Not enough permissions", cancel.getMessage());
        assertEquals(Kind.AUTHENTICATION, place.kind());
        assertFalse(place.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS + "/ord_456/cancel")));
    }

    @Test
    void anOrderTheVenueDoesNotKnowIsEmptyForStatusAndCancel() throws Exception {
        answer(post(urlEqualTo(ORDERS + "/ord_999")), 404, "{\"detail\":\"no order with uid 'ord_999'\"}");
        answer(post(urlEqualTo(ORDERS + "/ord_999/cancel")), 404, "{\"detail\":\"Order not found\"}");

        assertTrue(venue.orderStatus("main", UID, "ord_999").isEmpty());
        assertTrue(venue.cancel("main", UID, "ord_999").isEmpty());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS + "/ord_999")));
    }

    /**
     * Every 404 read as "no such order": a mistyped base URL made a lost placement look never
     * placed ({@code exchange ordersapi status} exited 4), inviting a duplicate order.
     */
    @Test
    void a404ThatIsNotTheApisUnknownOrderIsAWrongBaseUrlNeverAnOrderItDoesNotKnow() throws Exception {
        for (String body : List.of("", "<html><body><h1>404 Not Found</h1></body></html>",
                "{\"status\":404,\"error\":\"no such endpoint; the endpoints are listed at /q/openapi\"}",
                "{\"detail\":\"Not Found\"}", "{\"detail\":\"no such endpoint; the endpoints are listed at /q/openapi\"}")) {
            WrongBaseUrl.everyPathAnswers404(server, body);

            WrongBaseUrl.eachCallIsNotTheVenue("ordersapi", body, List.of(() -> venue.orderStatus("main", UID, "ord_999"),
                    () -> venue.cancel("main", UID, "ord_999"), () -> venue.openOrders("main"), () -> venue.place(limitBuy())));
        }
    }

    /**
     * The seed documents the unknown {@code uid}'s 404 without a body, and FastAPI's {@code
     * HTTPException(404)} says {@code Not Found} as an unknown path does: read as a wrong base URL, the
     * venue's genuine "no such order" kept a vanished order live (funds held, never ready) for good.
     * The list of orders answering at the same base URL makes it the order's.
     */
    @Test
    void anAmbiguous404IsAnUnknownOrderWhenTheListOfOrdersAnswersAtTheSameBaseUrl() throws Exception {
        for (String body : List.of("", "{\"detail\":\"Not Found\"}")) {
            server.resetAll();
            answer(post(urlEqualTo(ORDERS + "/ord_999")), 404, body);
            answer(post(urlEqualTo(ORDERS + "/ord_999/cancel")), 404, body);
            server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(EMPTY_PAGE)));

            assertEquals(Optional.empty(), venue.orderStatus("main", UID, "ord_999"), body);
            assertEquals(Optional.empty(), venue.cancel("main", UID, "ord_999"), body);
            server.verify(2, getRequestedFor(urlEqualTo(ORDERS + "?offset=0&limit=1"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        }
    }

    /** The list of orders not answering as the venue does (404, a page that is no page) leaves the 404 the server's. */
    @Test
    void anAmbiguous404IsAWrongBaseUrlWhenTheListOfOrdersIsNotAnsweredEither() throws Exception {
        for (MappingBuilder list : List.of(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not Found\"}")),
                get(urlPathEqualTo(ORDERS)).willReturn(okJson("<html><body>Welcome</body></html>")))) {
            server.resetAll();
            answer(post(urlEqualTo(ORDERS + "/ord_999")), 404, "{\"detail\":\"Not Found\"}");
            answer(post(urlEqualTo(ORDERS + "/ord_999/cancel")), 404, "");
            server.stubFor(list);

            VenueCallException status = assertThrows(VenueCallException.class,
                    () -> venue.orderStatus("main", UID, "ord_999"));
            VenueCallException cancel = assertThrows(VenueCallException.class, () -> venue.cancel("main", UID, "ord_999"));

            assertEquals("ordersapi POST /api/exchange/v1/orders/{uid}: HTTP 404, an answer ordersapi does not give;"
                    + " the base URL may not be a ordersapi server: check it", status.getMessage());
            assertEquals(Kind.MALFORMED_ANSWER, cancel.kind());
            assertTrue(cancel.getMessage().startsWith("ordersapi POST /api/exchange/v1/orders/{uid}/cancel: HTTP 404,"),
                    cancel.getMessage());
            assertFalse(cancel.mayHaveTakenEffect());
            server.verify(2, getRequestedFor(urlEqualTo(ORDERS + "?offset=0&limit=1")));
        }
    }

    /** An HTML page or words naming a path are no answer of the API's, whatever the list says: nothing is asked. */
    @Test
    void a404RecognisablyNotTheApisIsAWrongBaseUrlWithoutAskingAgain() {
        server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(EMPTY_PAGE)));
        for (String body : List.of("<html><body><h1>404 Not Found</h1></body></html>",
                "{\"detail\":\"no such endpoint; the endpoints are listed at /q/openapi\"}")) {
            answer(post(urlEqualTo(ORDERS + "/ord_999")), 404, body);

            VenueCallException e = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "ord_999"));

            assertEquals(Kind.MALFORMED_ANSWER, e.kind(), body);
        }
        server.verify(0, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void aValidationRefusalIsARejectedOrderWithItsReasonAndTheVenuesWordsLoggedVerbatim() throws Exception {
        answer(placeLimitBuy(), 422, OrdersApiFixtures.text("error-quantity-below-minimum.json"));
        List<String> logged = CapturedLogs.during(() -> {
            VenueOrder order = venue.place(limitBuy());
            assertEquals(OrderStatus.REJECTED, order.status());
            assertEquals(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM), order.rejectionReasons());
            assertEquals(UID, order.clientOrderId());
        });

        assertTrue(logged.stream().anyMatch(line -> line.equals("ordersapi refused order " + UID
                + " (HTTP 422): body.quantity: value is less than minimum (limit_value 0.0001)")), logged.toString());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    }

    @Test
    void aCancelRefusedForAnOrderThatEndedAnswersItsFinalStateAndOtherwiseKeepsTheVenuesWords() throws Exception {
        answer(post(urlEqualTo(ORDERS + "/ord_123/cancel")), 422, "{\"detail\":[{\"loc\":[\"path\",\"uid\"],"
                + "\"msg\":\"order cannot be cancelled\",\"type\":\"value_error\"}]}");
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_123")).willReturn(okJson(OrdersApiFixtures.text("cancel.json"))));

        assertEquals(OrderStatus.CANCELLED, venue.cancel("main", UID, "ord_123").orElseThrow().status());

        serve(post(urlEqualTo(ORDERS + "/ord_123")), "retrieve.json");
        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.cancel("main", UID, "ord_123"));

        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("ordersapi POST /api/exchange/v1/orders/{uid}/cancel: HTTP 422: path.uid: order cannot be"
                + " cancelled", e.getMessage());
    }

    @Test
    void tooManyRequestsPausesTheWholeVenue() {
        Venue impatient = open(Duration.ofSeconds(5), Duration.ofMillis(200), ENV, FAST, Clock.systemUTC());
        server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        VenueCallException first = assertThrows(VenueCallException.class, () -> impatient.openOrders("main"));
        VenueCallException other = assertThrows(VenueCallException.class, () -> impatient.place(limitBuy()));

        assertEquals(Kind.RATE_LIMITED, first.kind());
        assertEquals(Duration.ofSeconds(120), first.retryAfter());
        assertEquals(Kind.RATE_LIMITED, other.kind());
        assertEquals(1, server.getAllServeEvents().size(), "the paused venue sent nothing more");
    }

    @Test
    void theRateLimitIsOneBucketForEveryCall() throws Exception {
        Venue paced = open(Duration.ofSeconds(5), Duration.ofMillis(100), ENV, new OrdersApiOptions(1,
                Duration.ofHours(1), null, null, FAST.markets()), Clock.systemUTC());
        serve(post(urlEqualTo(ORDERS + "/ord_123")), "retrieve.json");

        paced.orderStatus("main", UID, "ord_123");
        VenueCallException second = assertThrows(VenueCallException.class, () -> paced.place(limitBuy()));

        assertEquals(Kind.RATE_LIMITED, second.kind());
        assertEquals(1, server.getAllServeEvents().size());
    }

    @Test
    void aServerErrorOnAReadIsRetriedThenUnavailableAndOnAPlacementIsNeverSentAgain() {
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_123")).willReturn(aResponse().withStatus(500)));
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(500)));

        VenueCallException read = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "ord_123"));
        VenueCallException write = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.UNAVAILABLE, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        server.verify(3, postRequestedFor(urlEqualTo(ORDERS + "/ord_123")));
        assertEquals(Kind.UNAVAILABLE, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    }

    @Test
    void aReadWithoutAnswerInTimeIsATimeout() {
        Venue slow = open(Duration.ofMillis(300), Duration.ofSeconds(5), ENV, FAST, Clock.systemUTC());
        server.stubFor(post(urlEqualTo(ORDERS + "/ord_123")).willReturn(okJson(OrdersApiFixtures.text("retrieve.json"))
                .withFixedDelay(1200)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> slow.orderStatus("main", UID, "ord_123"));

        assertEquals(Kind.TIMEOUT, e.kind());
        assertFalse(e.mayHaveTakenEffect());
    }

    @Test
    void malformedJsonIsAMalformedAnswerAndOnAPlacementMayHaveTakenEffect() {
        server.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("{\"items\": [")));
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(okJson("<html>gateway</html>")));

        VenueCallException read = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));
        VenueCallException write = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.MALFORMED_ANSWER, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    }

    @Test
    void theTokenNeverReachesALogLineOrAnExceptionMessageEvenWhenTheVenueEchoesIt() throws Exception {
        String echo = "{\"detail\":\"bad token " + TOKEN + "\"}";
        answer(post(urlEqualTo(ORDERS)), 422, echo);
        answer(post(urlEqualTo(ORDERS + "/1")), 403, echo);
        List<Throwable> thrown = new CopyOnWriteArrayList<>();

        List<String> logged = CapturedLogs.during(() -> {
            assertEquals(OrderStatus.REJECTED, venue.place(limitBuy()).status());
            thrown.add(assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "1")));
        });

        assertTrue(logged.stream().anyMatch(line -> line.contains("bad token ****")), logged.toString());
        logged.forEach(line -> assertFalse(line.contains(TOKEN), line));
        for (Throwable t = thrown.get(0); t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.getMessage());
        }
    }
}
