package io.tradewind.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A fake Nami for {@link LiveVenueIT}: the spot config, depth and balance examples of
 * {@code src/test/resources/exchange/nami} (built on the seed {@code 004_…} and {@code exchanges.md},
 * see SOURCES.md there), one-minute chart history ({@link CrossingCandles}) and one market order:
 * new when placed, then gone from the open orders and filled in the history at {@link #FILL_PRICE}.
 * Private calls are answered only with the configured {@code x-api-key} and a hex signature.
 */
final class FakeNami {

    static final String API_KEY = "live-venue-it-nami-key-5Hs1Qa";
    static final String API_SECRET = "live-venue-it-nami-secret-8Lk4Zr";
    static final Map<String, String> SECRETS = Map.of(
            "TRADEWIND_NAMI_API_KEY", API_KEY,
            "TRADEWIND_NAMI_API_SECRET", API_SECRET);
    static final String ORDER_ID = "435380";
    /** Where the crossover buys on Nami's candles: the first close after the warm-up. */
    static final BigDecimal FILL_PRICE = BigDecimal.valueOf(CrossingCandles.JUMP / CrossingCandles.NAMI_DIVISOR);
    static final String PLACE = "/api/v4/spot/order";
    private static final String HISTORY = "/api/v4/spot/history";
    private static final String QUANTITY = "@QUANTITY@";
    private static final String PLACED = "placed";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    final WireMockServer server;

    /** @param quantity the base quantity the instance buys, so that the history can say what it cost */
    FakeNami(String quantity) throws IOException {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new CrossingCandles(),
                new PlacedOrderEcho("nami-order", PLACE, Map.of(QUANTITY, new PlacedOrderEcho.Field("quantity", "0")))));
        server.start();
        String quote = FILL_PRICE.multiply(new BigDecimal(quantity)).toPlainString();
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/config")).willReturn(okJson(LiveVenueIT.example("nami/config.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/depth")).willReturn(okJson(LiveVenueIT.example("nami/depth.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v1/chart/history")).willReturn(aResponse()
                .withTransformers(CrossingCandles.NAME)));
        server.stubFor(signedGet("/api/v4/user/balance").willReturn(okJson(LiveVenueIT.example("nami/balance.json"))));
        server.stubFor(signedGet("/api/v4/spot/open").willReturn(okJson("{\"status\":\"ok\",\"data\":[]}")));
        server.stubFor(signedGet(HISTORY).inScenario("order").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"status\":\"ok\",\"data\":[]}")));
        server.stubFor(signedGet(HISTORY).inScenario("order").whenScenarioStateIs(PLACED)
                .willReturn(echoed("{\"status\":\"ok\",\"data\":[" + order("FILLED", QUANTITY, quote) + "]}")));
        server.stubFor(post(urlPathEqualTo(PLACE)).withHeader("x-api-key", equalTo(API_KEY)).inScenario("order")
                .whenScenarioStateIs(STARTED).willSetStateTo(PLACED)
                .willReturn(echoed("{\"status\":\"ok\",\"data\":" + order("NEW", "0", "0") + "}")));
    }

    /** The market buy in the seed's order structure (plus createdAt/updatedAt, which the seed does not show). */
    private static String order(String status, String executed, String executedQuote) {
        return "{\"displayingId\":" + ORDER_ID + ",\"side\":\"BUY\",\"type\":\"MARKET\",\"price\":0,\"quantity\":" + QUANTITY
                + ",\"executedQty\":" + executed + ",\"quoteQty\":0,\"executedQuoteQty\":" + executedQuote + ","
                + "\"feeMetadata\":{\"assetId\":9,\"asset\":\"BTC\",\"value\":0,\"feeRatio\":0.001,\"executed\":0},"
                + "\"useQuoteQty\":false,\"symbol\":\"BTCUSDT\",\"baseAsset\":\"BTC\",\"baseAssetId\":9,"
                + "\"quoteAsset\":\"USDT\",\"quoteAssetId\":22,\"status\":\"" + status + "\",\"stopPrice\":0,"
                + "\"createdAt\":\"" + PlacedOrderEcho.NOW + "\",\"updatedAt\":\"" + PlacedOrderEcho.NOW + "\"}";
    }

    private static MappingBuilder signedGet(String path) {
        return get(urlPathEqualTo(path)).withHeader("x-api-key", equalTo(API_KEY))
                .withQueryParam("timestamp", matching("\\d{13}")).withQueryParam("signature", matching("[0-9a-f]{64}"));
    }

    private static ResponseDefinitionBuilder echoed(String body) {
        return okJson(body).withTransformers("nami-order");
    }

    /**
     * The body of the one placement the fake got, its signature checked: the hex HMAC-SHA256 of its
     * other fields as a query string, in the order sent.
     */
    JsonNode onlyPlacement() throws IOException {
        List<LoggedRequest> placements = server.findAll(postRequestedFor(urlPathEqualTo(PLACE)));
        assertEquals(1, placements.size(), "nami spot/order was called " + placements.size() + " times");
        JsonNode body = JSON.readTree(placements.get(0).getBodyAsString());
        StringJoiner signed = new StringJoiner("&");
        body.properties().forEach(field -> {
            if (!field.getKey().equals("signature")) {
                signed.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8));
            }
        });
        assertEquals(HexFormat.of().formatHex(HmacSha256.of(API_SECRET.getBytes(StandardCharsets.UTF_8),
                signed.toString())), body.path("signature").asText(), "signature of " + signed);
        return body;
    }

    /** Whether the order history was asked for after the placement: where the order's fill is read back. */
    boolean historyReadAfterPlacement() {
        Date placed = server.findAll(postRequestedFor(urlPathEqualTo(PLACE))).get(0).getLoggedDate();
        return server.findAll(getRequestedFor(urlPathEqualTo(HISTORY))).stream()
                .anyMatch(request -> request.getLoggedDate().after(placed));
    }
}
