package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    /** Kept under target/ so a person can open the sample page after the build. */
    private static final Path OUT = Path.of("target", "sample-report");

    private static BacktestReport report;

    @BeforeAll
    static void writeSample() {
        report = SampleReports.randomWalk(20_000);
        assertEquals(OUT.resolve("report.html"), ReportFiles.write(report, OUT));
    }

    @Test
    void reportJsonHasTheDocumentedFieldsWithDecimalsAsStrings() throws IOException {
        JsonNode json = new ObjectMapper().readTree(OUT.resolve("report.json").toFile());

        assertEquals(20_000, json.get("barsProcessed").asLong());
        assertEquals(123, json.get("elapsedMillis").asLong());
        JsonNode metrics = json.get("metrics");
        assertEquals(report.metrics().totalReturn(), metrics.get("totalReturn").asDouble(), 0);
        assertEquals(report.metrics().maxDrawdown(), metrics.get("maxDrawdown").asDouble(), 0);
        assertTrue(metrics.get("sharpe").isNumber());
        assertEquals(66, metrics.get("numberOfTrades").asInt());
        assertTrue(metrics.get("feesPaid").isTextual());
        assertEquals(0, report.metrics().feesPaid().compareTo(new BigDecimal(metrics.get("feesPaid").asText())));

        JsonNode trades = json.get("trades");
        assertEquals(66, trades.size());
        JsonNode first = trades.get(0);
        for (String field : new String[] {"entryTime", "exitTime", "entryPrice", "exitPrice", "quantity", "pnl", "fees"}) {
            assertTrue(first.get(field).isTextual(), field);
        }
        assertEquals("2024-01-01T00:01:00Z", first.get("entryTime").asText());
        assertEquals(0, report.trades().get(0).pnl().compareTo(new BigDecimal(first.get("pnl").asText())));
    }

    @Test
    void reportHtmlIsSelfContained() throws IOException {
        String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);

        assertFalse(Pattern.compile("<script[^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("<link[^>]*href\\s*=\\s*[\"']?https?:", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("createChart"), "chart library inlined");
        assertTrue(html.contains("\"markers\":[{"), "trade markers present");
        assertTrue(html.contains("Total return"));
        assertFalse(html.contains("{{"), "every template marker filled");
    }

    @Test
    void longRunsAreDownsampledForTheBrowser() {
        assertTrue(report.chart().size() <= 1_000, "points: " + report.chart().size());
        assertEquals(32, report.chart().barsPerPoint());
    }

    @Test
    void printsASummaryTable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| Total return "), table);
        assertTrue(table.contains("| Trades "), table);
        assertTrue(Pattern.compile("\\| Trades +\\| +66 \\|").matcher(table).find(), table);
    }
}
