package io.tradewind.exchange.nobitex;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.DepthSnapshot;
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
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import picocli.CommandLine;

/**
 * The Nobitex connector against a fake Nobitex (WireMock) serving the documented answers: the
 * exact requests it sends, and what it makes of every kind of answer.
 */
@QuarkusTest
class NobitexVenueTest {

    private static final String USERNAME = "name@example.com";
    private static final String PASSWORD = "pw-Secret-9876";
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String TOKEN = "e9282e56c83f93eb077043e5ad8b6cf5b3ff7568";
    private static final String RENEWED_TOKEN = "71b6f2ac0a9d4c3e8f5e6d7c8b9a0f1e2d3c4b5a";
    private static final String LOGIN_BODY = "{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD
            + "\",\"captcha\":\"api\",\"remember\":\"yes\"}";

    private static WireMockServer nobitex;
    private static final List<String> logged = new CopyOnWriteArrayList<>();
    private static final List<String> failures = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            logged.add(text + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void startFakeNobitex() {
        nobitex = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        nobitex.start();
        // on the connector's own category, so that records are seen before any handler masks them
        Logger.getLogger("io.tradewind.exchange").addHandler(CAPTURE);
    }

    @AfterAll
    static void stopAndCheckNoSecretWasWritten() {
        Logger.getLogger("io.tradewind.exchange").removeHandler(CAPTURE);
        nobitex.stop();
        assertFalse(logged.isEmpty(), "the connector logged something to check");
        assertFalse(failures.isEmpty(), "failures were collected to check");
        for (String secret : List.of(PASSWORD, TOKEN, RENEWED_TOKEN, TOTP_SECRET)) {
            for (String line : logged) {
                assertFalse(line.contains(secret), "a log line shows a secret: " + line.replace(secret, "<secret>"));
            }
            for (String message : failures) {
                assertFalse(message.contains(secret), "a failure shows a secret: " + message.replace(secret, "<secret>"));
            }
        }
    }

    @BeforeEach
    void reset() {
        nobitex.resetAll();
        nobitex.stubFor(post(urlEqualTo("/auth/login/")).willReturn(json("login.json")));
    }

    @Inject
    VenueRegistry registry;

    @Inject
    Instance<CommandLine> commandLines;

    @Test
    void theRegistryOpensNobitexAtItsProductionUrlByDefault() {
        assertTrue(registry.knows("nobitex"));
        assertEquals(URI.create("https://apiv2.nobitex.ir"), registry.settings("nobitex", null).baseUrl());
        assertEquals("nobitex", registry.open("nobitex", URI.create(nobitex.baseUrl())).venue());
    }

    @Test
    void cancellingAnOrderTheVenueDoesNotKnowIsEmpty() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/update-status")), "order-not-found.json");
        stubPrivate(post(urlEqualTo("/market/orders/status")), "order-not-found.json");
        stubPrivate(get(urlEqualTo("/market/orders/list?status=all&details=2")), "orders-list-all.json");

        assertTrue(venue().cancel("main", "never-placed").isEmpty());
    }

    @Test
    void declaresEveryCapabilityIncludingClientOrderIds() {
        NobitexVenueFactory factory = new NobitexVenueFactory();
        assertEquals("nobitex", factory.id());
        assertEquals(URI.create("https://apiv2.nobitex.ir"), factory.defaultBaseUrl());
        assertTrue(venue().can(VenueCapability.CLIENT_ORDER_IDS));
        assertTrue(venue().can(VenueCapability.STOP_ORDERS));
    }

    @Test
    void marketDataCallsArePublicGetsOnTheDocumentedPaths() throws Exception {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(json("orderbook-v3.json")));
        nobitex.stubFor(get(urlEqualTo("/v2/trades/BTCIRT")).willReturn(json("trades-v2.json")));
        nobitex.stubFor(get(urlEqualTo("/v2/options")).willReturn(json("options.json")));
        nobitex.stubFor(get(urlPathEqualTo("/market/udf/history")).willReturn(json("udf-history.json")));
        NobitexVenue venue = venue();

        DepthSnapshot depth = venue.depth("BTC-IRT");
        assertEquals("BTC-IRT", depth.symbol());
        assertEquals(new BigDecimal("5795000000"), depth.asks().get(0).price());
        assertEquals(new BigDecimal("5790000000"), depth.bids().get(0).price());

        List<PublicTrade> trades = venue.recentTrades("BTCIRT");
        assertEquals(List.of(new BigDecimal("8024990000"), new BigDecimal("8025000000")),
                trades.stream().map(PublicTrade::price).toList());

        List<Instrument> instruments = venue.instruments();
        assertEquals("BTC-IRT", instruments.get(0).symbol());
        assertEquals("IRR", instruments.get(0).quote());
        assertEquals(new BigDecimal("10"), instruments.get(0).tickSize());

        Instant from = Instant.ofEpochSecond(1562095800);
        Instant to = Instant.ofEpochSecond(1562355000);
        CandlePage page = venue.candles("BTC-IRT", Resolution.D1, from, to);
        assertEquals(3, page.candles().size());
        assertTrue(page.done());

        nobitex.verify(getRequestedFor(urlPathEqualTo("/market/udf/history"))
                .withQueryParam("symbol", equalTo("BTCIRT")).withQueryParam("resolution", equalTo("D"))
                .withQueryParam("from", equalTo("1562095800")).withQueryParam("to", equalTo("1562355000")));
        nobitex.verify(0, postRequestedFor(urlEqualTo("/auth/login/")));
        assertTrue(nobitex.findAll(getRequestedFor(urlPathEqualTo("/v3/orderbook/BTCIRT"))).stream()
                .allMatch(request -> !request.containsHeader("Authorization")), "public calls carry no token");
    }

    @Test
    void anEmptyBookIsAnEmptySnapshot() throws Exception {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(json("orderbook-empty.json")));

        DepthSnapshot depth = venue().depth("BTC-IRT");

        assertTrue(depth.asks().isEmpty() && depth.bids().isEmpty());
    }

    @Test
    void aResolutionNobitexLacksIsUnsupportedWithoutACall() {
        VenueCallException e = failure(() -> venue().candles("BTC-IRT", Resolution.W1, Instant.EPOCH, Instant.now()));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(0, nobitex.getAllServeEvents().size());
    }

    @Test
    void privateCallsLogInOnceWithTheDocumentedBodyAndSendTheToken() throws Exception {
        stubPrivate(get(urlEqualTo("/users/wallets/list")), "wallets.json");
        stubPrivate(get(urlEqualTo("/market/orders/list?status=open&details=2")), "orders-list-open.json");
        NobitexVenue venue = venue();

        List<Balance> balances = venue.balances("main");
        List<VenueOrder> open = venue.openOrders("main");

        assertEquals("IRR", balances.get(0).asset());
        assertEquals(new BigDecimal("312000000.0000000000"), balances.get(0).held());
        assertEquals(List.of("order-0001", "0f8fad5b-d9cb-469f-a165-70867728950e", "nobitex-5701"),
                open.stream().map(VenueOrder::clientOrderId).toList());
        assertEquals(List.of(OrderStatus.PARTIAL, OrderStatus.QUEUED, OrderStatus.ACTIVE),
                open.stream().map(VenueOrder::status).toList());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/auth/login/")).withRequestBody(equalToJson(LOGIN_BODY))
                .withHeader("X-TOTP", absent()).withHeader("Authorization", absent()));
    }

    @Test
    void ownTradesNameTheirOrderByLookingItUpOnceAndMoveTheCursor() throws Exception {
        stubPrivate(get(urlEqualTo("/market/trades/list?fromId=0&page=1&pageSize=100")), "own-trades.json");
        stubPrivate(post(urlEqualTo("/market/orders/status")).withRequestBody(equalToJson("{\"id\":5684}")),
                "order-status.json");
        stubPrivate(get(urlEqualTo("/market/trades/list?fromId=1003&page=1&pageSize=100")), "own-trades.json");
        NobitexVenue venue = venue();

        TradePage first = venue.ownTrades("main", null);
        TradePage again = venue.ownTrades("main", first.nextCursor());

        assertEquals(List.of("1001", "1002"), first.trades().stream().map(t -> t.tradeId()).toList());
        assertEquals("order-0001", first.trades().get(0).clientOrderId());
        assertEquals("1002", first.nextCursor());
        assertFalse(first.more());
        assertTrue(again.trades().isEmpty(), "trades at or before the cursor are not repeated");
        assertEquals("1002", again.nextCursor());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/status")));
    }

    @Test
    void ownTradesReadEveryPageFromTheCursor() throws Exception {
        String trade = "{\"id\":%d,\"orderId\":5684,\"market\":\"LTC-RLS\",\"timestamp\":"
                + "\"2018-11-28T12:40:00+00:00\",\"type\":\"sell\",\"price\":\"8500000\",\"amount\":\"1\",\"fee\":\"1\"}";
        nobitex.stubFor(get(urlEqualTo("/market/trades/list?fromId=0&page=1&pageSize=100"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"status\":\"ok\",\"trades\":[" + trade.formatted(2002) + "," + trade.formatted(2001)
                                + "],\"hasNext\":true}")));
        nobitex.stubFor(get(urlEqualTo("/market/trades/list?fromId=0&page=2&pageSize=100"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"status\":\"ok\",\"trades\":[" + trade.formatted(2000) + "],\"hasNext\":false}")));
        stubPrivate(post(urlEqualTo("/market/orders/status")), "order-status.json");

        TradePage page = venue().ownTrades("main", null);

        assertEquals(List.of("2000", "2001", "2002"), page.trades().stream().map(t -> t.tradeId()).toList());
        assertEquals("2002", page.nextCursor());
        assertFalse(page.more());
    }

    /** hasNext is not documented: a full page without it, newest first, has older trades behind it. */
    @Test
    void aFullPageWithoutHasNextIsFollowedByTheNextPageAndAPageRepeatedLeavesTheCursor() throws Exception {
        nobitex.stubFor(get(urlEqualTo("/market/trades/list?fromId=901&page=1&pageSize=100"))
                .willReturn(inline(tradesNewestFirst(1100, 1001))));
        nobitex.stubFor(get(urlEqualTo("/market/trades/list?fromId=901&page=2&pageSize=100"))
                .willReturn(inline(tradesNewestFirst(1000, 951))));
        stubPrivate(post(urlEqualTo("/market/orders/status")), "order-status.json");

        TradePage page = venue().ownTrades("main", "900");

        assertEquals(150, page.trades().size());
        assertEquals("951", page.trades().get(0).tradeId());
        assertEquals("1100", page.nextCursor());
        assertFalse(page.more());

        // a venue that ignores the page number: the older trades cannot be reached, so the cursor stays
        nobitex.stubFor(get(urlEqualTo("/market/trades/list?fromId=901&page=2&pageSize=100"))
                .willReturn(inline(tradesNewestFirst(1100, 1001))));
        TradePage stuck = venue().ownTrades("main", "900");

        assertEquals("900", stuck.nextCursor(), "trades 901..1000 were never read");
        nobitex.verify(2, getRequestedFor(urlEqualTo("/market/trades/list?fromId=901&page=2&pageSize=100")));
    }

    private static String tradesNewestFirst(int newest, int oldest) {
        StringBuilder page = new StringBuilder("{\"status\":\"ok\",\"trades\":[");
        for (int id = newest; id >= oldest; id--) {
            page.append(id == newest ? "" : ",").append("{\"id\":").append(id).append(",\"orderId\":5684,"
                    + "\"market\":\"LTC-RLS\",\"timestamp\":\"2018-11-28T12:40:00+00:00\",\"type\":\"sell\","
                    + "\"price\":\"8500000\",\"amount\":\"1\",\"fee\":\"1\"}");
        }
        return page.append("]}").toString();
    }

    @Test
    void placeSendsTheDocumentedBodyWithTheClientOrderId() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/add")), "order-add.json");
        NobitexVenue venue = venue();

        VenueOrder order = venue.place(OrderRequest.limit("order-0001", "main", "BTC-IRT", Side.BUY, "520000000",
                "0.6", null));

        assertEquals(OrderStatus.ACTIVE, order.status());
        assertEquals("order-0001", order.clientOrderId());
        assertEquals("25", order.venueOrderId());
        assertEquals("BTC-IRT", order.symbol());
        assertEquals(new BigDecimal("0.6"), order.quantity());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/add"))
                .withHeader("Authorization", equalTo("Token " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"type\":\"buy\",\"execution\":\"limit\",\"srcCurrency\":\"btc\","
                        + "\"dstCurrency\":\"rls\",\"amount\":\"0.6\",\"price\":\"520000000\","
                        + "\"clientOrderId\":\"order-0001\"}")));
    }

    @Test
    void marketAndStopLimitOrdersSendTheirFieldsAndAUuidFitsThirtyTwoCharacters() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/add")), "order-add.json");
        NobitexVenue venue = venue();
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";

        venue.place(OrderRequest.market(uuid, "main", "BTC-IRT", Side.SELL, "0.0100"));
        venue.place(new OrderRequest("stop-1", "main", "BTCIRT", Side.BUY, OrderType.STOP_LIMIT,
                new BigDecimal("5200000000"), new BigDecimal("0.01"), null, new BigDecimal("5100000000"), null, null));

        nobitex.verify(postRequestedFor(urlEqualTo("/market/orders/add")).withRequestBody(equalToJson(
                "{\"type\":\"sell\",\"execution\":\"market\",\"srcCurrency\":\"btc\",\"dstCurrency\":\"rls\","
                        + "\"amount\":\"0.01\",\"clientOrderId\":\"0f8fad5bd9cb469fa16570867728950e\"}")));
        nobitex.verify(postRequestedFor(urlEqualTo("/market/orders/add")).withRequestBody(equalToJson(
                "{\"type\":\"buy\",\"execution\":\"stop_limit\",\"srcCurrency\":\"btc\",\"dstCurrency\":\"rls\","
                        + "\"amount\":\"0.01\",\"price\":\"5200000000\",\"stopPrice\":\"5100000000\","
                        + "\"clientOrderId\":\"stop-1\"}")));
    }

    @Test
    void aRefusalAnsweredWithHttp200IsARejectedOrderWithTheVenueCodeLogged() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/add")), "order-failed-small.json");

        VenueOrder order = venue().place(OrderRequest.limit("small-1", "main", "BTC-IRT", Side.BUY, "520000000",
                "0.0001", null));

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of(RejectionReason.NOTIONAL_BELOW_MINIMUM), order.rejectionReasons());
        assertTrue(logged.stream().anyMatch(line -> line.contains("small-1") && line.contains("SmallOrder (Order value")),
                "the venue's code and message reach the log: " + logged);
    }

    @Test
    void aReadRefusedWithHttp200IsRefusedWithTheVenueCode() {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/XYZIRT")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"failed\",\"code\":\"InvalidSymbol\",\"message\":\"Invalid symbol\"}")));

        VenueCallException e = failure(() -> venue().depth("XYZ-IRT"));

        assertEquals(Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("InvalidSymbol"), e.getMessage());
    }

    @Test
    void cancelSendsTheClientOrderIdAndReturnsTheOrderItAnswers() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/update-status")), "cancel-ok-with-order.json");

        VenueOrder cancelled = venue().cancel("main", "order-0001").orElseThrow();

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("order-0001", cancelled.clientOrderId());
        assertEquals("USDT-IRT", cancelled.symbol());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/update-status"))
                .withHeader("Authorization", equalTo("Token " + TOKEN))
                .withRequestBody(equalToJson("{\"clientOrderId\":\"order-0001\",\"status\":\"canceled\"}")));
        nobitex.verify(0, postRequestedFor(urlEqualTo("/market/orders/status")));
    }

    @Test
    void aCancelAnsweredWithoutTheOrderFindsTheClosedOrderAmongRecentOrders() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/update-status")), "cancel-ok.json");
        // Nobitex finds client order ids only among open orders: a cancelled one is not found by it
        stubPrivate(post(urlEqualTo("/market/orders/status")), "order-not-found.json");
        stubPrivate(get(urlEqualTo("/market/orders/list?status=all&details=2")), "orders-list-all.json");

        VenueOrder cancelled = venue().cancel("main", "order-0001").orElseThrow();

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(new BigDecimal("1.2500000000"), cancelled.filled());
        nobitex.verify(postRequestedFor(urlEqualTo("/market/orders/status"))
                .withRequestBody(equalToJson("{\"clientOrderId\":\"order-0001\"}")));
    }

    /** Any refusal of a look-up read as "not found": the reconciliation then closed a live order as vanished. */
    @Test
    void aLookUpRefusedForAnotherReasonThanNotFoundLeavesTheQuestionOpen() throws Exception {
        nobitex.stubFor(post(urlEqualTo("/market/orders/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"failed\",\"code\":\"TradingUnavailable\",\"message\":\"try later\"}")));

        VenueCallException refused = assertThrows(VenueCallException.class, () -> venue().orderStatus("main", "order-0001"));

        assertEquals(Kind.REFUSED, refused.kind());
        assertTrue(refused.getMessage().contains("TradingUnavailable (try later)"), refused.getMessage());
        nobitex.verify(0, getRequestedFor(urlEqualTo("/market/orders/list?status=all&details=2")));
    }

    /** A server that is not Nobitex (a wrong base URL) answering 404 in JSON of its own. */
    private static final String NOT_NOBITEX_404 = "{\"status\":404,\"error\":\"no such endpoint; the endpoints are"
            + " listed at /q/openapi\"}";

    /**
     * A 404 with JSON of another server was Nobitex refusing ("refused: failed", exit code 8) and,
     * for a look-up, an order Nobitex does not know.
     */
    @Test
    void a404WithoutNobitexsBodyIsAWrongBaseUrlNeitherARefusalNorAnUnknownOrder() {
        for (String url : List.of("/v2/options", "/market/orders/status", "/market/orders/list?status=all&details=2")) {
            nobitex.stubFor((url.startsWith("/market/orders/status") ? post(urlEqualTo(url)) : get(urlEqualTo(url)))
                    .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                            .withBody(NOT_NOBITEX_404)));
        }

        VenueCallException markets = failure(() -> venue().instruments());
        VenueCallException lookUp = failure(() -> venue().orderStatus("main", "order-0001"));

        assertEquals(Kind.MALFORMED_ANSWER, markets.kind());
        assertEquals("nobitex GET /v2/options: HTTP 404, an answer nobitex does not give; the base URL may not be a nobitex"
                + " server: check it", markets.getMessage());
        assertEquals(Kind.MALFORMED_ANSWER, lookUp.kind());
        assertEquals("nobitex POST /market/orders/status: HTTP 404, an answer nobitex does not give; the base URL may not be"
                + " a nobitex server: check it", lookUp.getMessage());
    }

    @Test
    void theMarketsCommandAtAServerThatIsNotNobitexExitsUnavailableNamingTheStatusAndTheBaseUrl() {
        nobitex.stubFor(get(urlEqualTo("/v2/options")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(NOT_NOBITEX_404)));
        StringWriter err = new StringWriter();
        CommandLine command = commandLines.get();
        command.setErr(new PrintWriter(err, true));

        int exitCode = command.execute("exchange", "nobitex", "markets", "--base-url", nobitex.baseUrl() + "/");

        assertEquals(7, exitCode, err.toString());
        assertEquals("error: nobitex GET /v2/options: HTTP 404, an answer nobitex does not give; the base URL may not be a"
                + " nobitex server: check it\n", err.toString());
    }

    @Test
    void anOrderSeenBeforeIsLookedUpAndCancelledByItsNobitexIdAndAFilledOneAfterARestartFoundAmongRecentOrders() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/add")), "order-add.json");
        stubPrivate(post(urlEqualTo("/market/orders/status")).withRequestBody(equalToJson("{\"id\":25}")),
                "order-add.json");
        stubPrivate(post(urlEqualTo("/market/orders/status"))
                .withRequestBody(equalToJson("{\"clientOrderId\":\"filled-before-restart\"}")), "order-not-found.json");
        stubPrivate(get(urlEqualTo("/market/orders/list?status=all&details=2")), "orders-list-all.json");
        NobitexVenue venue = venue();
        venue.place(OrderRequest.limit("order-0001", "main", "BTC-IRT", Side.BUY, "520000000", "0.6", null));

        assertTrue(venue.orderStatus("main", "order-0001").isPresent());
        stubPrivate(post(urlEqualTo("/market/orders/update-status")), "cancel-ok-with-order.json");
        venue.cancel("main", "order-0001");
        VenueOrder filled = venue.orderStatus("main", "filled-before-restart").orElseThrow();

        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals("5702", filled.venueOrderId());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/status")).withRequestBody(equalToJson("{\"id\":25}")));
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/update-status"))
                .withRequestBody(equalToJson("{\"order\":25,\"status\":\"canceled\"}")));
    }

    /**
     * After a restart the connector has not seen the order, but the execution service stored its
     * Nobitex id: Nobitex finds a client order id among open orders only, and an order that
     * finished while the service was down may be older than the newest orders listed.
     */
    @Test
    void afterARestartAnOrderIsLookedUpAndCancelledByTheNobitexIdTheStoreKept() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/status")).withRequestBody(equalToJson("{\"id\":5684}")),
                "order-status.json");
        stubPrivate(post(urlEqualTo("/market/orders/update-status")), "cancel-ok-with-order.json");

        VenueOrder found = venue().orderStatus("main", "order-0001", "5684").orElseThrow();
        venue().cancel("main", "order-0002", "25");

        assertEquals("5684", found.venueOrderId());
        assertEquals("order-0001", found.clientOrderId());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/status")));
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/update-status"))
                .withRequestBody(equalToJson("{\"order\":25,\"status\":\"canceled\"}")));
    }

    @Test
    void aPlacementWhoseAnswerIsLostMayHaveTakenEffectAndIsFoundByItsClientOrderIdNotPlacedAgain()
            throws Exception {
        nobitex.stubFor(post(urlEqualTo("/market/orders/add"))
                .willReturn(json("order-add.json").withFixedDelay(1500)));
        stubPrivate(post(urlEqualTo("/market/orders/status"))
                .withRequestBody(equalToJson("{\"clientOrderId\":\"order-0001\"}")), "order-status.json");
        NobitexVenue venue = venue();
        OrderRequest request = OrderRequest.limit("order-0001", "main", "BTC-IRT", Side.BUY, "520000000", "0.6", null);

        VenueCallException lost = failure(() -> venue.place(request));
        Optional<VenueOrder> found = venue.orderStatus("main", "order-0001");

        assertEquals(Kind.TIMEOUT, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
        assertEquals(OrderStatus.ACTIVE, found.orElseThrow().status());
        assertEquals("5684", found.get().venueOrderId());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/add")));
    }

    @Test
    void placingAClientOrderIdTheVenueKnowsReturnsTheExistingOrder() throws Exception {
        stubPrivate(post(urlEqualTo("/market/orders/add")), "order-failed-duplicate-client-id.json");
        stubPrivate(post(urlEqualTo("/market/orders/status")), "order-status.json");

        VenueOrder order = venue().place(OrderRequest.limit("order-0001", "main", "LTC-IRT", Side.SELL, "8500000", "3",
                null));

        assertEquals(OrderStatus.ACTIVE, order.status());
        assertEquals("5684", order.venueOrderId());
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
        nobitex.resetAll();
        nobitex.stubFor(post(urlEqualTo("/auth/login/")).inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("login.json")).willSetStateTo("renewed"));
        nobitex.stubFor(post(urlEqualTo("/auth/login/")).inScenario("login").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"success\",\"key\":\"" + RENEWED_TOKEN + "\",\"device\":\"x\"}")));
        nobitex.stubFor(get(urlEqualTo("/users/wallets/list")).withHeader("Authorization", equalTo("Token " + TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Invalid token.\"}")));
        nobitex.stubFor(get(urlEqualTo("/users/wallets/list"))
                .withHeader("Authorization", equalTo("Token " + RENEWED_TOKEN)).willReturn(json("wallets.json")));

        List<Balance> balances = venue().balances("main");

        assertEquals(2, balances.size());
        nobitex.verify(2, postRequestedFor(urlEqualTo("/auth/login/")));
        nobitex.verify(2, getRequestedFor(urlEqualTo("/users/wallets/list")));
    }

    @Test
    void aTokenStillRefusedAfterRenewalIsAnAuthenticationFailure() {
        nobitex.stubFor(get(urlEqualTo("/users/wallets/list")).willReturn(aResponse().withStatus(401)));

        VenueCallException e = failure(() -> venue().balances("main"));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        nobitex.verify(2, postRequestedFor(urlEqualTo("/auth/login/")));
    }

    @Test
    void theTokenIsRenewedBeforeItExpires() throws Exception {
        stubPrivate(get(urlEqualTo("/users/wallets/list")), "wallets.json");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        NobitexVenue venue = new NobitexVenue(settings(Map.of(), Duration.ofSeconds(1)), clock);

        venue.balances("main");
        clock.now = clock.now.plus(Duration.ofDays(20));
        venue.balances("main");
        nobitex.verify(1, postRequestedFor(urlEqualTo("/auth/login/")));

        clock.now = clock.now.plus(Duration.ofDays(8));
        venue.balances("main");
        nobitex.verify(2, postRequestedFor(urlEqualTo("/auth/login/")));
    }

    @Test
    void twoFactorLoginSendsTheTotpCodeOfTheSecret() throws Exception {
        stubPrivate(get(urlEqualTo("/users/wallets/list")), "wallets.json");
        NobitexVenue venue = new NobitexVenue(settings(Map.of("TRADEWIND_NOBITEX_TOTP_SECRET", TOTP_SECRET),
                Duration.ofSeconds(1)), new MutableClock(Instant.ofEpochSecond(59)));

        venue.balances("main");

        // RFC 6238's SHA-1 vector at T = 59 s, six digits
        nobitex.verify(1, postRequestedFor(urlEqualTo("/auth/login/")).withHeader("X-TOTP", equalTo("287082"))
                .withRequestBody(equalToJson(LOGIN_BODY)));
    }

    @Test
    void aRefusedLoginIsAnAuthenticationFailureAndMissingCredentialsNameTheirVariable() {
        nobitex.stubFor(post(urlEqualTo("/auth/login/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"failed\",\"code\":\"InvalidCredentials\",\"message\":\"bad login\"}")));
        VenueCallException refused = failure(() -> venue().balances("main"));
        assertEquals(Kind.AUTHENTICATION, refused.kind());
        assertTrue(refused.getMessage().contains("InvalidCredentials"), refused.getMessage());

        NobitexVenue anonymous = (NobitexVenue) new NobitexVenueFactory().open(new VenueSettings("nobitex",
                URI.create(nobitex.baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                "main", new VenueCredentials("nobitex", Map.of())));
        VenueCallException missing = failure(() -> anonymous.balances("main"));
        assertEquals(Kind.AUTHENTICATION, missing.kind());
        assertTrue(missing.getMessage().contains("TRADEWIND_NOBITEX_USERNAME"), missing.getMessage());
    }

    @Test
    void http429WithBackOffPausesTheWholeVenue() {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(json("rate-limited.json").withStatus(429)));
        NobitexVenue venue = venue();

        VenueCallException limited = failure(() -> venue.depth("BTC-IRT"));
        VenueCallException paused = failure(() -> venue.recentTrades("BTC-IRT"));

        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(5), limited.retryAfter());
        assertTrue(venue.rateLimits().pausedUntil().isAfter(Instant.now().plusSeconds(3)));
        assertEquals(Kind.RATE_LIMITED, paused.kind());
        assertEquals(1, nobitex.getAllServeEvents().size(), "nothing is sent while the venue is paused");
    }

    @Test
    void http403WithBackOffAsTheSeedDescribesItPausesTooAndA403WithoutIsRefused() {
        nobitex.stubFor(get(urlEqualTo("/v2/trades/BTCIRT")).willReturn(json("rate-limited.json").withStatus(403)));
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(aResponse().withStatus(403)));

        VenueCallException forbidden = failure(() -> venue().depth("BTC-IRT"));
        VenueCallException limited = failure(() -> venue().recentTrades("BTC-IRT"));

        assertEquals(Kind.REFUSED, forbidden.kind());
        assertEquals(Kind.RATE_LIMITED, limited.kind());
    }

    @Test
    void http500IsUnavailableReadsAreRetriedAndPlacementsAreNot() {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(aResponse().withStatus(500)));
        nobitex.stubFor(post(urlEqualTo("/market/orders/add")).willReturn(aResponse().withStatus(500)));
        NobitexVenue venue = venue();

        VenueCallException read = failure(() -> venue.depth("BTC-IRT"));
        VenueCallException write = failure(() -> venue.place(OrderRequest.limit("o-500", "main", "BTC-IRT", Side.BUY,
                "520000000", "0.6", null)));

        assertEquals(Kind.UNAVAILABLE, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        nobitex.verify(3, getRequestedFor(urlEqualTo("/v3/orderbook/BTCIRT")));
        assertEquals(Kind.UNAVAILABLE, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        nobitex.verify(1, postRequestedFor(urlEqualTo("/market/orders/add")));
    }

    @Test
    void malformedJsonIsAMalformedAnswer() {
        nobitex.stubFor(get(urlEqualTo("/v3/orderbook/BTCIRT")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\",\"asks\":[[\"1\"")));
        nobitex.stubFor(post(urlEqualTo("/market/orders/add")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\",\"order\":{\"status\":")));
        NobitexVenue venue = venue();

        VenueCallException read = failure(() -> venue.depth("BTC-IRT"));
        VenueCallException write = failure(() -> venue.place(OrderRequest.limit("o-bad", "main", "BTC-IRT", Side.BUY,
                "520000000", "0.6", null)));

        assertEquals(Kind.MALFORMED_ANSWER, read.kind());
        assertFalse(read.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, write.kind());
        assertTrue(write.mayHaveTakenEffect(), "an unreadable answer to a placement may hide a placed order");
    }

    @Test
    void ordersNobitexCannotExpressAreUnsupportedWithoutACall() {
        VenueCallException fok = failure(() -> venue().place(OrderRequest.limit("fok-1", "main", "BTC-IRT", Side.BUY,
                "520000000", "0.6", io.tradewind.domain.TimeInForce.FILL_OR_KILL)));

        // orders/add has no expiry: placed without it, the order would rest past it
        VenueCallException expiring = failure(() -> venue().place(new OrderRequest("exp-1", "main", "BTC-IRT", Side.BUY,
                OrderType.LIMIT, new BigDecimal("520000000"), new BigDecimal("0.6"), null, null, null,
                Instant.parse("2030-01-01T00:05:00Z"))));

        assertEquals(Kind.UNSUPPORTED, fok.kind());
        assertEquals(Kind.UNSUPPORTED, expiring.kind());
        assertEquals("nobitex cannot expire orders at a time", expiring.getMessage());
        assertNull(nobitex.getAllServeEvents().stream().findAny().orElse(null));
    }

    private static VenueCallException failure(Executable call) {
        VenueException e = assertThrows(VenueException.class, call);
        failures.add(e.getMessage());
        assertTrue(e instanceof VenueCallException, "a VenueCallException: " + e);
        return (VenueCallException) e;
    }

    private static NobitexVenue venue() {
        return (NobitexVenue) new NobitexVenueFactory().open(settings(Map.of(), Duration.ofSeconds(1)));
    }

    private static VenueSettings settings(Map<String, String> extra, Duration rateLimitWait) {
        Map<String, String> env = new HashMap<>(Map.of("TRADEWIND_NOBITEX_USERNAME", USERNAME,
                "TRADEWIND_NOBITEX_PASSWORD", PASSWORD));
        env.putAll(extra);
        return new VenueSettings("nobitex", URI.create(nobitex.baseUrl()), Duration.ofSeconds(2),
                Duration.ofMillis(1000), rateLimitWait, "main", new VenueCredentials("nobitex", env));
    }

    /** A private call answered only when it carries the login's token. */
    private static void stubPrivate(MappingBuilder request, String example) {
        nobitex.stubFor(request.withHeader("Authorization", equalTo("Token " + TOKEN)).willReturn(json(example)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder inline(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String example) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(NobitexExamples.text(example));
    }

    /** A clock a test moves by hand. */
    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
