package io.tradewind.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.backtest.ProgressListener;
import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.negociecoins.NegocieCoinsTestVenue;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code data download} of NegocieCoins, which has no candle call: the run pages its public trades
 * by time window ({@code /api/v3/{pair}/trades/{from}/{to}}, an hour a page) from a fake
 * NegocieCoins and stores them aggregated into the requested resolution; a second run fetches only
 * what is missing, and a run stopped mid-way then run again stores the same candles, once. A
 * {@code @QuarkusTest} (of the default test profile, so the application already booted for other
 * tests serves it) only because the connector's REST client needs the application.
 */
@QuarkusTest
class NegocieCoinsDataDownloadTest {

    /** 2025-12-03T08:00:00Z: the hour of {@code trades-window.json}; the fake repeats its trades an hour later. */
    private static final long T0 = 1_764_748_800L;
    private static final long HOUR = 3600;
    private static final Pattern WINDOW = Pattern.compile(".*/trades/(\\d+)/(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static WireMockServer server;
    private final InMemoryCandleStore store = new InMemoryCandleStore();

    @BeforeAll
    static void startFakeNegocieCoins() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new TradesByWindow()));
        server.start();
    }

    @AfterAll
    static void stopFakeNegocieCoins() {
        server.stop();
    }

    @BeforeEach
    void servesTrades() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v3/btcbrl/trades/\\d+/\\d+")).willReturn(aResponse()
                .withTransformers(TradesByWindow.NAME)));
    }

    @Test
    void trades_are_paged_by_hour_and_aggregated_into_the_requested_resolution() throws Exception {
        DataDownloadRun minutes = run(Resolution.M1);
        minutes.run(at(0), at(2 * HOUR));

        assertEquals(2, minutes.pages());
        assertEquals(List.of(window(0, HOUR), window(HOUR, 2 * HOUR)), windowsAsked());
        List<Candle> candles = stored(Resolution.M1);
        assertEquals(List.of(at(0), at(60), at(120), at(180), at(HOUR), at(HOUR + 60), at(HOUR + 120), at(HOUR + 180)),
                candles.stream().map(Candle::openTime).toList(), "a candle for each minute with trades, none for the others");
        // 08:00 holds two trades: 512000 x 0.01 at :05, then 512900.50 x 0.02 at :30
        assertCandle(candles.get(0), "512000", "512900.5", "512000", "512900.5", "0.03");
        assertCandle(candles.get(3), "511000", "511000", "511000", "511000", "1");

        server.resetRequests();
        DataDownloadRun fiveMinutes = run(Resolution.M5);
        fiveMinutes.run(at(0), at(2 * HOUR));
        List<Candle> wide = stored(Resolution.M5);
        assertEquals(List.of(at(0), at(HOUR)), wide.stream().map(Candle::openTime).toList());
        // all five trades of the hour, the fixture's unordered list in time order: 08:00:05 to 08:03:20
        assertCandle(wide.get(0), "512000", "512900.5", "511000", "511000", "1.533");
    }

    @Test
    void a_second_run_fetches_only_what_is_missing() throws Exception {
        run(Resolution.M1).run(at(0), at(HOUR));
        assertEquals(4, stored(Resolution.M1).size());
        server.resetRequests();

        DataDownloadRun second = run(Resolution.M1);
        assertEquals(at(240), second.start(at(0)), "resumes after the last stored candle, 08:03");
        second.run(at(0), at(2 * HOUR));

        assertEquals(List.of(window(240, HOUR + 240), window(HOUR + 240, 2 * HOUR)), windowsAsked());
        assertEquals(4, second.written());
        assertEquals(downloadedInOneGo(), stored(Resolution.M1));
    }

    @Test
    void a_run_stopped_mid_way_and_run_again_stores_the_same_candles_once() throws Exception {
        server.stubFor(get(urlEqualTo("/api/v3/btcbrl/trades/" + (T0 + HOUR) + "/" + (T0 + 2 * HOUR))).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Intervalo inválido.\"}")));
        DataDownloadRun stopped = run(Resolution.M1);
        VenueCallException failure = assertThrows(VenueCallException.class, () -> stopped.run(at(0), at(2 * HOUR)));
        assertTrue(failure.getMessage().contains("Intervalo inválido."), failure.getMessage());
        assertEquals(4, stopped.written(), "the first hour's page stays stored");

        servesTrades();
        run(Resolution.M1).run(at(0), at(2 * HOUR));

        List<Candle> candles = stored(Resolution.M1);
        assertEquals(downloadedInOneGo(), candles);
        assertEquals(candles.size(), candles.stream().map(Candle::openTime).distinct().count(), "no candle twice");
    }

    private DataDownloadRun run(Resolution resolution) throws Exception {
        return run(store, resolution);
    }

    private static DataDownloadRun run(InMemoryCandleStore into, Resolution resolution) throws Exception {
        Venue venue = NegocieCoinsTestVenue.open(URI.create(server.baseUrl()));
        Instrument btcBrl = venue.instruments().get(0);
        return new DataDownloadRun(venue, into, key(resolution), btcBrl, ProgressListener.NONE);
    }

    /** The same two hours downloaded into an empty store without interruption. */
    private static List<Candle> downloadedInOneGo() throws Exception {
        InMemoryCandleStore fresh = new InMemoryCandleStore();
        run(fresh, Resolution.M1).run(at(0), at(2 * HOUR));
        return stored(fresh, Resolution.M1);
    }

    private List<Candle> stored(Resolution resolution) {
        return stored(store, resolution);
    }

    private static List<Candle> stored(InMemoryCandleStore from, Resolution resolution) {
        List<Candle> candles = new ArrayList<>();
        try (CandleCursor cursor = from.read(key(resolution), at(0), at(2 * HOUR))) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    candles.add(chunk.candle(i));
                }
            }
        }
        return candles;
    }

    private static SeriesKey key(Resolution resolution) {
        return new SeriesKey("negociecoins", "BTC-BRL", resolution);
    }

    private static Instant at(long secondsAfterT0) {
        return Instant.ofEpochSecond(T0 + secondsAfterT0);
    }

    private static String window(long from, long to) {
        return (T0 + from) + "/" + (T0 + to);
    }

    private static List<String> windowsAsked() {
        List<String> windows = new ArrayList<>();
        server.findAll(getRequestedFor(urlPathMatching(".*"))).forEach(request -> {
            Matcher window = WINDOW.matcher(request.getUrl());
            windows.add(window.matches() ? window.group(1) + "/" + window.group(2) : request.getUrl());
        });
        return windows;
    }

    private static void assertCandle(Candle candle, String open, String high, String low, String close, String volume) {
        assertEquals(List.of(new BigDecimal(open), new BigDecimal(high), new BigDecimal(low), new BigDecimal(close),
                new BigDecimal(volume)).stream().map(BigDecimal::stripTrailingZeros).toList(),
                List.of(candle.open(), candle.high(), candle.low(), candle.close(), candle.volume()).stream()
                        .map(BigDecimal::stripTrailingZeros).toList(), candle.toString());
    }

    /**
     * The fake's public trades: those of {@code trades-window.json} and the same an hour later; each
     * window answers those with {@code from <= date <= to}, in the fixture's order.
     */
    static final class TradesByWindow implements ResponseDefinitionTransformerV2 {

        static final String NAME = "trades-by-window";
        private final List<JsonNode> trades = new ArrayList<>();

        TradesByWindow() {
            try (InputStream in = NegocieCoinsDataDownloadTest.class.getResourceAsStream(
                    "/exchange/negociecoins/trades-window.json")) {
                JsonNode fixture = JSON.readTree(in);
                for (long shift : new long[] {0, HOUR}) {
                    for (JsonNode trade : fixture) {
                        ObjectNode copy = trade.deepCopy();
                        copy.put("tid", trade.path("tid").asLong() + shift);
                        copy.put("date", trade.path("date").asLong() + shift);
                        trades.add(copy);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Matcher window = WINDOW.matcher(event.getRequest().getUrl());
            if (!window.matches()) {
                throw new IllegalArgumentException(event.getRequest().getUrl());
            }
            long from = Long.parseLong(window.group(1));
            long to = Long.parseLong(window.group(2));
            ArrayNode answer = JSON.createArrayNode();
            trades.stream().filter(t -> t.path("date").asLong() >= from && t.path("date").asLong() <= to).forEach(answer::add);
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                    .withHeader("Content-Type", "application/json").withBody(answer.toString()).build();
        }
    }
}
