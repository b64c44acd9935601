package io.tradewind.exchange.nami;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.domain.TimeInForce;
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
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

/**
 * The Nami connector against a fake Nami (WireMock) serving the seed's order and the examples
 * built on it: every call, the exact requests it sends (signature included), and how each failure
 * reaches the caller. The venue's clock is fixed, so that every signature is known in advance
 * (computed independently with Python's hmac). Last, the execution service trading on the
 * connector resolves a placement whose answer was lost.
 */
@QuarkusTest
class NamiVenueTest {

    static final String KEY = "nami-test-key-5d2e8b41";
    static final String SECRET = "nami-test-secret-7c1f0e9a2b";
    static final Map<String, String> ENV = Map.of("TRADEWIND_NAMI_API_KEY", KEY, "TRADEWIND_NAMI_API_SECRET", SECRET);
    static final Instant NOW = Instant.parse("2026-12-03T09:00:05Z");
    static final long T = 1796288405000L;
    static final String OPEN = "/api/v4/spot/open?timestamp=" + T
            + "&signature=e4be6da3af3d00aa07f7d8322c5d932b8376780d735c94f8432917105b9d886f";
    static final String HISTORY = "/api/v4/spot/history?timestamp=" + T
            + "&signature=e4be6da3af3d00aa07f7d8322c5d932b8376780d735c94f8432917105b9d886f";
    static final String ORDER = "/api/v4/spot/order";
    static final String LIMIT_BUY_BODY = "{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":0.07474,"
            + "\"price\":62877.99,\"timestamp\":" + T
            + ",\"signature\":\"984f08c124dbb0196733938eb5ca3598c6767fea28898e8d81e332fe9fca3291\"}";
    static final String EMPTY_LIST = "{\"status\":\"ok\",\"data\":[]}";
    static final String UID = "7f3a2b9c-0b7e-4c1e-9d5e-2f0c4a51d8e1";

    static WireMockServer server;
    private Venue venue;

    @Inject
    VenueRegistry registry;

    @BeforeAll
    static void startFakeNami() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopFakeNami() {
        server.stop();
    }

    @BeforeEach
    void freshVenue() {
        server.resetAll();
        venue = open(Duration.ofSeconds(5), Duration.ofSeconds(5), ENV);
    }

    /** A connector of its own on the fixed clock, so that a pause of one test never reaches another. */
    static Venue open(Duration readTimeout, Duration rateLimitWait, Map<String, String> environment) {
        return new NamiVenue(settings(readTimeout, rateLimitWait, environment), NamiOptions.DEFAULTS,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static VenueSettings settings(Duration readTimeout, Duration rateLimitWait, Map<String, String> environment) {
        return new VenueSettings("nami", URI.create(server.baseUrl()), Duration.ofSeconds(2), readTimeout, rateLimitWait,
                "main", new VenueCredentials("nami", environment));
    }

    static void serve(MappingBuilder request, String fixture) {
        server.stubFor(request.willReturn(okJson(NamiFixtures.text(fixture))));
    }

    static void answer(MappingBuilder request, int status, String fixture) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(NamiFixtures.text(fixture))));
    }

    static MappingBuilder keyed(MappingBuilder request) {
        return request.withHeader("x-api-key", equalTo(KEY));
    }

    static MappingBuilder placeLimitBuy() {
        return keyed(post(urlEqualTo(ORDER))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo(LIMIT_BUY_BODY));
    }

    static OrderRequest limitBuy() {
        return NamiAccountAdaptersTest.seedBuy(UID);
    }

    // ------------------------------------------------------------------ market data

    /**
     * A 404 without Nami's envelope was Nami refusing (exit code 8), and a placement answered so a
     * rejected order: at a mistyped base URL nothing was placed, refused or rejected.
     */
    @Test
    void a404WithoutTheVenuesEnvelopeIsAWrongBaseUrlNotARefusalOrARejection() {
        for (String body : List.of("", "<html><body>404 Not Found</body></html>", "{\"detail\":\"Not Found\"}",
                "{\"status\":404,\"error\":\"no such endpoint; the endpoints are listed at /q/openapi\"}")) {
            WrongBaseUrl.everyPathAnswers404(server, body);

            WrongBaseUrl.eachCallIsNotTheVenue("nami", body, List.of(() -> venue.orderStatus("main", UID, "123"),
                    () -> venue.cancel("main", UID, "123"), () -> venue.balances("main"), () -> venue.place(limitBuy())));
        }
    }

    @Test
    void declaresWhatNamiDocumentsAndThatItKnowsNoClientOrderIds() {
        assertEquals("nami", venue.venue());
        assertFalse(venue.knowsClientOrderIds());
        assertFalse(venue.can(VenueCapability.CLIENT_ORDER_IDS));
        assertFalse(venue.can(VenueCapability.OWN_TRADES));
        assertFalse(venue.can(VenueCapability.RECENT_TRADES));
        assertTrue(venue.can(VenueCapability.STOP_ORDERS));
        assertEquals(Kind.UNSUPPORTED, assertThrows(VenueCallException.class, () -> venue.ownTrades("main", null)).kind());
    }

    @Test
    void instrumentsComeFromThePublicSpotConfigWithoutTheKey() throws Exception {
        serve(get(urlEqualTo("/api/v3/spot/config")).withHeader("x-api-key", absent()), "config.json");

        List<Instrument> instruments = venue.instruments();

        assertEquals(List.of("BTC-USDT", "NAMI-VNDC", "ETH-USDT"), instruments.stream().map(Instrument::symbol).toList());
        assertEquals(new BigDecimal("0.01"), instruments.get(0).tickSize());
    }

    @Test
    void candlesAskTheChartHistoryOfTheSpotBrokerInSeconds() throws Exception {
        serve(get(urlEqualTo("/api/v1/chart/history?symbol=BTCUSDT&resolution=1m&from=1764748800&to=1764749400"
                + "&broker=NAMI_SPOT")), "chart-history.json");

        CandlePage page = venue.candles("BTC-USDT", Resolution.M1, Instant.ofEpochSecond(1764748800),
                Instant.ofEpochSecond(1764749400));

        assertEquals(List.of(Instant.ofEpochSecond(1764748800), Instant.ofEpochSecond(1764748860),
                Instant.ofEpochSecond(1764748920)), page.candles().stream().map(Candle::openTime).toList());
        assertEquals(Instant.ofEpochSecond(1764748980), page.nextFrom());
    }

    @Test
    void candlesAtAResolutionNamiLacksAreUnsupportedAndNeverAsked() {
        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.candles("BTC-USDT", Resolution.M3,
                Instant.ofEpochSecond(0), Instant.ofEpochSecond(600)));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void depthAsksBySymbolAndReadsEitherSpelling() throws Exception {
        serve(get(urlEqualTo("/api/v3/spot/depth?symbol=BTCUSDT")), "depth.json");
        serve(get(urlEqualTo("/api/v3/spot/depth?symbol=NAMIVNDC")), "depth-bid.json");

        DepthSnapshot book = venue.depth("BTC-USDT");
        DepthSnapshot singular = venue.depth("NAMIVNDC");

        assertEquals(new BigDecimal("62875.1"), book.bids().get(0).price());
        assertEquals("NAMI-VNDC", singular.symbol());
        assertEquals(new BigDecimal("600"), singular.bids().get(0).price());
    }

    // ------------------------------------------------------------------ account

    @Test
    void balancesAreSignedAndNamedThroughTheConfigsAssetIds() throws Exception {
        serve(get(urlEqualTo("/api/v3/spot/config")), "config.json");
        serve(keyed(get(urlEqualTo("/api/v4/user/balance?type=0&timestamp=" + T
                + "&signature=9a1b4617469a4e22d7652ff8516377791f47b1d9d699b9fd32b86b25fbedd1e7"))), "balance.json");

        List<Balance> balances = venue.balances("main");

        assertEquals(List.of(new Balance("BTC", new BigDecimal("0.42526"), new BigDecimal("0.07474")),
                new Balance("USDT", new BigDecimal("12000.5"), new BigDecimal("0")),
                new Balance("VNDC", new BigDecimal("1250000"), new BigDecimal("250000"))), balances);
    }

    @Test
    void aLimitBuyIsSentAsTheSignedJsonBodyAndAnsweredUnderOurUid() throws Exception {
        serve(placeLimitBuy(), "place-limit.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(UID, order.clientOrderId());
        assertEquals("435372", order.venueOrderId());
        assertEquals(OrderStatus.ACTIVE, order.status());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aMarketBuySizedByTheQuoteAmountSaysUseQuoteQtyAndFillsAtOnce() throws Exception {
        serve(keyed(post(urlEqualTo(ORDER))).withRequestBody(equalTo("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\","
                + "\"type\":\"MARKET\",\"useQuoteQty\":true,\"quoteOrderQty\":1000,\"timestamp\":" + T
                + ",\"signature\":\"a5875e49cfb87f328a58c19cbb9044b44bdfa1f506578d09a39b3d04e7790715\"}")),
                "place-market-quote.json");

        VenueOrder order = venue.place(new OrderRequest("m-1", "main", "BTC-USDT", Side.BUY, OrderType.MARKET, null, null,
                new BigDecimal("1000"), null, null, null));

        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(List.of("435380"), order.trades().stream().map(VenueTrade::tradeId).toList());
        assertEquals("m-1", order.trades().get(0).clientOrderId());
    }

    @Test
    void aStopLimitSendsItsStopPrice() throws Exception {
        serve(keyed(post(urlEqualTo(ORDER))).withRequestBody(equalTo("{\"symbol\":\"ETHUSDT\",\"side\":\"SELL\","
                + "\"type\":\"STOP_LIMIT\",\"quantity\":1.5,\"price\":3100,\"stopPrice\":3150,\"timestamp\":" + T
                + ",\"signature\":\"da783353fc337a76f33e1bf8947a4b12a3ec10e40778c863795165ee1ab4fb9c\"}")),
                "place-stop-limit.json");

        VenueOrder order = venue.place(new OrderRequest("s-1", "main", "ETH-USDT", Side.SELL, OrderType.STOP_LIMIT,
                new BigDecimal("3100"), new BigDecimal("1.5"), null, new BigDecimal("3150"), null, null));

        assertEquals(OrderType.STOP_LIMIT, order.type());
        assertEquals(new BigDecimal("3150"), order.stopPrice());
    }

    @Test
    void stopMarketOrdersAreUnsupportedAndNeverSent() {
        OrderRequest stop = new OrderRequest("s-2", "main", "BTC-USDT", Side.SELL, OrderType.STOP_MARKET, null,
                new BigDecimal("0.1"), null, new BigDecimal("60000"), null, null);

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.place(stop));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void cancelFindsTheSymbolInTheOpenOrdersAndClosesWithTheSeedsDeleteBody() throws Exception {
        serve(keyed(get(urlEqualTo(OPEN))), "open-orders.json");
        serve(keyed(delete(urlEqualTo(ORDER))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo("{\"symbol\":\"BTCUSDT\",\"displayingId\":\"435372\","
                        + "\"allowNotification\":false,\"timestamp\":" + T
                        + ",\"signature\":\"5b267a698c2806e5adb0702177e5e828a22affdaeea7649a2b68ae55a886f09c\"}")),
                "cancel-order.json");

        VenueOrder order = venue.cancel("main", UID, "435372").orElseThrow();

        assertEquals(UID, order.clientOrderId());
        assertEquals(OrderStatus.CANCELLED, order.status());
        server.verify(1, deleteRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void cancellingAnOrderThatEndedAnswersItsFinalStateWithoutClosing() throws Exception {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        serve(get(urlEqualTo(HISTORY)), "history.json");

        VenueOrder order = venue.cancel("main", "ours", "435301").orElseThrow();

        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(List.of("435301"), order.trades().stream().map(VenueTrade::tradeId).toList());
        server.verify(0, deleteRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aCloseNamiRefusesIsLookedUpAgainAndRefusedWhileTheOrderIsStillOpen() {
        serve(get(urlEqualTo(OPEN)), "open-orders.json");
        answer(delete(urlEqualTo(ORDER)), 400, "broker-error-unknown.json");

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.cancel("main", UID, "435372"));

        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("nami cancel: refused, HTTP 400 (BROKER_ERROR 6199: Giá đặt không hợp lệ)", e.getMessage());
    }

    @Test
    void orderStatusLooksInTheOpenOrdersThenTheHistory() throws Exception {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        serve(get(urlEqualTo(HISTORY)), "history.json");

        VenueOrder order = venue.orderStatus("main", UID, "435372").orElseThrow();

        assertEquals(UID, order.clientOrderId());
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(Optional.empty(), venue.orderStatus("main", UID, "435350"),
                "the history reaches back past it (435301 is older): Nami does not know it");
        assertEquals(Optional.empty(), venue.orderStatus("main", UID), "without Nami's id there is nothing to ask");
    }

    /**
     * The history is one page of the newest ended orders. An order of ours older than all of them
     * that is not open either may have filled before them: answered "unknown", the execution
     * service closed it as vanished, and the fill (which Nami reports only inside the order) was
     * never recorded. The question stays open instead.
     */
    @Test
    void anOrderOlderThanTheHistoryPageIsNotTakenForUnknown() throws Exception {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        serve(get(urlEqualTo(HISTORY)), "history.json");

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.orderStatus("main", UID, "435100"));
        assertEquals(Kind.MALFORMED_ANSWER, e.kind());
        assertTrue(e.getMessage().contains("435100") && e.getMessage().contains("cannot be told"), e.getMessage());
        assertFalse(e.mayHaveTakenEffect());
        assertThrows(VenueCallException.class, () -> venue.cancel("main", UID, "435100"),
                "nor is a cancel of it answered as unknown");

        server.stubFor(get(urlEqualTo(HISTORY)).willReturn(okJson(EMPTY_LIST)));
        assertEquals(Optional.empty(), venue.orderStatus("main", UID, "435100"), "nothing has ended: unknown");
    }

    @Test
    void openOrdersAreReportedByNamisId() throws Exception {
        serve(keyed(get(urlEqualTo(OPEN))), "open-orders.json");

        List<VenueOrder> open = venue.openOrders("main");

        assertEquals(List.of(VenueOrder.venueKeyed("435372"), VenueOrder.venueKeyed("435390")),
                open.stream().map(VenueOrder::clientOrderId).toList());
        assertEquals(List.of(OrderStatus.PARTIAL, OrderStatus.ACTIVE), open.stream().map(VenueOrder::status).toList());
    }

    // ------------------------------------------------------------------ lost placements

    @Test
    void aPlacementWhoseAnswerIsLostAfterNamiAcceptedItIsFoundAndNeverSentAgain() throws Exception {
        Venue slow = open(Duration.ofMillis(400), Duration.ofSeconds(5), ENV);
        server.stubFor(placeLimitBuy().willReturn(okJson(NamiFixtures.text("place-limit.json")).withFixedDelay(1500)));
        serve(get(urlEqualTo(OPEN)), "open-orders.json");

        VenueCallException lost = assertThrows(VenueCallException.class, () -> slow.place(limitBuy()));
        Optional<VenueOrder> found = slow.findPlacement(limitBuy(), Instant.parse("2026-12-03T09:00:00Z"), Set.of());

        assertEquals(Kind.TIMEOUT, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertEquals("435372", found.orElseThrow().venueOrderId());
        assertEquals(UID, found.get().clientOrderId());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aPlacementLostBeforeNamiGotItIsFoundNowhereAndNeverSentAgain() throws Exception {
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        serve(get(urlEqualTo(HISTORY)), "history.json");

        VenueCallException lost = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));
        Optional<VenueOrder> found = venue.findPlacement(limitBuy(), Instant.parse("2026-12-03T09:05:00Z"), Set.of());

        assertTrue(lost.mayHaveTakenEffect());
        assertEquals(Optional.empty(), found, "the same order in the history is older than the write-ahead record");
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
        server.verify(1, getRequestedFor(urlEqualTo(HISTORY)));
    }

    /**
     * The history is one page of the newest ended orders. When every order on it was created after
     * the lost placement was written ahead, the placement may have filled before all of them:
     * "never placed" freed its funds, let it be placed a second time and lost its fill.
     */
    @Test
    void aLostPlacementOlderThanTheWholeHistoryPageKeepsTheQuestionOpen() throws Exception {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        // other orders, sells, created at 08:00 and 09:00
        server.stubFor(get(urlEqualTo(HISTORY)).willReturn(okJson(NamiFixtures.text("history.json")
                .replace("\"BUY\"", "\"SELL\""))));

        VenueCallException open = assertThrows(VenueCallException.class,
                () -> venue.findPlacement(limitBuy(), Instant.parse("2026-12-03T07:00:00Z"), Set.of()));

        assertTrue(open.mayHaveTakenEffect());
        assertTrue(open.getMessage().contains("cannot be told"), open.getMessage());
        assertEquals(Optional.empty(), venue.findPlacement(limitBuy(), Instant.parse("2026-12-03T08:30:00Z"),
                Set.of()), "the page reaches back past it (an order of 08:00): not placed");
    }

    /**
     * The seed's one order answer has no creation time. An order like the lost placement without
     * one was passed over, the placement closed as never placed and its hold released, while the
     * order at Nami could fill.
     */
    @Test
    void anOrderLikeTheLostPlacementWithoutACreationTimeKeepsTheQuestionOpen() {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson("{\"status\":\"ok\",\"data\":["
                + NamiFixtures.data("cancel-order.json").toString().replace("\"CANCELED\"", "\"NEW\"") + "]}")));
        server.stubFor(get(urlEqualTo(HISTORY)).willReturn(okJson(EMPTY_LIST)));

        VenueCallException open = assertThrows(VenueCallException.class,
                () -> venue.findPlacement(limitBuy(), Instant.parse("2026-12-03T09:00:00Z"), Set.of()));

        assertTrue(open.mayHaveTakenEffect());
        assertTrue(open.getMessage().contains("(nami id 435372) without a creation time"), open.getMessage());
    }

    /**
     * An ended order like it in the history, without a creation time, is an older one of ours as
     * likely as this placement: waiting for it would hold the placement open for good.
     */
    @Test
    void anEndedOrderLikeTheLostPlacementWithoutACreationTimeIsNotWaitedFor() throws Exception {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson(EMPTY_LIST)));
        server.stubFor(get(urlEqualTo(HISTORY)).willReturn(okJson("{\"status\":\"ok\",\"data\":["
                + NamiFixtures.data("cancel-order.json") + "]}")));

        assertEquals(Optional.empty(), venue.findPlacement(limitBuy(), Instant.parse("2026-12-03T09:00:00Z"), Set.of()));
    }

    @Test
    void theExecutionServiceAdoptsAnOrderWhoseAnswerWasLostAfterNamiAcceptedItAndNeverPlacesItAgain() {
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService execution = executionOnNami(new MutableClock(Instant.parse("2026-12-03T09:00:02Z")), store);
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(okJson(NamiFixtures.text("place-limit.json"))
                .withFixedDelay(1500)));

        SubmitResult submitted = execution.submit("sma", seedBuyIntent());
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson("{\"status\":\"ok\",\"data\":["
                + NamiFixtures.data("place-limit.json") + "]}")));
        execution.reconcile();

        assertEquals(SubmitResult.Outcome.UNCONFIRMED, submitted.outcome());
        OrderRecord found = execution.order(submitted.order().clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.ACTIVE, found.status());
        assertEquals("435372", found.venueOrderId());
        assertEquals(1, execution.liveOrders().size(), "Nami's open order is ours, not adopted a second time");
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));

        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson(EMPTY_LIST)));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/history")).willReturn(okJson(NamiFixtures.text(
                "history-filled.json"))));
        execution.reconcile();

        assertEquals(OrderStatus.FILLED, execution.order(found.clientOrderId()).orElseThrow().status());
        assertEquals(List.of(new BigDecimal("0.07474")), store.fills("nami").stream().map(FillRecord::quantity).toList(),
                "the order's whole execution is its one fill, recorded under our id once it ended");
    }

    @Test
    void theExecutionServiceClosesAnOrderNamiNeverGotAsNotPlacedAfterTheGraceAndNeverPlacesItAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:10:00Z"));
        ExecutionService execution = executionOnNami(clock, new InMemoryExecutionStore());
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String ours = execution.submit("sma", seedBuyIntent()).order().clientOrderId();
        execution.reconcile();
        assertEquals(OrderStatus.NEW, execution.order(ours).orElseThrow().status(), "still an open question");
        clock.advance(Duration.ofSeconds(31));
        execution.reconcile();

        OrderRecord closed = execution.order(ours).orElseThrow();
        assertEquals(OrderStatus.REJECTED, closed.status());
        assertEquals(List.of(RejectionReason.NOT_PLACED), closed.rejectionReasons());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    /** The execution service trading BTC-USDT on a Nami connector whose clock is the service's. */
    private static ExecutionService executionOnNami(MutableClock clock, InMemoryExecutionStore store) {
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/config")).willReturn(okJson(NamiFixtures.text("config.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v4/user/balance")).willReturn(okJson(NamiFixtures.text("balance.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson(EMPTY_LIST)));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/history")).willReturn(okJson(NamiFixtures.text("history.json"))));
        NamiVenue nami = new NamiVenue(settings(Duration.ofMillis(400), Duration.ofSeconds(5), ENV), NamiOptions.DEFAULTS,
                clock);
        Instrument btc = Instrument.of("BTC-USDT", "BTC", "USDT", "0.01", "0.00001", "0.00001", "0.001", "0.001");
        AtomicInteger ids = new AtomicInteger();
        ExecutionService execution = new ExecutionService(nami, store, Map.of(btc.symbol(), btc),
                RiskConfig.none(), new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), clock,
                        () -> "n" + ids.incrementAndGet()));
        execution.start();
        return execution;
    }

    private static OrderIntent seedBuyIntent() {
        return new OrderIntent("main", "BTC-USDT", Side.BUY, OrderType.LIMIT, new BigDecimal("62877.99"),
                new BigDecimal("0.07474"), null, TimeInForce.GOOD_TILL_CANCELED, null);
    }

    // ------------------------------------------------------------------ failures

    @Test
    void withoutCredentialsPrivateCallsNameTheVariableAndSendNothing() {
        Venue anonymous = open(Duration.ofSeconds(5), Duration.ofSeconds(5), Map.of("TRADEWIND_NAMI_API_KEY", KEY));

        VenueCallException e = assertThrows(VenueCallException.class, () -> anonymous.place(limitBuy()));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertEquals("nami: set the environment variable TRADEWIND_NAMI_API_SECRET for private calls", e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void aRefusedKeyIsAnAuthenticationFailure() {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(aResponse().withStatus(401)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        server.verify(1, getRequestedFor(urlEqualTo(OPEN)));
    }

    @Test
    void aBrokerErrorWithStatus422IsARejectedOrderWithItsReason() throws Exception {
        answer(placeLimitBuy(), 422, "broker-error-balance.json");

        VenueOrder order = venue.place(limitBuy());

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), order.rejectionReasons());
        assertEquals(UID, order.clientOrderId());
    }

    @Test
    void aBrokerErrorWithStatus403OrWith200IsARejectedOrderToo() throws Exception {
        answer(placeLimitBuy(), 403, "broker-error-unknown.json");
        VenueOrder forbidden = venue.place(limitBuy());
        server.resetAll();
        serve(placeLimitBuy(), "broker-error-balance.json");
        VenueOrder ok = venue.place(limitBuy());

        assertEquals(List.of(RejectionReason.VENUE_REJECTED), forbidden.rejectionReasons());
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), ok.rejectionReasons());
    }

    @Test
    void aBrokerErrorOnAReadIsRefusedWithNamisCodeAndWords() {
        answer(get(urlEqualTo("/api/v3/spot/depth?symbol=XYZUSDT")), 422, "broker-error-unknown.json");

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.depth("XYZ-USDT"));

        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("nami GET /api/v3/spot/depth: refused, HTTP 422 (BROKER_ERROR 6199: Giá đặt không hợp lệ)",
                e.getMessage());
    }

    @Test
    void tooManyRequestsPausesTheWholeVenue() {
        Venue impatient = open(Duration.ofSeconds(5), Duration.ofMillis(200), ENV);
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/depth")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")));

        VenueCallException first = assertThrows(VenueCallException.class, () -> impatient.depth("BTC-USDT"));
        VenueCallException other = assertThrows(VenueCallException.class, () -> impatient.openOrders("main"));

        assertEquals(Kind.RATE_LIMITED, first.kind());
        assertEquals(Duration.ofSeconds(120), first.retryAfter());
        assertEquals(Kind.RATE_LIMITED, other.kind());
        assertEquals(1, server.getAllServeEvents().size(), "the paused venue sent nothing more");
    }

    @Test
    void theRateLimitIsOneBucketForEveryCall() throws Exception {
        Venue limited = new NamiVenue(settings(Duration.ofSeconds(5), Duration.ofMillis(100), ENV),
                new NamiOptions(new BigDecimal("0.001"), new BigDecimal("0.001"), 1), Clock.fixed(NOW, ZoneOffset.UTC));
        serve(get(urlPathEqualTo("/api/v3/spot/depth")), "depth.json");

        limited.depth("BTC-USDT");
        VenueCallException second = assertThrows(VenueCallException.class, () -> limited.openOrders("main"));

        assertEquals(Kind.RATE_LIMITED, second.kind());
        assertEquals(1, server.getAllServeEvents().size());
    }

    @Test
    void aServerErrorOnAReadIsRetriedThenUnavailable() {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(aResponse().withStatus(500)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        server.verify(3, getRequestedFor(urlEqualTo(OPEN)));
    }

    @Test
    void aServerErrorOnAPlacementMayHaveTakenEffectAndIsNotSentAgain() {
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(502)));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aReadWithoutAnswerInTimeIsATimeout() {
        Venue slow = open(Duration.ofMillis(300), Duration.ofSeconds(5), ENV);
        server.stubFor(get(urlEqualTo("/api/v3/spot/config")).willReturn(okJson(EMPTY_LIST).withFixedDelay(1000)));

        VenueCallException e = assertThrows(VenueCallException.class, slow::instruments);

        assertEquals(Kind.TIMEOUT, e.kind());
        assertFalse(e.mayHaveTakenEffect());
    }

    @Test
    void malformedJsonIsAMalformedAnswerAndOnAPlacementMayHaveTakenEffect() {
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/depth")).willReturn(okJson("{\"status\":\"ok\",\"data\":{")));
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(okJson("<html>gateway</html>")));

        VenueCallException read = assertThrows(VenueCallException.class, () -> venue.depth("BTC-USDT"));
        VenueCallException write = assertThrows(VenueCallException.class, () -> venue.place(limitBuy()));

        assertEquals(Kind.MALFORMED_ANSWER, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        server.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void anAnswerMissingAFieldIsMalformedNamingIt() {
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(okJson("{\"status\":\"ok\",\"data\":[{\"displayingId\":1}]}")));

        VenueCallException e = assertThrows(VenueCallException.class, () -> venue.openOrders("main"));

        assertEquals(Kind.MALFORMED_ANSWER, e.kind());
        assertEquals("nami GET /api/v4/spot/open: unreadable answer (symbol is missing)", e.getMessage());
    }

    @Test
    void theKeyAndSecretNeverReachALogLineOrAnExceptionMessageEvenWhenNamiEchoesThem() throws Exception {
        String echo = "{\"status\":\"BROKER_ERROR\",\"code\":6104,\"message\":\"bad key " + KEY + " for " + SECRET + "\"}";
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(422).withBody(echo)));
        server.stubFor(get(urlEqualTo(OPEN)).willReturn(aResponse().withStatus(403).withBody(echo)));
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/depth")).willReturn(aResponse().withStatus(429).withBody(echo)));
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        List<String> logged = CapturedLogs.during(() -> {
                assertEquals(OrderStatus.REJECTED, venue.place(limitBuy()).status());
                thrown.add(assertThrows(VenueCallException.class, () -> venue.openOrders("main")));
                thrown.add(assertThrows(VenueCallException.class, () -> venue.depth("BTC-USDT")));
        });

        assertTrue(logged.stream().anyMatch(line -> line.contains("nami refused order " + UID
                + " (BROKER_ERROR 6104: bad key **** for ****)")), "the venue's words are logged, masked: " + logged);
        for (String line : logged) {
            assertFalse(line.contains(KEY) || line.contains(SECRET), line);
        }
        assertEquals(2, thrown.size());
        for (Throwable failure : thrown) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                assertFalse(message.contains(KEY) || message.contains(SECRET), message);
            }
        }
    }

    @Test
    void theRegistryOpensNamiAtItsProductionUrlAndTheFactorysVenueSignsWithTheSystemClock() throws Exception {
        assertTrue(registry.knows("nami"));
        assertEquals(URI.create("https://nami.exchange"), registry.settings("nami", null).baseUrl());
        Venue opened = new NamiVenueFactory().open(settings(Duration.ofSeconds(5), Duration.ofSeconds(5), ENV));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson(EMPTY_LIST)));

        assertEquals(List.of(), opened.openOrders("main"));

        LoggedRequest sent = server.findAll(getRequestedFor(urlPathEqualTo("/api/v4/spot/open"))).get(0);
        String query = URI.create(sent.getUrl()).getRawQuery();
        String signed = query.substring(0, query.indexOf("&signature="));
        assertEquals(KEY, sent.getHeader("x-api-key"));
        assertEquals(new NamiSigner(SECRET).signature(signed), query.substring(query.indexOf("&signature=") + 11));
        assertTrue(Math.abs(Long.parseLong(signed.substring("timestamp=".length())) - System.currentTimeMillis()) < 60_000);
    }
}
