package io.tradewind.service.udf;

import static io.tradewind.service.TestHttp.get;
import static io.tradewind.service.udf.DocumentedShapes.assertSameShape;
import static io.tradewind.service.udf.DocumentedShapes.example;
import static io.tradewind.service.udf.DocumentedShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.service.LiveCandles;
import io.tradewind.service.LiveSeries;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The UDF endpoints wired in the application: the API token rule, stored candles from the
 * application's store merged with a running instance's, and errors in the UDF shape.
 */
@QuarkusTest
class UdfResourceTest {

    private static final String READER = "test-read-token";
    private static final String VENUE = "udftest";
    private static final SeriesKey MINUTES = new SeriesKey(VENUE, "BTC-IRT", Resolution.M1);
    private static final Instant HOUR = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instrument RIAL = Instrument.of("BTC-IRT", "BTC", "IRT", "1000", "0.00000001", "0.00000001", "0", "0");

    @Inject
    CandleStore store;

    @BeforeEach
    void candles() {
        // minutes 0..58 of one hour stored; the last minute only a running instance has, and it also
        // has minute 58 newer than the store
        List<Candle> stored = RandomMinutes.generate(42, HOUR, 1).stream()
                .filter(c -> c.openTime().isBefore(HOUR.plusSeconds(59 * 60))).toList();
        RandomMinutes.store(store, MINUTES, stored);
        Candle liveLast = candle(HOUR.plusSeconds(59 * 60), "100000009000", "0.00000001");
        Candle liveNewer = candle(HOUR.plusSeconds(58 * 60), "123456789012000", "1.5");
        QuarkusMock.installMockForType((LiveCandles) () -> List.of(new LiveSeries("rial-sma", MINUTES, RIAL, List.of(liveNewer, liveLast))),
                LiveCandles.class);
    }

    @Test
    void every_udf_endpoint_needs_the_api_token_and_the_read_token_is_enough() {
        // tickers, not bare symbols: other tests store BTC-IRT candles of other venues in the shared test database
        for (String path : List.of("/udf/config", "/udf/symbols?symbol=" + VENUE + ":BTC-IRT", "/udf/search?query=BTC",
                "/udf/time", "/udf/history?symbol=" + VENUE + ":BTC-IRT&resolution=1&from=0&to=2000000000")) {
            assertEquals(401, get(path, null).statusCode(), path);
            assertEquals(401, get(path + (path.contains("?") ? "&" : "?") + "token=" + READER, null).statusCode(), path);
            assertEquals(200, get(path, READER).statusCode(), path);
        }
    }

    @Test
    void config_symbols_and_search_have_the_documented_shapes() {
        JsonNode config = json(get("/udf/config", READER));
        assertSameShape(example("config-default.json"), config);
        assertTrue(config.get("supports_search").asBoolean());
        assertEquals("[\"1\",\"5\",\"15\",\"60\",\"240\",\"1D\",\"1W\",\"1M\"]", config.get("supported_resolutions").toString());

        JsonNode symbol = json(get("/udf/symbols?symbol=" + VENUE + ":BTC-IRT", READER));
        assertSameShape(example("symbol-info-required.json"), symbol);
        assertEquals("BTC-IRT", symbol.get("name").asText());
        assertEquals(VENUE + ":BTC-IRT", symbol.get("ticker").asText());
        assertEquals("24x7", symbol.get("session").asText());
        assertEquals("Etc/UTC", symbol.get("timezone").asText());
        assertEquals(1, symbol.get("pricescale").asLong());
        assertEquals(1_000, symbol.get("minmov").asLong());
        assertTrue(symbol.get("has_intraday").asBoolean());

        JsonNode found = json(get("/udf/search?query=btc-irt&exchange=" + VENUE + "&limit=5", READER));
        assertSameShape(example("search-result.json"), found);
        assertEquals(1, found.size());
        assertEquals(VENUE + ":BTC-IRT", found.get(0).get("ticker").asText());
        assertEquals(1, json(get("/udf/search?query=btc-irt&type=crypto&exchange=" + VENUE, READER)).size());
        assertEquals(0, json(get("/udf/search?query=btc-irt&type=stock&exchange=" + VENUE, READER)).size(), "every market here is crypto");
    }

    @Test
    void history_builds_the_hour_from_stored_minutes_and_the_instance_s_newest_exactly() {
        long hour = HOUR.getEpochSecond();
        JsonNode bars = json(get("/udf/history?symbol=" + VENUE + ":BTC-IRT&resolution=60&from=" + hour + "&to=" + (hour + 60), READER));

        assertSameShape(example("history-ok.json"), bars);
        assertEquals("[" + hour + "]", bars.get("t").toString());
        assertEquals(new BigDecimal("123456789012000"), bars.get("h").get(0).decimalValue());
        assertEquals(new BigDecimal("100000009000"), bars.get("c").get(0).decimalValue());

        JsonNode minutes = json(get("/udf/history?symbol=" + VENUE + ":BTC-IRT&resolution=1&countback=2&to=" + (hour + 3_600), READER));
        assertEquals("[" + (hour + 58 * 60) + "," + (hour + 59 * 60) + "]", minutes.get("t").toString());
        assertEquals(new BigDecimal("1.5"), minutes.get("v").get(0).decimalValue());

        JsonNode later = json(get("/udf/history?symbol=" + VENUE + ":BTC-IRT&resolution=1D&from=" + (hour + 86_400) + "&to=" + (hour + 9 * 86_400), READER));
        assertSameShape(example("history-no-data.json"), later);
        assertEquals(Instant.parse("2026-03-02T00:00:00Z").getEpochSecond(), later.get("nextTime").asLong());
    }

    @Test
    void bad_requests_answer_the_udf_error_shape_in_one_line() {
        String history = "/udf/history?symbol=" + VENUE + ":BTC-IRT";
        assertError(get("/udf/symbols?symbol=NOPE-IRT", READER), 404, "unknown symbol 'NOPE-IRT'");
        assertError(get(history + "&resolution=7&from=0&to=1", READER), 400, "unsupported resolution '7'");
        assertError(get(history + "&resolution=1&from=20&to=10", READER), 400, "from 20 is after to 10");
        assertError(get(history + "&resolution=1&from=abc&to=10", READER), 400, "from must be a whole number");
        assertError(get("/udf/search?query=x&limit=-1", READER), 400, "limit must be a positive whole number, at most 2147483647");
        // the first value won: hours were charted where minutes were asked for too (audit)
        assertError(get(history + "&resolution=60&resolution=1&from=0&to=1", READER), 400,
                "resolution is given 2 times; give it once");
        assertError(get("/udf/symbols?symbol=NOPE-IRT&symbol=X", READER), 400, "symbol is given 2 times; give it once");
        // a chart asking a path the service has not answered in the API's shape, which it cannot show
        assertError(get("/udf/nope", READER), 404, "no such endpoint");
    }

    @Test
    void time_is_the_server_s_epoch_second_as_plain_text() {
        HttpResponse<String> response = get("/udf/time", READER);
        long before = Instant.now().getEpochSecond() - 60;
        assertTrue(Long.parseLong(response.body().trim()) >= before, response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response);
        assertSameShape(example("history-error.json"), error);
        assertEquals("error", error.get("s").asText());
        assertTrue(error.get("errmsg").asText().startsWith(message), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\\n"), response.body());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        return parse(response.body());
    }

    private static Candle candle(Instant time, String price, String volume) {
        BigDecimal p = new BigDecimal(price);
        BigDecimal v = new BigDecimal(volume);
        return new Candle(time, p, p, p, p, v, p.multiply(v).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
