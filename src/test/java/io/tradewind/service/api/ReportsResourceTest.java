package io.tradewind.service.api;

import static io.tradewind.service.TestHttp.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dashboard's backtest reports: listed with their figures, opened by name, nothing outside the folder. */
@QuarkusTest
class ReportsResourceTest {

    private static final String READER = "test-read-token";
    private static final Path REPORTS = Path.of("target", "test-reports");

    @Test
    void reports_are_listed_with_their_figures_and_opened_by_name() throws Exception {
        Path report = Files.createDirectories(REPORTS.resolve("sma-demo-20300101-000000"));
        Files.writeString(report.resolve("report.html"), "<html><body>the sma report</body></html>");
        // the lists, megabytes in a long run, are passed over; what follows them is still read
        Files.writeString(report.resolve("report.json"), "{\"strategy\":\"sma-crossover\",\"trades\":[{\"pnl\":\"1\"}],"
                + "\"fills\":[{\"order\":\"bt1\",\"nested\":[[1],[2]]}],\"symbol\":\"BTC-USD\",\"from\":"
                + "\"2013-11-25T00:00:00Z\",\"to\":\"2013-12-01T00:00:00Z\",\"aborted\":null,\"metrics\":{\"finalEquity\":"
                + "\"8486.0984996031\",\"totalReturn\":-0.15139015003969,\"numberOfTrades\":115}}");
        // a run whose strategy threw: report.json's "aborted" is an object, which the list gave as ""
        Path thrown = Files.createDirectories(REPORTS.resolve("thrown-20300101-000000"));
        Files.writeString(thrown.resolve("report.html"), "<html></html>");
        Files.writeString(thrown.resolve("report.json"), "{\"strategy\":\"thrower\",\"aborted\":{\"hook\":\"onCandle\","
                + "\"time\":\"2013-11-26T04:10:00Z\",\"bar\":50,\"error\":\"java.lang.NullPointerException\",\"frames\":[]},"
                + "\"metrics\":{\"finalEquity\":\"10000\",\"totalReturn\":0.0,\"numberOfTrades\":0}}");
        Path broken = Files.createDirectories(REPORTS.resolve("broken-20300101-000000"));
        Files.writeString(broken.resolve("report.html"), "<html></html>");
        Path cut = Files.createDirectories(REPORTS.resolve("cut-20300101-000000"));
        Files.writeString(cut.resolve("report.html"), "<html></html>");
        Files.writeString(cut.resolve("report.json"), "{\"strategy\":\"sma-crossover\",\"fills\":[{\"order\":");

        HttpResponse<String> list = get("/api/reports", READER);
        assertEquals(200, list.statusCode(), list.body());
        JsonNode sma = find(new ObjectMapper().readTree(list.body()), "sma-demo-20300101-000000");
        assertEquals("sma-crossover", sma.path("strategy").asText());
        assertEquals("BTC-USD", sma.path("symbol").asText());
        assertEquals("-0.15139015003969", sma.path("totalReturn").asText());
        assertEquals("115", sma.path("trades").asText());
        assertTrue(sma.path("aborted").isNull(), sma.toString());
        JsonNode thrownSummary = find(new ObjectMapper().readTree(list.body()), "thrown-20300101-000000");
        assertEquals("onCandle", thrownSummary.path("aborted").path("hook").asText(), thrownSummary.toString());
        assertEquals(50, thrownSummary.path("aborted").path("bar").asInt());
        assertEquals("report.json is missing or unreadable",
                find(new ObjectMapper().readTree(list.body()), "broken-20300101-000000").path("error").asText());
        assertEquals("report.json is missing or unreadable",
                find(new ObjectMapper().readTree(list.body()), "cut-20300101-000000").path("error").asText());

        HttpResponse<String> html = get("/api/reports/sma-demo-20300101-000000", READER);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("the sma report"));
        // a spec named ünï spec.properties made a report the list left out and GET answered 404
        Path unicode = Files.createDirectories(REPORTS.resolve("ünï spec-20300101-000000"));
        Files.writeString(unicode.resolve("report.html"), "<html><body>ünï</body></html>");
        find(new ObjectMapper().readTree(get("/api/reports", READER).body()), "ünï spec-20300101-000000");
        HttpResponse<String> unicodeHtml = get("/api/reports/" + URLEncoder.encode("ünï spec-20300101-000000",
                StandardCharsets.UTF_8).replace("+", "%20"), READER);
        assertEquals(200, unicodeHtml.statusCode(), unicodeHtml.body());
        assertTrue(unicodeHtml.body().contains("ünï"));
        Path copy = Files.createDirectories(REPORTS.resolve("spec (2)-20300101-000000"));
        Files.writeString(copy.resolve("report.html"), "<html></html>");
        find(new ObjectMapper().readTree(get("/api/reports", READER).body()), "spec (2)-20300101-000000");
        assertEquals(400, get("/api/reports?strategy=sma", READER).statusCode(), "a filter it does not take");
        assertEquals(404, get("/api/reports/..%2Fpom.xml", READER).statusCode());
        assertEquals(404, get("/api/reports/..", READER).statusCode());
        assertEquals(404, get("/api/reports/nothing-here", READER).statusCode());
        assertEquals(401, get("/api/reports", null).statusCode());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode report : list) {
            if (report.path("name").asText().equals(name)) {
                return report;
            }
        }
        throw new AssertionError(name + " not listed: " + list);
    }
}
