package io.tradewind.exchange.negociecoins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.ConfiguredInstruments;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.exchange.WrongBaseUrl;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The NegocieCoins connector against a fake NegocieCoins (WireMock) serving the seed's answers:
 * every call with the exact request it sends and its AMX signature recomputed here, and how each
 * failure reaches the caller.
 */
@QuarkusTest
class NegocieCoinsVenueTest {

    static final String APP_ID = NegocieCoinsSignatureTest.APP_ID;
    static final String API_KEY = NegocieCoinsSignatureTest.KEY;
    static final Map<String, String> ENV = Map.of("TRADEWIND_NEGOCIECOINS_APP_ID", APP_ID,
            "TRADEWIND_NEGOCIECOINS_API_KEY", API_KEY);
    static final String UID = "6f1c2a7e-0d3b-4e59-8c21-5a9e7b3d4f10";
    static final String TRADE = "/tradeapi/v1";
    static final String ORDERS = TRADE + "/user/orders";
    static final String ORDER = TRADE + "/user/order";
    /** When the pending fixture's order was created: 07:00:05 in São Paulo. */
    static final Instant CREATED = Instant.parse("2026-12-03T10:00:05Z");
    static final NegocieCoinsOptions FAST = new NegocieCoinsOptions(1000, Duration.ofSeconds(1), 4242L,
            new ConfiguredInstruments(List.of("BTC-BRL"), NegocieCoinsOptions.GRID));

    static WireMockServer server;
    private Venue venue;

    @Inject
    VenueRegistry registry;

    @BeforeAll
    static void startFakeNegocieCoins() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopFakeNegocieCoins() {
        server.stop();
    }

    @BeforeEach
    void freshVenue() {
        server.resetAll();
        venue = open(Duration.ofSeconds(5), Duration.ofSeconds(5), ENV);
    }

    /** A connector of its own, so that a pause of one test never reaches another. */
    static Venue open(Duration readTimeout, Duration rateLimitWait, Map<String, String> environment) {
        return new NegocieCoinsVenueFactory().open(new VenueSettings("negociecoins", URI.create(server.baseUrl()),
                Duration.ofSeconds(2), readTimeout, rateLimitWait, "main",
                new VenueCredentials("negociecoins", environment)), FAST);
    }

    static OrderRequest limitBuy() {
        return OrderRequest.limit(UID, "main", "BTC-BRL", Side.BUY, "512345.67", "0.0025", null);
    }

    static final String PLACE_BODY =
            "{\"brokerID\":1,\"userID\":4242,\"pair\":\"BRLBTC\",\"type\":\"buy\",\"volume\":0.0025,\"price\":512345.67}";

    /** Every filter the seed marks required; the end date is tomorrow, whenever the test runs. */
    static String filters(String status) {
        return "{\"page\":1,\"pageSize\":100,\"pair\":\"BRLBTC\",\"type\":\"buy\",\"status\":\"" + status
                + "\",\"startId\":1,\"endId\":2147483647,\"startDate\":\"2026-12-03\",\"endDate\":\"${json-unit.any-string}\"}";
    }

    static void refuse(com.github.tomakehurst.wiremock.client.MappingBuilder request, int status, String fixture) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(NegocieCoinsFixtures.text(fixture))));
    }

    /** Every request to the Trade API carries an AMX header whose signature is recomputed here from what arrived. */
    static void assertSigned(LoggedRequest request) {
        String header = request.getHeader("Authorization");
        assertTrue(header != null && header.startsWith("amx "), "no amx header: " + header);
        String[] parts = header.substring(4).split(":");
        assertEquals(4, parts.length, header);
        assertEquals(APP_ID, parts[0]);
        byte[] body = request.getBody();
        String expected = NegocieCoinsSignature.sign(APP_ID, API_KEY, request.getMethod().getName(),
                server.baseUrl() + request.getUrl(), Long.parseLong(parts[3]), parts[2], body);
        assertEquals(expected, parts[1], "signature of " + request.getMethod() + " " + request.getUrl());
        assertTrue(parts[2].matches("[0-9a-f]{32}"), "nonce " + parts[2]);
    }

    static void assertAllTradeApiRequestsSigned() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        for (LoggedRequest request : requests) {
            if (request.getUrl().startsWith(TRADE)) {
                assertSigned(request);
            } else {
                assertNull(request.getHeader("Authorization"), "public calls go out unsigned");
            }
        }
    }

    // ---------------------------------------------------------------- what it is

    @Test
    void declaresWhatNegocieCoinsCanDoAndNoClientOrderIds() throws Exception {
        assertFalse(venue.knowsClientOrderIds());
        assertFalse(venue.can(VenueCapability.CLIENT_ORDER_IDS));
        assertFalse(venue.can(VenueCapability.OWN_TRADES));
        assertFalse(venue.can(VenueCapability.STOP_ORDERS));
        assertTrue(venue.can(VenueCapability.CANDLES));
        assertTrue(venue.can(VenueCapability.PLACE));
        assertEquals(List.of(Instrument.of("BTC-BRL", "BTC", "BRL", "0.01", "0.00000001", "0.00000001", "0.005",
                "0.005")), venue.instruments(), "the configured market, asked of no one");
        assertEquals(0, server.getAllServeEvents().size());
        assertEquals(Kind.UNSUPPORTED, assertThrows(VenueCallException.class, () -> venue.ownTrades("main", null))
                .kind());
    }

    @Test
    void theRegistryOpensNegocieCoinsAtItsProductionUrlUnlessConfigured() {
        assertTrue(registry.knows("negociecoins"));
        assertEquals(URI.create("https://broker.negociecoins.com.br"),
                registry.settings("negociecoins", null).baseUrl());
    }

    // ---------------------------------------------------------------- market data

    @Test
    void theOrderBookComesFromThePublicApiUnsigned() throws Exception {
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/orderbook"))
                .willReturn(okJson(NegocieCoinsFixtures.text("orderbook.json"))));

        DepthSnapshot book = venue.depth("BTC-BRL");

        assertEquals("BTC-BRL", book.symbol());
        assertEquals(new BigDecimal("512300.00"), book.bids().get(0).price());
        assertEquals(new BigDecimal("512450.50"), book.asks().get(0).price());
        server.verify(1, getRequestedFor(urlEqualTo("/api/v3/btcbrl/orderbook")).withHeader("Authorization", absent()));
    }

    @Test
    void recentTradesComeOldestFirst() throws Exception {
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades"))
                .willReturn(okJson(NegocieCoinsFixtures.text("trades-window.json"))));

        List<PublicTrade> trades = venue.recentTrades("BTC-BRL");

        assertEquals("90001", trades.get(0).tradeId());
        assertEquals("90005", trades.get(4).tradeId());
        server.verify(1, getRequestedFor(urlEqualTo("/api/v3/btcbrl/trades")));
    }

    @Test
    void candlesAreBuiltFromTheTradesOfTheRangeExactly() throws Exception {
        long from = 1_764_748_800L; // 2025-12-03T08:00:00Z
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades/" + from + "/" + (from + 180)))
                .willReturn(okJson(NegocieCoinsFixtures.text("trades-window.json"))));

        CandlePage page = venue.candles("BTC-BRL", Resolution.M1, Instant.ofEpochSecond(from),
                Instant.ofEpochSecond(from + 180));

        assertTrue(page.done());
        assertEquals(3, page.candles().size(), "the trade at 08:03:20 is outside the range");
        assertCandle(page.candles().get(0), from, "512000", "512900.5", "512000", "512900.5", "0.03", "15378.01");
        assertCandle(page.candles().get(1), from + 60, "512500", "512500", "512500", "512500", "0.003", "1537.5");
        assertCandle(page.candles().get(2), from + 120, "511800", "511800", "511800", "511800", "0.5", "255900");
    }

    @Test
    void aRangeStartingInsideABucketBeginsAtTheNextBucket() throws Exception {
        long from = 1_764_748_800L;
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades/" + (from + 60) + "/" + (from + 3660)))
                .willReturn(okJson(NegocieCoinsFixtures.text("trades-window.json"))));

        CandlePage page = venue.candles("BTC-BRL", Resolution.M1, Instant.ofEpochSecond(from + 1),
                Instant.ofEpochSecond(from + 7200));

        assertEquals(Instant.ofEpochSecond(from + 3660), page.nextFrom());
        assertEquals(List.of(from + 60, from + 120, from + 180),
                page.candles().stream().map(c -> c.openTime().getEpochSecond()).toList(),
                "the trades of 08:00, a bucket the range starts inside of, are left out");
    }

    @Test
    void aWindowStartingOnABucketHoldsEveryTradeOfIt() throws Exception {
        long from = 1_764_748_800L;
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades/" + from + "/" + (from + 3600)))
                .willReturn(okJson(NegocieCoinsFixtures.text("trades-window.json"))));

        CandlePage page = venue.candles("BTC-BRL", Resolution.M1, Instant.ofEpochSecond(from),
                Instant.ofEpochSecond(from + 7200));

        assertEquals(Instant.ofEpochSecond(from + 3600), page.nextFrom());
        assertEquals(4, page.candles().size());
        assertCandle(page.candles().get(3), from + 180, "511000", "511000", "511000", "511000", "1", "511000");
    }

    private static void assertCandle(Candle candle, long openSecond, String open, String high, String low,
            String close, String volume, String quoteVolume) {
        assertEquals(Instant.ofEpochSecond(openSecond), candle.openTime());
        assertEquals(0, new BigDecimal(open).compareTo(candle.open()), "open " + candle);
        assertEquals(0, new BigDecimal(high).compareTo(candle.high()), "high " + candle);
        assertEquals(0, new BigDecimal(low).compareTo(candle.low()), "low " + candle);
        assertEquals(0, new BigDecimal(close).compareTo(candle.close()), "close " + candle);
        assertEquals(0, new BigDecimal(volume).compareTo(candle.volume()), "volume " + candle);
        assertEquals(0, new BigDecimal(quoteVolume).compareTo(candle.quoteVolume()), "quote volume " + candle);
    }

    // ---------------------------------------------------------------- account

    @Test
    void balancesAreASignedGet() throws Exception {
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(okJson(NegocieCoinsFixtures.text("balance.json"))));

        List<Balance> balances = venue.balances("main");

        assertEquals(new Balance("BRL", new BigDecimal("47.252"), new BigDecimal("400.0")), balances.get(0));
        server.verify(1, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void aLimitBuyIsPostedWithTheSeedsBodyAndAnsweredUnderOurUid() throws Exception {
        server.stubFor(post(urlEqualTo(ORDER)).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo(PLACE_BODY))
                .willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))));

        VenueOrder order = venue.place(limitBuy());

        assertEquals(UID, order.clientOrderId());
        assertEquals("7401", order.venueOrderId());
        assertEquals(OrderStatus.ACTIVE, order.status());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)).withRequestBody(equalTo(PLACE_BODY)));
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void marketOrdersAreUnsupportedAndNeverSent() {
        VenueCallException e = assertThrows(VenueCallException.class,
                () -> venue.place(OrderRequest.market(UID, "main", "BTC-BRL", Side.SELL, "0.1")));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void orderStatusAsksByTheVenuesIdAndReportsOurUid() throws Exception {
        server.stubFor(get(urlEqualTo(ORDER + "/7396")).willReturn(okJson(NegocieCoinsFixtures.text("order.json"))));

        VenueOrder order = venue.orderStatus("main", UID, "7396").orElseThrow();
        VenueOrder keyed = venue.orderStatus("main", VenueOrder.venueKeyed("7396")).orElseThrow();

        assertEquals(UID, order.clientOrderId());
        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(VenueOrder.venueKeyed("7396"), keyed.clientOrderId());
        server.verify(2, getRequestedFor(urlEqualTo(ORDER + "/7396")).withRequestBody(absent()));
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void withoutTheVenuesIdNothingIsAskedAndTheOrderIsUnknown() throws Exception {
        assertTrue(venue.orderStatus("main", UID).isEmpty());
        assertTrue(venue.cancel("main", UID).isEmpty());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void anOrderTheVenueDoesNotKnowIsEmpty() throws Exception {
        refuse(get(urlEqualTo(ORDER + "/999")), 404, "error-ordem-nao-encontrada.json");
        refuse(delete(urlEqualTo(ORDER + "/999")), 404, "error-ordem-nao-encontrada.json");

        assertEquals(Optional.empty(), venue.orderStatus("main", UID, "999"));
        assertEquals(Optional.empty(), venue.cancel("main", UID, "999"));
    }

    /**
     * Every 404 was an order NegocieCoins does not know, and a refused placement: a mistyped base
     * URL made a lost placement look never placed.
     */
    @Test
    void a404ThatSaysNothingOfTheOrderIsAWrongBaseUrlNeverAnUnknownOrderOrARejection() {
        for (String body : List.of("", "<html><body>404 Not Found</body></html>", "{\"error\":\"Not Found\"}",
                "{\"status\":404,\"error\":\"no such endpoint; the endpoints are listed at /q/openapi\"}",
                "{\"Message\":\"No HTTP resource was found that matches the request URI"
                        + " 'https://example.com/typo/tradeapi/v1/user/order/999'.\"}",
                NegocieCoinsFixtures.text("error-saldo.json"))) {
            WrongBaseUrl.everyPathAnswers404(server, body);

            WrongBaseUrl.eachCallIsNotTheVenue("negociecoins", body, List.of(() -> venue.orderStatus("main", UID, "999"),
                    () -> venue.cancel("main", UID, "999"), () -> venue.balances("main"), () -> venue.place(limitBuy())));
        }
    }

    /**
     * The seed documents no error body: NegocieCoins' own 404 of an unknown id may be empty or a bare
     * {@code Not Found}, which a wrong base URL answers too. Read as a wrong base URL, a vanished order
     * stayed live (funds held, never ready) for good; the balances answering, signed alike, at the same
     * base URL make it the order's.
     */
    @Test
    void anAmbiguous404IsAnUnknownOrderWhenTheBalancesAnswerAtTheSameBaseUrl() throws Exception {
        for (String body : List.of("", "{\"error\":\"Not Found\"}", "{\"title\":\"Not Found\",\"status\":404}")) {
            server.resetAll();
            server.stubFor(get(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404).withBody(body)));
            server.stubFor(delete(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404).withBody(body)));
            server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(okJson(NegocieCoinsFixtures.text("balance.json"))));

            assertEquals(Optional.empty(), venue.orderStatus("main", UID, "999"), body);
            assertEquals(Optional.empty(), venue.cancel("main", UID, "999"), body);
            server.verify(2, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
            assertAllTradeApiRequestsSigned();
        }
    }

    /** The balances not answered as NegocieCoins does (404, a page that is no balances) leave the 404 the server's. */
    @Test
    void anAmbiguous404IsAWrongBaseUrlWhenTheBalancesAreNotAnsweredEither() {
        for (com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder balances : List.of(
                aResponse().withStatus(404).withBody("{\"error\":\"Not Found\"}"), okJson("<html>Bem-vindo</html>"))) {
            server.resetAll();
            server.stubFor(get(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404)));
            server.stubFor(delete(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404)
                    .withBody("{\"error\":\"Not Found\"}")));
            server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(balances));

            VenueCallException status = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "999"));
            VenueCallException cancel = assertThrows(VenueCallException.class, () -> venue.cancel("main", UID, "999"));

            assertEquals("negociecoins GET /tradeapi/v1/user/order/{orderId}: HTTP 404, an answer negociecoins does not"
                    + " give; the base URL may not be a negociecoins server: check it", status.getMessage());
            assertEquals(Kind.MALFORMED_ANSWER, cancel.kind());
            assertTrue(cancel.getMessage().startsWith("negociecoins cancel: HTTP 404,"), cancel.getMessage());
            assertFalse(cancel.mayHaveTakenEffect());
            server.verify(2, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
        }
    }

    /** "Pedido", as Portuguese venues also call an order, is NegocieCoins saying it knows no such order: nothing more is asked. */
    @Test
    void a404ThatSpeaksOfAPedidoIsAnUnknownOrder() throws Exception {
        server.stubFor(get(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"Pedido não encontrado.\"}")));

        assertEquals(Optional.empty(), venue.orderStatus("main", UID, "999"));
        server.verify(0, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
    }

    /** An HTML page or words naming a path are no answer of NegocieCoins', whatever the balances say: nothing is asked. */
    @Test
    void a404RecognisablyNotNegocieCoinsIsAWrongBaseUrlWithoutAskingAgain() {
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(okJson(NegocieCoinsFixtures.text("balance.json"))));
        for (String body : List.of("<html><body>404 Not Found</body></html>", "{\"Message\":\"No HTTP resource was"
                + " found that matches the request URI 'https://example.com/typo/tradeapi/v1/user/order/999'.\"}")) {
            server.stubFor(get(urlEqualTo(ORDER + "/999")).willReturn(aResponse().withStatus(404).withBody(body)));

            VenueCallException e = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "999"));

            assertEquals(Kind.MALFORMED_ANSWER, e.kind(), body);
        }
        server.verify(0, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
    }

    @Test
    void cancelDeletesByTheVenuesId() throws Exception {
        server.stubFor(delete(urlEqualTo(ORDER + "/7401")).willReturn(okJson(NegocieCoinsFixtures.text("order-cancelled.json"))));

        VenueOrder cancelled = venue.cancel("main", UID, "7401").orElseThrow();

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(UID, cancelled.clientOrderId());
        server.verify(1, deleteRequestedFor(urlEqualTo(ORDER + "/7401")));
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void cancellingAFilledOrderAnswersItsFilledState() throws Exception {
        server.stubFor(delete(urlEqualTo(ORDER + "/7396")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"A ordem já foi executada.\"}")));
        server.stubFor(get(urlEqualTo(ORDER + "/7396")).willReturn(okJson(NegocieCoinsFixtures.text("order.json"))));

        VenueOrder order = venue.cancel("main", UID, "7396").orElseThrow();

        assertEquals(OrderStatus.FILLED, order.status());
        server.verify(1, deleteRequestedFor(urlEqualTo(ORDER + "/7396")));
    }

    /** The seed marks every filter of "user / orders" required: they went without type, ids and an end date. */
    @Test
    void openOrdersListPendingAndPartiallyFilledOrdersOfEachSideVenueKeyed() throws Exception {
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.status", equalTo("pending")))
                .withRequestBody(matchingJsonPath("$.type", equalTo("buy")))
                .willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))));

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(1, open.size());
        assertEquals(VenueOrder.venueKeyed("7401"), open.get(0).clientOrderId());
        String tomorrow = LocalDate.now(NegocieCoinsAdapters.VENUE_ZONE).plusDays(1).toString();
        for (String status : List.of("pending", "partially filled")) {
            for (String side : List.of("buy", "sell")) {
                server.verify(1, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(equalToJson("{\"page\":1,"
                        + "\"pageSize\":100,\"pair\":\"BRLBTC\",\"type\":\"" + side + "\",\"status\":\"" + status + "\","
                        + "\"startId\":1,\"endId\":2147483647,\"startDate\":\"2015-01-01\",\"endDate\":\"" + tomorrow + "\"}")));
            }
        }
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void theOrdersListIsPagedWhilePagesComeBackFull() throws Exception {
        String full = fullPageOfPendingSells();
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.page", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.status", equalTo("pending")))
                .withRequestBody(matchingJsonPath("$.type", equalTo("sell"))).willReturn(okJson(full)));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.page", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.status", equalTo("pending")))
                .withRequestBody(matchingJsonPath("$.type", equalTo("sell")))
                .willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))));

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(NegocieCoinsVenue.PAGE_SIZE + 1, open.size());
        assertEquals("7401", open.get(NegocieCoinsVenue.PAGE_SIZE).venueOrderId());
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(matchingJsonPath("$.page", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.status", equalTo("pending"))));
        server.verify(0, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(matchingJsonPath("$.page", equalTo("3"))));
    }

    /** The list stopped at 20 full pages without a word: a lost placement past them read as never placed. */
    @Test
    void anOrdersListLongerThanThePagesReadFailsInsteadOfBeingCutShort() {
        String full = fullPageOfPendingSells();
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.status", equalTo("pending")))
                .withRequestBody(matchingJsonPath("$.type", equalTo("sell"))).willReturn(okJson(full)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals("negociecoins cannot list more than 2,000 pending sell orders of BTC-BRL created since 2015-01-01 in one"
                + " call (20 pages of 100): the list would be cut short", e.getMessage());
    }

    /** As many pending sells as a page holds. */
    private static String fullPageOfPendingSells() {
        StringBuilder full = new StringBuilder("[");
        for (int id = 1; id <= NegocieCoinsVenue.PAGE_SIZE; id++) {
            full.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"created\":\"2026-12-03T07:00:05\","
                    + "\"pair\":\"BRLBTC\",\"type\":\"sell\",\"status\":\"pending\",\"price\":600000,"
                    + "\"quantity\":0.1,\"executed_quantity\":0}");
        }
        return full.append("]").toString();
    }

    @Test
    void publicAndPrivateCallsShareTheOneRateLimit() throws Exception {
        Venue paced = new NegocieCoinsVenueFactory().open(new VenueSettings("negociecoins", URI.create(server.baseUrl()),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100), "main",
                new VenueCredentials("negociecoins", ENV)), new NegocieCoinsOptions(1, Duration.ofHours(1), 4242L,
                new ConfiguredInstruments(List.of("BTC-BRL"), NegocieCoinsOptions.GRID)));
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/orderbook"))
                .willReturn(okJson(NegocieCoinsFixtures.text("orderbook.json"))));

        paced.depth("BTC-BRL");
        VenueCallException second = assertThrows(VenueCallException.class, () -> paced.balances("main"));

        assertEquals(Kind.RATE_LIMITED, second.kind());
        assertEquals(1, server.getAllServeEvents().size());
    }

    // ---------------------------------------------------------------- lost answers

    @Test
    void aPlacementWhoseAnswerIsLostAfterTheVenueAcceptedItIsFoundAndNeverSentAgain() throws Exception {
        Venue slow = open(Duration.ofMillis(400), Duration.ofSeconds(5), ENV);
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))
                .withFixedDelay(1500)));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.status",
                equalTo("pending"))).willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))));

        VenueCallException lost = assertThrows(VenueCallException.class, () -> slow.place(limitBuy()));
        Optional<VenueOrder> found = slow.findPlacement(limitBuy(), CREATED.minusSeconds(5), Set.of());

        assertEquals(Kind.TIMEOUT, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertEquals("7401", found.orElseThrow().venueOrderId());
        assertEquals(UID, found.get().clientOrderId());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
        server.verify(1, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(equalToJson(filters("pending"))));
        assertAllTradeApiRequestsSigned();
    }

    @Test
    void aPlacementLostBeforeTheVenueAcceptedItIsNotFoundInOpenOrdersOrHistory() throws Exception {
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(503)));
        server.stubFor(post(urlEqualTo(ORDERS)).willReturn(okJson("[]")));

        VenueCallException lost = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));
        Optional<VenueOrder> found = venue.findPlacement(limitBuy(), CREATED.minusSeconds(5), Set.of());

        assertEquals(Kind.UNAVAILABLE, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertTrue(found.isEmpty());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
        for (String status : List.of("pending", "partially filled", "filled", "cancelled", "rejected")) {
            server.verify(1, postRequestedFor(urlEqualTo(ORDERS)).withRequestBody(equalToJson(filters(status))));
        }
    }

    @Test
    void findPlacementSkipsClaimedOrdersAndOrdersCreatedBeforeTheRecord() throws Exception {
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlEqualTo(ORDERS)).atPriority(1).withRequestBody(matchingJsonPath("$.status",
                equalTo("pending"))).willReturn(okJson(NegocieCoinsFixtures.text("order-pending.json"))));

        assertTrue(venue.findPlacement(limitBuy(), CREATED.minusSeconds(5), Set.of("7401")).isEmpty());
        assertTrue(venue.findPlacement(limitBuy(), CREATED.plusSeconds(1), Set.of()).isEmpty());
        assertTrue(venue.findPlacement(OrderRequest.limit(UID, "main", "BTC-BRL", Side.BUY, "512345.68", "0.0025",
                null), CREATED.minusSeconds(5), Set.of()).isEmpty(), "another price is another order");
        assertEquals("7401", venue.findPlacement(limitBuy(), CREATED.plusMillis(900), Set.of()).orElseThrow()
                .venueOrderId(), "the venue's times have whole seconds");
    }

    // ---------------------------------------------------------------- failures

    @Test
    void aValidationRefusalIsARejectedOrderWithTheVenuesPortugueseWordsLoggedVerbatim() throws Exception {
        refuse(post(urlEqualTo(ORDER)), 400, "error-saldo.json");
        List<String> logged = CapturedLogs.during(() -> {
            VenueOrder order = venue.place(limitBuy());
            assertEquals(OrderStatus.REJECTED, order.status());
            assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), order.rejectionReasons());
            assertEquals(UID, order.clientOrderId());
        });

        assertTrue(logged.stream().anyMatch(line -> line.contains(
                "negociecoins refused order " + UID + " (HTTP 400): Saldo insuficiente para realizar esta operação.")),
                logged.toString());
    }

    @Test
    void aMinimumQuantityRefusalHasItsReason() throws Exception {
        refuse(post(urlEqualTo(ORDER)), 422, "error-validacao.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM), order.rejectionReasons());
    }

    @Test
    void aReadRefusedCarriesTheVenuesWordsVerbatim() {
        server.stubFor(get(urlEqualTo(ORDER + "/abc")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"O identificador da ordem é inválido.\"}")));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "abc"));

        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("negociecoins GET /tradeapi/v1/user/order/{orderId}: HTTP 400: O identificador da ordem é inválido.",
                e.getMessage());
    }

    @Test
    void withoutCredentialsPrivateCallsNameTheVariablesAndSendNothing() {
        Venue anonymous = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of());

        VenueCallException e = assertThrows(VenueCallException.class, () -> anonymous.balances("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertTrue(e.getMessage().contains("TRADEWIND_NEGOCIECOINS_APP_ID"), e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    /** The key is decoded to sign: a key that is not base64 failed while signing, as a lost connection ("maybe placed"). */
    @Test
    void anApiKeyThatIsNotBase64IsACredentialsFailureAndNothingIsSent() {
        String urlSafeKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8-_w";
        Venue misconfigured = open(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Map.of("TRADEWIND_NEGOCIECOINS_APP_ID", "0123456789abcdef", "TRADEWIND_NEGOCIECOINS_API_KEY", urlSafeKey));

        VenueCallException place = assertThrows(VenueCallException.class, () -> misconfigured.place(
                OrderRequest.limit(UID, "main", "BTC-BRL", Side.BUY, "512345.67", "0.0025", null)));
        VenueCallException balances = assertThrows(VenueCallException.class, () -> misconfigured.balances("main"));

        assertEquals(Kind.AUTHENTICATION, place.kind());
        assertFalse(place.mayHaveTakenEffect());
        assertEquals(Kind.AUTHENTICATION, balances.kind());
        assertEquals("negociecoins: TRADEWIND_NEGOCIECOINS_API_KEY is not base64, as NegocieCoins gives its API keys;"
                + " copy the key again", balances.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void aRefusedSignatureIsAnAuthenticationFailure() {
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"Assinatura inválida\"}")));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.balances("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        server.verify(1, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
    }

    @Test
    void tooManyRequestsPausesTheWholeVenue() {
        Venue impatient = open(Duration.ofSeconds(5), Duration.ofMillis(200), ENV);
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/orderbook"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        VenueCallException first = assertThrows(VenueCallException.class, () -> impatient.depth("BTC-BRL"));
        VenueCallException other = assertThrows(VenueCallException.class, () -> impatient.balances("main"));

        assertEquals(Kind.RATE_LIMITED, first.kind());
        assertEquals(Duration.ofSeconds(120), first.retryAfter());
        assertEquals(Kind.RATE_LIMITED, other.kind());
        assertEquals(1, server.getAllServeEvents().size(), "the paused venue sent nothing more");
    }

    @Test
    void aServerErrorOnAReadIsRetriedThenUnavailable() {
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(aResponse().withStatus(500)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.balances("main"));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        server.verify(3, getRequestedFor(urlEqualTo(TRADE + "/user/balance")));
    }

    @Test
    void aTimeoutOnAReadIsRetriedThenATimeout() {
        Venue slow = open(Duration.ofMillis(300), Duration.ofSeconds(5), ENV);
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades")).willReturn(okJson("[]").withFixedDelay(1200)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> slow.recentTrades("BTC-BRL"));

        assertEquals(Kind.TIMEOUT, e.kind());
        assertFalse(e.mayHaveTakenEffect());
    }

    @Test
    void malformedJsonIsAMalformedAnswerAndOnAPlacementMayHaveTakenEffect() {
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(okJson("{\"BRL\": {")));
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(okJson("<html>gateway</html>")));

        VenueCallException read = assertThrows(VenueCallException.class, () -> venue.balances("main"));
        VenueCallException write = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.MALFORMED_ANSWER, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void theKeyNeverReachesALogLineOrAnExceptionMessageEvenWhenTheVenueEchoesIt() throws Exception {
        String echo = "{\"message\":\"Chave inválida: " + API_KEY + " / " + APP_ID + "\"}";
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(400).withBody(echo)));
        server.stubFor(get(urlEqualTo(TRADE + "/user/balance")).willReturn(aResponse().withStatus(401).withBody(echo)));
        server.stubFor(get(urlEqualTo(ORDER + "/1")).willReturn(aResponse().withStatus(403).withBody(echo)));
        List<Throwable> thrown = new CopyOnWriteArrayList<>();

        List<String> logged = CapturedLogs.during(() -> {
            assertEquals(OrderStatus.REJECTED, venue.place(limitBuy()).status());
            thrown.add(assertThrows(VenueCallException.class, () -> venue.balances("main")));
            thrown.add(assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "1")));
        });

        assertTrue(logged.stream().anyMatch(line -> line.contains("Chave inválida: **** / ****")), logged.toString());
        for (String line : logged) {
            assertFalse(line.contains(API_KEY) || line.contains(APP_ID), line);
        }
        assertEquals(2, thrown.size());
        for (Throwable failure : thrown) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                assertFalse(message.contains(API_KEY) || message.contains(APP_ID), message);
            }
        }
    }
}
