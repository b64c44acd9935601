package io.tradewind.exchange.toparz;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.exchange.VenueRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.exchange.WrongBaseUrl;
import io.tradewind.execution.VenueException;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TopArz connector against a fake TopArz (WireMock) serving the seed's answers: every call,
 * the exact requests it sends, and how each failure reaches the caller.
 */
@QuarkusTest
class TopArzVenueTest {

    static final String TOKEN = "tz-9f2c4e1a7b3d-test-token";
    static final String BEARER = "Bearer " + TOKEN;
    static final String LIMIT_BUY_ID = "0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10";
    static final String SEED_ID = "f6921326-cd2a-48e9-9fd1-1c6296deed46";
    static final String ORDERS = "/api/v1/account/orders";
    static final String ACTIVE = "/api/v1/account/orders/active";
    static final String EMPTY_LIST = "{\"succeed\":true,\"data\":[]}";

    static WireMockServer server;
    private Venue venue;

    @Inject
    VenueRegistry registry;

    @BeforeAll
    static void startFakeTopArz() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopFakeTopArz() {
        server.stop();
    }

    @BeforeEach
    void freshVenue() {
        server.resetAll();
        venue = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of("TRADEWIND_TOPARZ_TOKEN", TOKEN));
    }

    /** A connector of its own, so that a pause or a bucket of one test never reaches another. */
    static Venue open(Duration readTimeout, Duration rateLimitWait, Map<String, String> environment) {
        return new TopArzVenueFactory().open(new VenueSettings("toparz", URI.create(server.baseUrl()),
                Duration.ofSeconds(2), readTimeout, rateLimitWait, "main",
                new VenueCredentials("toparz", environment)));
    }

    static void serve(MappingBuilder request, String fixture) {
        server.stubFor(request.willReturn(okJson(TopArzFixtures.text(fixture))));
    }

    static void refuse(MappingBuilder request, int status, String fixture) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(TopArzFixtures.text(fixture))));
    }

    static MappingBuilder authed(MappingBuilder request) {
        return request.withHeader("Authorization", equalTo(BEARER));
    }

    static RequestPatternBuilder authed(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo(BEARER));
    }

    static OrderRequest limitBuy() {
        return OrderRequest.limit(LIMIT_BUY_ID, "main", "BTC-TMN", Side.BUY, "6150000000", "0.25", null);
    }

    static String limitBuyBody() {
        return "{\"client_id\":\"" + LIMIT_BUY_ID + "\",\"symbol\":\"BTCTMN\",\"type\":\"LIMIT\",\"side\":\"BUY\","
                + "\"price\":6150000000,\"total_price\":1537500000}";
    }

    static MappingBuilder placeLimitBuy() {
        return authed(post(urlPathEqualTo(ORDERS))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo(limitBuyBody()));
    }

    // ------------------------------------------------------------------ market data

    @Test
    void declaresWhatTopArzDocumentsAndNoStopOrders() {
        assertEquals("toparz", venue.venue());
        assertTrue(venue.can(VenueCapability.CLIENT_ORDER_IDS));
        assertTrue(venue.can(VenueCapability.CANDLES));
        assertFalse(venue.can(VenueCapability.STOP_ORDERS));
    }

    @Test
    void instrumentsComeFromThePublicMarketsCallWithoutTheToken() throws Exception {
        serve(get(urlPathEqualTo("/api/v1/markets")).withHeader("Authorization", absent()), "markets.json");

        List<Instrument> instruments = venue.instruments();

        assertEquals(List.of("USDT-TMN", "BTC-TMN", "TRX-USDT"), instruments.stream().map(Instrument::symbol).toList());
        assertEquals(new BigDecimal("0.000001"), instruments.get(1).stepSize());
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/markets")));
    }

    @Test
    void candlesAskForTheRangeInMillisecondsAndSayWhereTheNextPageStarts() throws Exception {
        serve(authed(get(urlPathEqualTo("/api/v1/udf"))).withQueryParam("symbol", equalTo("BTCTMN"))
                .withQueryParam("resolution", equalTo("MINUTELY"))
                .withQueryParam("start_time", equalTo("1764748800000"))
                .withQueryParam("end_time", equalTo("1764749400000"))
                .withQueryParam("limit", equalTo("500")), "udf.json");

        CandlePage page = venue.candles("BTC-TMN", Resolution.M1, Instant.ofEpochSecond(1764748800),
                Instant.ofEpochSecond(1764749400));

        assertEquals(List.of(Instant.ofEpochSecond(1764748800), Instant.ofEpochSecond(1764748860),
                Instant.ofEpochSecond(1764748920)), page.candles().stream().map(Candle::openTime).toList());
        assertEquals(Instant.ofEpochSecond(1764748980), page.nextFrom());
    }

    @Test
    void candlesAtAResolutionTopArzLacksAreUnsupportedAndNeverAsked() {
        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.candles("BTC-TMN", Resolution.M5,
                Instant.ofEpochSecond(0), Instant.ofEpochSecond(600)));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals("toparz cannot serve 5m candles (only 1m, 1h and 1d)", e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void depthIsSortedAndAnEmptyBookIsEmpty() throws Exception {
        serve(authed(get(urlPathEqualTo("/api/v1/depth/BTCTMN"))), "depth.json");
        serve(authed(get(urlPathEqualTo("/api/v1/depth/USDTTMN"))), "depth-empty.json");

        DepthSnapshot book = venue.depth("BTCTMN");
        DepthSnapshot empty = venue.depth("USDT-TMN");

        assertEquals("BTC-TMN", book.symbol());
        assertEquals(new BigDecimal("6150000000"), book.bids().get(0).price());
        assertEquals(new BigDecimal("6155000000"), book.asks().get(0).price());
        assertEquals("USDT-TMN", empty.symbol());
        assertTrue(empty.bids().isEmpty() && empty.asks().isEmpty());
    }

    @Test
    void recentTradesComeFromTheLatestTradeSummaries() throws Exception {
        serve(authed(get(urlPathEqualTo("/api/v1/latest-trade-summaries/BTCTMN"))), "latest-trades.json");

        List<PublicTrade> trades = venue.recentTrades("BTC-TMN");

        assertEquals(List.of(Side.BUY, Side.SELL), trades.stream().map(PublicTrade::takerSide).toList());
    }

    // ------------------------------------------------------------------ account

    @Test
    void balancesCarryTheBearerToken() throws Exception {
        serve(authed(get(urlPathEqualTo("/api/v1/account/balances"))), "balances.json");

        List<Balance> balances = venue.balances("main");

        assertEquals(new Balance("USDT", new BigDecimal("11950"), new BigDecimal("50")), balances.get(0));
        server.verify(1, authed(getRequestedFor(urlPathEqualTo("/api/v1/account/balances"))));
    }

    @Test
    void aLimitBuyIsSentSizedByItsTotalPrice() throws Exception {
        serve(placeLimitBuy(), "place-limit-buy.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(OrderStatus.ACTIVE, order.status());
        assertEquals("101", order.venueOrderId());
        assertEquals(new BigDecimal("0.25"), order.quantity());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    }

    /**
     * The seed: client_id is a "UUID v4 with max 36 characters"; the service's ids (s<base36>-<n>)
     * went as they were. Now packed into a UUID v4, and read back from what TopArz answers.
     */
    @Test
    void theServicesIdGoesAsAUuidV4AndReadsBackFromTheAnswerAndTheLookUp() throws Exception {
        String uid = "s1k2j3h4g5-1f";
        String wire = new TopArzClientIds().toWire(uid);
        String answer = TopArzFixtures.text("place-limit-buy.json").replace("0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10", wire);
        server.stubFor(authed(post(urlPathEqualTo(ORDERS))).withRequestBody(matchingJsonPath("$.client_id", equalTo(wire)))
                .willReturn(okJson(answer)));
        server.stubFor(authed(get(urlPathEqualTo(ORDERS + "/" + wire))).willReturn(okJson(answer)));

        VenueOrder placed = venue.place(OrderRequest.limit(uid, "main", "BTC-TMN", Side.BUY, "6150000000", "0.25", null));
        VenueOrder found = venue.orderStatus("main", uid).orElseThrow();

        assertTrue(wire.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), wire);
        assertEquals(uid, placed.clientOrderId());
        assertEquals(uid, found.clientOrderId());
        assertEquals(OrderStatus.ACTIVE, found.status());
    }

    @Test
    void theSeedsMarketBuyIsSentByTotalPriceAndFillsAtOnce() throws Exception {
        serve(authed(post(urlPathEqualTo(ORDERS))).withRequestBody(equalTo("{\"client_id\":\"" + SEED_ID
                + "\",\"symbol\":\"USDTTMN\",\"type\":\"MARKET\",\"side\":\"BUY\",\"total_price\":232036}")),
                "place-market-buy.json");

        VenueOrder order = venue.place(new OrderRequest(SEED_ID, "main", "USDT-TMN", Side.BUY, OrderType.MARKET, null,
                null, new BigDecimal("232036"), null, null, null));

        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(new BigDecimal("4"), order.filled());
        assertEquals(List.of("382"), order.trades().stream().map(VenueTrade::tradeId).toList());
    }

    @Test
    void aMarketBuyGivenOnlyAQuantityIsRejectedWithoutBeingSent() throws Exception {
        VenueOrder order = venue.place(OrderRequest.market("m-1", "main", "BTC-TMN", Side.BUY, "0.1"));

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.TOTAL_PRICE_MISSING), order.rejectionReasons());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void stopOrdersAreUnsupportedAndNeverSent() {
        OrderRequest stop = new OrderRequest("s-1", "main", "BTC-TMN", Side.SELL, OrderType.STOP_LIMIT,
                new BigDecimal("6000000000"), new BigDecimal("0.1"), null, new BigDecimal("6050000000"), null, null);

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.place(stop));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        assertEquals(0, server.getAllServeEvents().size());
    }

    /** A cancel or status by an id of digits asks for TopArz's order of that number: such a client id would name another. */
    @Test
    void aClientOrderIdOfDigitsOnlyIsRefusedAndNeverSent() {
        OrderRequest digits = OrderRequest.limit("12345", "main", "BTC-TMN", Side.BUY, "6000000000", "0.1", null);

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.place(digits));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals("toparz cannot take a client order id of digits only (12345): it would be read as TopArz's own"
                + " order id; start it with a letter", e.getMessage());
        assertFalse(e.mayHaveTakenEffect());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void aValidationRefusalIsARejectedOrderWithItsReason() throws Exception {
        refuse(placeLimitBuy(), 400, "error-insufficient-balance.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), order.rejectionReasons());
        assertEquals(LIMIT_BUY_ID, order.clientOrderId());
    }

    @Test
    void aDuplicateClientIdAnswersTheOrderThatExists() throws Exception {
        refuse(placeLimitBuy(), 400, "error-duplicate-client-id.json");
        serve(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), "order-detail.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(OrderStatus.PARTIAL, order.status());
        assertEquals("101", order.venueOrderId());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void aDuplicateClientIdWhoseOrderIsNotShownYetIsAnOpenQuestionNotARejection() throws Exception {
        refuse(placeLimitBuy(), 400, "error-duplicate-client-id.json");
        refuse(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), 404, "error-order-not-found.json");
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).willReturn(okJson(EMPTY_LIST)));
        server.stubFor(authed(get(urlPathEqualTo(ORDERS))).willReturn(okJson(EMPTY_LIST)));

        VenueException unknown = assertThrows(VenueException.class, () -> venue.place(limitBuy()));

        assertTrue(unknown.mayHaveTakenEffect(), "an order holds the id: its hold must stay until it is found");
        assertTrue(unknown.getMessage().contains("duplicate client id"), unknown.getMessage());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void orderStatusAsksTheOrderDetailByClientId() throws Exception {
        serve(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), "order-detail.json");

        VenueOrder order = venue.orderStatus("main", LIMIT_BUY_ID).orElseThrow();

        assertEquals(OrderStatus.PARTIAL, order.status());
        assertEquals(new BigDecimal("0.1"), order.filled());
        assertEquals(List.of("640"), order.trades().stream().map(VenueTrade::tradeId).toList());
    }

    @Test
    void orderStatusSearchesActiveOrdersThenHistoryByFilterWhenTheDetailDoesNotKnowTheId() throws Exception {
        String id = "5d1c9a8e-2f3b-4c7d-8e9f-0a1b2c3d4e5f";
        refuse(authed(get(urlPathEqualTo(ORDERS + "/" + id))), 404, "error-order-not-found.json");
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", equalTo("command_id=" + id))
                .withQueryParam("limit", equalTo("100")).willReturn(okJson(EMPTY_LIST)));
        serve(authed(get(urlPathEqualTo(ORDERS))).withQueryParam("filter", equalTo("command_id=" + id))
                .withQueryParam("limit", equalTo("100")), "orders-history.json");

        VenueOrder order = venue.orderStatus("main", id).orElseThrow();

        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals("97", order.venueOrderId());
        server.verify(1, getRequestedFor(urlPathEqualTo(ACTIVE)));
        server.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    /**
     * A 404 without TopArz's envelope was TopArz refusing (exit code 8), and a placement answered so a
     * rejected order: at a mistyped base URL nothing was placed, refused or rejected.
     */
    @Test
    void a404WithoutTheVenuesEnvelopeIsAWrongBaseUrlNotARefusalOrARejection() {
        for (String body : List.of("", "<html><body>404 Not Found</body></html>", "{\"detail\":\"Not Found\"}",
                "{\"status\":404,\"error\":\"no such endpoint; the endpoints are listed at /q/openapi\"}")) {
            WrongBaseUrl.everyPathAnswers404(server, body);

            WrongBaseUrl.eachCallIsNotTheVenue("toparz", body, List.of(() -> venue.orderStatus("main", LIMIT_BUY_ID),
                    () -> venue.cancel("main", LIMIT_BUY_ID), () -> venue.balances("main"), () -> venue.place(limitBuy())));
        }
    }

    @Test
    void anOrderTopArzNeverSawIsEmpty() throws Exception {
        refuse(authed(get(urlPathEqualTo(ORDERS + "/never-placed"))), 404, "error-order-not-found.json");
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).willReturn(okJson(EMPTY_LIST)));
        server.stubFor(authed(get(urlPathEqualTo(ORDERS))).willReturn(okJson(EMPTY_LIST)));

        assertEquals(Optional.empty(), venue.orderStatus("main", "never-placed"));
    }

    @Test
    void anOrderAnswerWithoutItsIdsIsUnreadableNotAnOrderThatDoesNotExist() {
        server.stubFor(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID)))
                .willReturn(okJson("{\"succeed\":true,\"data\":{\"order\":{\"status\":\"ACTIVE\"}}}")));
        VenueCallException detail = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", LIMIT_BUY_ID));
        assertTrue(detail.getMessage().contains("unreadable answer (the order has no id)"), detail.getMessage());

        refuse(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), 404, "error-order-not-found.json");
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).willReturn(okJson(
                "{\"succeed\":true,\"data\":[{\"status\":\"ACTIVE\"}]}")));
        VenueCallException list = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", LIMIT_BUY_ID));
        assertTrue(list.getMessage().contains("an order of the list has no id"), list.getMessage());
    }

    @Test
    void cancelDeletesByClientId() throws Exception {
        serve(authed(delete(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), "cancel-order.json");

        VenueOrder order = venue.cancel("main", LIMIT_BUY_ID).orElseThrow();

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(new BigDecimal("0.1"), order.filled());
    }

    @Test
    void cancelRetriesWithTopArzsOwnIdWhenTheClientIdIsNotAccepted() throws Exception {
        refuse(authed(delete(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), 404, "error-order-not-found.json");
        refuse(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), 404, "error-order-not-found.json");
        serve(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", equalTo("command_id=" + LIMIT_BUY_ID)),
                "orders-active.json");
        serve(authed(delete(urlPathEqualTo(ORDERS + "/101"))), "cancel-order.json");

        VenueOrder order = venue.cancel("main", LIMIT_BUY_ID).orElseThrow();

        assertEquals(OrderStatus.CANCELLED, order.status());
        server.verify(1, deleteRequestedFor(urlPathEqualTo(ORDERS + "/101")));
    }

    @Test
    void cancelAllOfOneSymbolAlwaysNamesTheSymbol() throws Exception {
        serve(authed(delete(urlPathEqualTo(ORDERS))).withQueryParam("symbol", equalTo("BTCTMN")),
                "cancel-by-symbol.json");
        TopArzVenue topArz = (TopArzVenue) venue;

        List<VenueOrder> cancelled = topArz.cancelAll("main", "BTC-TMN");

        assertEquals(List.of("1c8f3a1d-5b62-4d2f-8e6f-803b3cad9e21"),
                cancelled.stream().map(VenueOrder::clientOrderId).toList());
        assertThrows(IllegalArgumentException.class, () -> topArz.cancelAll("main", " "));
        server.verify(1, deleteRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void openOrdersListTheActiveOnes() throws Exception {
        serve(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", absent())
                .withQueryParam("limit", equalTo("100")), "orders-active.json");

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(List.of(OrderStatus.PARTIAL, OrderStatus.ACTIVE), open.stream().map(VenueOrder::status).toList());
    }

    @Test
    void ownTradesPageByTradeIdWithTheFilterSyntax() throws Exception {
        serve(authed(get(urlPathEqualTo("/api/v1/account/trades"))).withQueryParam("filter", absent())
                .withQueryParam("limit", equalTo("100")), "trades.json");
        server.stubFor(authed(get(urlPathEqualTo("/api/v1/account/trades"))).withQueryParam("filter", equalTo("id>640"))
                .withQueryParam("limit", equalTo("100")).willReturn(okJson(EMPTY_LIST)));

        TradePage first = venue.ownTrades("main", null);
        TradePage next = venue.ownTrades("main", first.nextCursor());

        assertEquals(List.of("633", "640"), first.trades().stream().map(VenueTrade::tradeId).toList());
        assertEquals("640", first.nextCursor());
        assertTrue(next.trades().isEmpty());
        assertEquals("640", next.nextCursor());
    }

    /**
     * The seed does not say in which order TopArz lists trades. Were it the newest first, the
     * cursor moved to the highest id of a full page and the trades between the old cursor and
     * that page's lowest id were never read.
     */
    @Test
    void aFullPageOfTheNewestTradesIsReadDownToTheCursorBeforeTheCursorMoves() throws Exception {
        server.stubFor(authed(get(urlPathEqualTo("/api/v1/account/trades"))).withQueryParam("filter", equalTo("id>700"))
                .withQueryParam("limit", equalTo("100")).willReturn(okJson(tradesNewestFirst(850, 751))));
        server.stubFor(authed(get(urlPathEqualTo("/api/v1/account/trades")))
                .withQueryParam("filter", equalTo("id>700;id<751")).withQueryParam("limit", equalTo("100"))
                .willReturn(okJson(tradesNewestFirst(750, 701))));

        TradePage page = venue.ownTrades("main", "700");

        assertEquals(150, page.trades().size());
        assertEquals("701", page.trades().get(0).tradeId());
        assertEquals("850", page.trades().get(149).tradeId());
        assertEquals("850", page.nextCursor());
        assertFalse(page.more(), "everything after the cursor was read");
    }

    /** A venue that ignored id< answered the same page again and again: the loop never ended. */
    @Test
    void aVenueThatIgnoresTheUpperBoundEndsTheReadingDownWithAnErrorAndTheTradesSeen() throws Exception {
        server.stubFor(authed(get(urlPathEqualTo("/api/v1/account/trades"))).withQueryParam("limit", equalTo("100"))
                .willReturn(okJson(tradesNewestFirst(850, 751))));

        List<TradePage> pages = new ArrayList<>();
        List<String> logged = CapturedLogs.during(() -> pages.add(venue.ownTrades("main", "700")));

        assertEquals(100, pages.get(0).trades().size(), "the trades seen are recorded");
        assertEquals("850", pages.get(0).nextCursor());
        assertTrue(logged.contains("toparz own trades between 700 and 751 may be missing: the venue ignored id<751"),
                logged.toString());
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/account/trades")));
    }

    private static String tradesNewestFirst(int highest, int lowest) {
        StringBuilder json = new StringBuilder("{\"succeed\":true,\"data\":[");
        for (int id = highest; id >= lowest; id--) {
            json.append(id == highest ? "" : ",").append("{\"order_command_id\":\"0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10\",")
                    .append("\"order_side\":\"BUY\",\"fee_currency\":\"BTC\",\"created_at\":1764748900456,\"id\":")
                    .append(id).append(",\"symbol\":\"BTCTMN\",\"fee\":0.00035,\"side\":\"MAKER\",\"type\":\"P2P\",")
                    .append("\"price\":6150000000,\"quantity\":0.1,\"reverted\":false}");
        }
        return json.append("]}").toString();
    }

    // ------------------------------------------------------------------ failures

    @Test
    void withoutATokenAccountCallsNameTheVariableAndSendNothing() {
        Venue anonymous = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of());

        VenueCallException e = assertThrows(VenueCallException.class, () -> anonymous.balances("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertEquals("toparz: set the environment variable TRADEWIND_TOPARZ_TOKEN for private calls", e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void aRefusedTokenIsAnAuthenticationFailure() {
        server.stubFor(get(urlPathEqualTo("/api/v1/account/balances")).willReturn(aResponse().withStatus(401)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.balances("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/account/balances")));
    }

    @Test
    void tooManyRequestsPausesTheWholeVenue() {
        Venue impatient = open(Duration.ofSeconds(5), Duration.ofMillis(200), Map.of("TRADEWIND_TOPARZ_TOKEN", TOKEN));
        server.stubFor(get(urlPathEqualTo("/api/v1/depth/BTCTMN"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        VenueCallException first = assertThrows(VenueCallException.class, () -> impatient.depth("BTC-TMN"));
        VenueCallException other = assertThrows(VenueCallException.class, () -> impatient.balances("main"));

        assertEquals(Kind.RATE_LIMITED, first.kind());
        assertEquals(Duration.ofSeconds(120), first.retryAfter());
        assertEquals(Kind.RATE_LIMITED, other.kind());
        assertEquals(1, server.getAllServeEvents().size(), "the paused venue sent nothing more");
    }

    @Test
    void aReadRefusedAsInvalidIsRefusedWithTheVenuesWords() {
        refuse(authed(get(urlPathEqualTo("/api/v1/depth/XYZTMN"))), 422, "error-order-not-found.json");

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.depth("XYZ-TMN"));

        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("toparz GET /api/v1/depth: HTTP 422 (Order not found)", e.getMessage());
    }

    @Test
    void aServerErrorOnAReadIsRetriedThenUnavailable() {
        server.stubFor(get(urlPathEqualTo("/api/v1/account/balances")).willReturn(aResponse().withStatus(500)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.balances("main"));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        server.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/account/balances")));
    }

    @Test
    void aServerErrorOnAPlacementMayHaveTakenEffectAndIsNotSentAgain() {
        server.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(502)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void malformedJsonIsAMalformedAnswerAndOnAPlacementMayHaveTakenEffect() {
        server.stubFor(get(urlPathEqualTo("/api/v1/depth/BTCTMN")).willReturn(okJson("{\"succeed\": true, \"data\": [")));
        server.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(okJson("<html>gateway</html>")));

        VenueCallException read = assertThrows(VenueCallException.class, () -> venue.depth("BTC-TMN"));
        VenueCallException write = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.MALFORMED_ANSWER, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, write.kind());
        assertTrue(write.mayHaveTakenEffect());
    }

    @Test
    void anAnswerMissingAFieldIsMalformedNamingIt() {
        server.stubFor(get(urlPathEqualTo("/api/v1/account/balances"))
                .willReturn(okJson("{\"succeed\":true,\"data\":[{\"currency\":\"BTC\"}]}")));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.balances("main"));

        assertEquals(Kind.MALFORMED_ANSWER, e.kind());
        assertEquals("toparz GET /api/v1/account/balances: unreadable answer (value is missing)", e.getMessage());
    }

    @Test
    void aPlacementWhoseAnswerIsLostIsFoundByItsClientIdAndNeverPlacedTwice() throws Exception {
        Venue slow = open(Duration.ofMillis(400), Duration.ofSeconds(5), Map.of("TRADEWIND_TOPARZ_TOKEN", TOKEN));
        server.stubFor(placeLimitBuy().willReturn(okJson(TopArzFixtures.text("place-limit-buy.json"))
                .withFixedDelay(1500)));
        serve(authed(get(urlPathEqualTo(ORDERS + "/" + LIMIT_BUY_ID))), "order-detail.json");

        VenueCallException lost = assertThrows(VenueCallException.class, () -> slow.place(limitBuy()));
        Optional<VenueOrder> found = slow.orderStatus("main", LIMIT_BUY_ID);

        assertEquals(Kind.TIMEOUT, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertEquals("101", found.orElseThrow().venueOrderId());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    }

    /**
     * Which 500 bars of a longer range TopArz answers is not documented: asked the whole range, an
     * answer of its latest 500 ended the page there, and the range's first bars were never asked for.
     */
    @Test
    void aRangeLongerThanAPageIsAskedOneWindowOfAPageAtATime() throws Exception {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant windowEnd = from.plus(Duration.ofMinutes(499));
        server.stubFor(authed(get(urlPathEqualTo("/api/v1/udf"))).withQueryParam("start_time", equalTo(String.valueOf(from.toEpochMilli())))
                .withQueryParam("end_time", equalTo(String.valueOf(windowEnd.toEpochMilli())))
                .willReturn(okJson(EMPTY_LIST)));

        CandlePage page = venue.candles("BTC-TMN", Resolution.M1, from, from.plus(Duration.ofMinutes(1000)));

        assertTrue(page.candles().isEmpty());
        assertEquals(windowEnd, page.nextFrom(), "a window without bars is a gap, not the end of the history");
    }

    @Test
    void aCandlePageWithNothingInItEndsTheRange() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/udf")).willReturn(okJson(EMPTY_LIST)));

        CandlePage page = venue.candles("BTC-TMN", Resolution.D1, Instant.ofEpochSecond(0), Instant.ofEpochSecond(86_400 * 3));

        assertTrue(page.done());
        assertNull(page.nextFrom());
    }

    @Test
    void theTokenNeverReachesALogLineOrAnExceptionMessageEvenWhenTopArzEchoesIt() throws Exception {
        String echo = "{\"succeed\":false,\"error_code\":{\"code\":1,\"message\":\"bad header " + BEARER + "\"}}";
        server.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(400).withBody(echo)));
        server.stubFor(get(urlPathEqualTo("/api/v1/account/balances")).willReturn(aResponse().withStatus(401)
                .withBody(echo)));
        server.stubFor(get(urlPathEqualTo("/api/v1/latest-trade-summaries/BTCTMN")).willReturn(aResponse()
                .withStatus(422).withBody(echo)));
        server.stubFor(get(urlPathEqualTo("/api/v1/udf")).willReturn(okJson("{\"succeed\":true,\"data\":[{"
                + "\"start_time\":\"" + TOKEN + "\",\"open_price\":1,\"highest_price\":1,\"lowest_price\":1,"
                + "\"close_price\":1}]}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/depth/BTCTMN")).willReturn(aResponse().withStatus(429).withBody(echo)));
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        List<String> logged = CapturedLogs.during(() -> {
                VenueOrder refused = venue.place(limitBuy());
                assertEquals(OrderStatus.REJECTED, refused.status());
                thrown.add(assertThrows(VenueCallException.class, () -> venue.balances("main")));
                thrown.add(assertThrows(VenueCallException.class, () -> venue.recentTrades("BTC-TMN")));
                thrown.add(assertThrows(VenueCallException.class, () -> venue.candles("BTC-TMN", Resolution.M1,
                        Instant.ofEpochSecond(0), Instant.ofEpochSecond(600))));
                thrown.add(assertThrows(VenueCallException.class, () -> venue.depth("BTC-TMN")));
        });

        assertTrue(logged.stream().anyMatch(line -> line.contains("refused order " + LIMIT_BUY_ID + " (bad header Bearer ****)")),
                "the venue's words are logged, masked: " + logged);
        for (String line : logged) {
            assertFalse(line.contains(TOKEN), line);
        }
        assertEquals(4, thrown.size());
        for (Throwable failure : thrown) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.getMessage());
            }
        }
    }

    @Test
    void theRegistryOpensTopArzAtItsProductionUrlUnlessConfigured() {
        assertTrue(registry.knows("toparz"));
        assertEquals(URI.create("https://api-trading.toparz.com"), registry.settings("toparz", null).baseUrl());
    }

    @Test
    void eachCallGroupKeepsItsRateLimit() throws Exception {
        Venue limited = new TopArzVenue(new VenueSettings("toparz", URI.create(server.baseUrl()), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMillis(100), "main",
                new VenueCredentials("toparz", Map.of("TRADEWIND_TOPARZ_TOKEN", TOKEN))),
                new TopArzOptions(new BigDecimal("0.0035"), new BigDecimal("0.0035"), 1, 60, 60), Clock.systemUTC());
        serve(get(urlPathEqualTo("/api/v1/depth/BTCTMN")), "depth.json");
        serve(get(urlPathEqualTo("/api/v1/account/balances")), "balances.json");

        limited.depth("BTC-TMN");
        VenueCallException second = assertThrows(VenueCallException.class, () -> limited.depth("BTC-TMN"));
        limited.balances("main");

        assertEquals(Kind.RATE_LIMITED, second.kind());
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/depth/BTCTMN")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/account/balances")));
    }

    @Test
    void openOrdersPageOnByTopArzIdWhileThePagesAreFull() throws Exception {
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", absent())
                .willReturn(okJson(activeOrders(1, 100))));
        serve(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", equalTo("id>100")), "orders-active.json");

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(102, open.size());
        assertEquals("c-100", open.get(99).clientOrderId());
        assertEquals(LIMIT_BUY_ID, open.get(100).clientOrderId());
    }

    /** The seed does not say in which order active orders come: listed newest first, paging by id>max stopped after one page. */
    @Test
    void openOrdersListedNewestFirstPageOnDownwards() throws Exception {
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", absent())
                .willReturn(okJson(activeOrders(200, 101))));
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).withQueryParam("filter", equalTo("id<101"))
                .willReturn(okJson(activeOrders(100, 51))));

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(150, open.size());
        assertEquals("c-51", open.get(149).clientOrderId());
    }

    /** Active orders from id {@code first} to {@code last} (either way), in the seed's shape. */
    private static String activeOrders(int first, int last) {
        StringBuilder list = new StringBuilder("{\"succeed\":true,\"data\":[");
        int step = first <= last ? 1 : -1;
        for (int id = first; id != last + step; id += step) {
            list.append(id == first ? "" : ",").append("{\"id\":").append(id).append(",\"command_id\":\"c-").append(id)
                    .append("\",\"symbol\":\"BTCTMN\",\"quantity\":\"0.01\",\"price\":\"6000000000\",")
                    .append("\"filled_quantity\":\"0\",\"type\":\"LIMIT\",\"side\":\"SELL\",\"status\":\"ACTIVE\"}");
        }
        return list.append("]}").toString();
    }

    @Test
    void aMarketTopArzDescribesBadlyIsLeftOutAndTheOthersListed() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/markets")).willReturn(okJson("{\"succeed\":true,\"data\":["
                + "{\"symbol\":\"BTCTMN\",\"base_currency\":\"TMN\",\"source_currency\":\"BTC\","
                + "\"buy_side_enabled\":\"BOTH\",\"sell_side_enabled\":\"BOTH\",\"price_digits_count\":0,"
                + "\"volume_digits_count\":6},"
                + "{\"symbol\":\"ETHTMN\",\"base_currency\":\"TMN\",\"source_currency\":\"ETH\"}]}")));

        assertEquals(List.of("BTC-TMN"), venue.instruments().stream().map(Instrument::symbol).toList());
    }

    @Test
    void withoutATokenMarketDataGoesOutWithoutAnAuthorizationHeader() throws Exception {
        Venue anonymous = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of());
        serve(get(urlPathEqualTo("/api/v1/depth/BTCTMN")).withHeader("Authorization", absent()), "depth.json");

        assertEquals(2, anonymous.depth("BTC-TMN").bids().size());
    }

    @Test
    void aRefusalAnsweredWithStatus200IsARejectedOrderToo() throws Exception {
        serve(placeLimitBuy(), "error-insufficient-balance.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), order.rejectionReasons());
    }

    @Test
    void cancellingAnOrderThatAlreadyFilledAnswersItsFilledStateWhenTopArzRefusesWithStatus200() throws Exception {
        String id = "5d1c9a8e-2f3b-4c7d-8e9f-0a1b2c3d4e5f";
        serve(authed(delete(urlPathEqualTo(ORDERS + "/" + id))), "error-order-not-found.json");
        refuse(authed(get(urlPathEqualTo(ORDERS + "/" + id))), 404, "error-order-not-found.json");
        server.stubFor(authed(get(urlPathEqualTo(ACTIVE))).willReturn(okJson(EMPTY_LIST)));
        serve(authed(get(urlPathEqualTo(ORDERS))), "orders-history.json");

        VenueOrder order = venue.cancel("main", id).orElseThrow();

        assertEquals(OrderStatus.FILLED, order.status());
        server.verify(1, deleteRequestedFor(urlPathEqualTo(ORDERS + "/" + id)));
        server.verify(0, deleteRequestedFor(urlPathEqualTo(ORDERS + "/97")));
    }
}
