package io.tradewind.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fake NegocieCoins for {@link LiveVenueIT}: the seed's ({@code 002_…}) balance and order answers
 * and {@code exchanges.md}'s order book, public trades a minute apart ({@link CrossingCandles}), and
 * one order, pending when placed and filled when next asked for by id; "user / orders" lists no
 * open order. Trade API calls are answered only with an AMX header of the configured app id.
 */
final class FakeNegocieCoins {

    static final String APP_ID = "live-venue-it-negociecoins-app-3Tq8";
    /** The API key is base64 (the HMAC key is its decoding). */
    static final String API_KEY = Base64.getEncoder().encodeToString(
            "live-venue-it-negociecoins-key-7Jp2Xw".getBytes(StandardCharsets.UTF_8));
    static final Map<String, String> SECRETS = Map.of(
            "TRADEWIND_NEGOCIECOINS_APP_ID", APP_ID,
            "TRADEWIND_NEGOCIECOINS_API_KEY", API_KEY);
    static final long USER_ID = 4242;
    static final String ORDER_ID = "7401";
    static final String PLACE = "/tradeapi/v1/user/order";
    private static final String PRICE = "@PRICE@";
    private static final String VOLUME = "@VOLUME@";
    private static final String PLACED = "placed";

    final WireMockServer server;

    FakeNegocieCoins() throws IOException {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new CrossingCandles(),
                new PlacedOrderEcho("negociecoins-order", PLACE, Map.of(PRICE, new PlacedOrderEcho.Field("price", "0"),
                        VOLUME, new PlacedOrderEcho.Field("volume", "0")))));
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v3/btcbrl/orderbook")).willReturn(okJson(
                LiveVenueIT.example("negociecoins/orderbook.json"))));
        server.stubFor(get(urlPathMatching("/api/v3/btcbrl/trades/\\d+/\\d+")).willReturn(aResponse()
                .withTransformers(CrossingCandles.NAME)));
        server.stubFor(signed(get(urlPathEqualTo("/tradeapi/v1/user/balance"))).willReturn(okJson(
                LiveVenueIT.example("negociecoins/balance.json"))));
        server.stubFor(signed(post(urlPathEqualTo("/tradeapi/v1/user/orders"))).willReturn(okJson("[]")));
        server.stubFor(signed(post(urlPathEqualTo(PLACE))).inScenario("order").whenScenarioStateIs(STARTED)
                .willSetStateTo(PLACED).willReturn(echoed(order("pending", "0", "[]"))));
        server.stubFor(signed(get(urlPathEqualTo(PLACE + "/" + ORDER_ID))).inScenario("order").whenScenarioStateIs(PLACED)
                .willReturn(echoed(order("filled", VOLUME, "[{\"id\":4960,\"created\":\"" + PlacedOrderEcho.NOW
                        + "\",\"feeRate\":0.005,\"price\":" + PRICE + ",\"quantity\":" + VOLUME + "}]"))));
    }

    /** The one order as the seed's "user / order" shows it (a list of one), with what has executed of it. */
    private static String order(String status, String executed, String operations) {
        return "[{\"id\":" + ORDER_ID + ",\"created\":\"" + PlacedOrderEcho.NOW + "\",\"pair\":\"BRLBTC\",\"type\":\"buy\","
                + "\"status\":\"" + status + "\",\"price\":" + PRICE + ",\"quantity\":" + VOLUME + ",\"total\":0,"
                + "\"executed_quantity\":" + executed + ",\"executed_price_avg\":" + PRICE + ",\"fee\":0,"
                + "\"pending_quantity\":0,\"pending_price\":0,\"operations\":" + operations + "}]";
    }

    private static MappingBuilder signed(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", matching("amx " + APP_ID + ":[^:]+:[0-9a-f]{32}:\\d+"));
    }

    private static ResponseDefinitionBuilder echoed(String body) {
        return okJson(body).withTransformers("negociecoins-order");
    }

    /** The one placement the fake got, its AMX signature checked against the request as it arrived. */
    LoggedRequest onlyPlacement() {
        List<LoggedRequest> placements = server.findAll(postRequestedFor(urlPathEqualTo(PLACE)));
        assertEquals(1, placements.size(), "negociecoins user/order was called " + placements.size() + " times");
        LoggedRequest placement = placements.get(0);
        String[] header = placement.getHeader("Authorization").substring("amx ".length()).split(":");
        assertEquals(APP_ID, header[0]);
        String raw = APP_ID + "POST" + URLEncoder.encode(placement.getAbsoluteUrl(), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT) + header[3] + header[2] + base64Md5(placement.getBody());
        assertEquals(Base64.getEncoder().encodeToString(HmacSha256.of(Base64.getDecoder().decode(API_KEY), raw)), header[1],
                "the AMX signature covers the request as it arrived");
        return placement;
    }

    private static String base64Md5(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
