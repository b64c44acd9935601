package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aPageThatCannotBeReplacedLeavesTheLastRunsJsonInPlace(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.json"), "the last run's json");
        Files.createDirectories(folder.resolve("report.html").resolve("something")); // no page can replace a folder

        assertThrows(UncheckedIOException.class, () -> ReportFiles.write(report, folder));

        assertEquals("the last run's json", Files.readString(folder.resolve("report.json")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("report.html", "report.json"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no partial file left behind");
        }
    }

    @Test
    void aWrittenReportLeavesNoPartialFile(@TempDir Path folder) throws IOException {
        ReportFiles.write(report, folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("report.html", "report.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFileWhereTheFolderWouldBeIsLeftAlone(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("new");
        Files.writeString(folder, "a file where the folder would be");

        assertThrows(UncheckedIOException.class, () -> ReportFiles.write(report, folder));

        assertEquals("a file where the folder would be", Files.readString(folder));
    }

    @Test
    void rialFiguresTakeAWiderCardAndTheAxesGroupThousands(@TempDir Path folder) throws IOException {
        String page = Files.readString(ReportFiles.write(SampleReports.rialRandomWalk(2_000), folder));

        assertTrue(page.contains("<div class=\"metric wide\"><div class=\"label\">Initial equity</div><div class=\"value\">"
                + "1,000,000,000,000,000.00</div></div>"), "a 1e15 balance does not fit a card of the minimum width");
        assertTrue(page.contains("<div class=\"metric\"><div class=\"label\">Trades</div>"), "short figures keep one card");
        assertTrue(page.contains("toLocaleString('en-US'"), "axis labels group thousands as the tables do");
    }

    @Test
    void countsGroupThousandsLikeEveryOtherNumber() {
        BacktestReport thousandTrades = SampleReports.randomWalk(330_000);
        Map<String, String> figures = new HashMap<>();
        ReportFigures.of(thousandTrades).forEach(f -> figures.put(f.label(), f.value()));

        assertEquals("1,100", figures.get("Trades"));
        assertEquals("330,000", figures.get("Bars processed"));
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
    void reportJsonListsEveryFill(@TempDir Path folder) throws IOException {
        FillRecord fill = new FillRecord("sim", "t7", "bt3", "toy-in-out", "main", "BTC-USD", Side.SELL, new BigDecimal("101.25"),
                new BigDecimal("0.5000"), new BigDecimal("0.0506250"), "USD", Instant.parse("2024-01-01T00:07:00Z"));
        BacktestReport r = report;
        BacktestReport withFill = new BacktestReport(r.name(), r.strategy(), r.parameters(), r.venue(), r.instrument(),
                r.resolution(), r.from(), r.to(), r.barsProcessed(), r.elapsedMillis(), r.metrics(), r.trades(), r.openTrade(),
                List.of(new ReportFill(fill, OrderType.STOP_MARKET, "stop-loss")), r.chart(), r.ordersRefused(), r.ordersRejected(),
                r.immediateFills(), r.dataGaps(), r.decisions(), r.aborted(), r.settings());

        ReportFiles.write(withFill, folder);

        JsonNode fills = new ObjectMapper().readTree(folder.resolve("report.json").toFile()).get("fills");
        assertEquals(1, fills.size());
        assertEquals("{\"time\":\"2024-01-01T00:07:00Z\",\"order\":\"bt3\",\"type\":\"stop-market\",\"side\":\"sell\",\"price\":\"101.25\","
                + "\"quantity\":\"0.5\",\"fee\":\"0.050625\",\"feeAsset\":\"USD\",\"reason\":\"stop-loss\"}", fills.get(0).toString());
    }

    /** An average over the orders cut short: with none cut short there is none, not 0 (read as "they filled nothing"). */
    @Test
    void averageFilledShareIsNullWhenNoOrderWasCutShort() throws IOException {
        BacktestReport r = report;
        BacktestReport noneCut = new BacktestReport(r.name(), r.strategy(), r.parameters(), r.venue(), r.instrument(),
                r.resolution(), r.from(), r.to(), r.barsProcessed(), r.elapsedMillis(), r.metrics(), r.trades(), r.openTrade(),
                r.fills(), r.chart(), r.ordersRefused(), r.ordersRejected(), new ImmediateFills(12, 0, 0.0), r.dataGaps(),
                r.decisions(), r.aborted(), r.settings());

        JsonNode fills = new ObjectMapper().readTree(ReportJsonWriter.toJson(noneCut)).get("immediateFills");
        assertEquals("{\"ended\":12,\"cutShort\":0,\"averageFilledShare\":null}", fills.toString());
    }

    @Test
    void reportJsonNeverWritesAnExponent() throws IOException {
        String json = Files.readString(OUT.resolve("report.json"), StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("\\d[eE][-+]?\\d").matcher(json).find(), json);

        // ratios far below 0.001 are where Double.toString switches to 4.5113327748E-4
        JsonNode metrics = new ObjectMapper().readTree(ReportJsonWriter.toJson(withTinyReturn(report))).get("metrics");
        Path file = OUT.resolveSibling("sample-report-tiny").resolve("report.json");
        ReportJsonWriter.write(withTinyReturn(report), file);
        String tiny = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(tiny.contains("\"totalReturn\" : 0.00045113327748"), tiny);
        assertEquals(4.5113327748E-4, metrics.get("totalReturn").asDouble(), 0);
    }

    private static BacktestReport withTinyReturn(BacktestReport r) {
        BacktestMetrics m = r.metrics();
        BacktestMetrics tiny = new BacktestMetrics(m.initialEquity(), m.finalEquity(), 4.5113327748E-4, m.cagr(),
                m.maxDrawdown(), m.maxDrawdownBars(), m.maxDrawdownDuration(), m.sharpe(), m.sortino(), m.calmar(),
                m.winRate(), m.profitFactor(), m.expectancy(), m.numberOfTrades(), m.exposure(), m.feesPaid(),
                m.buyAndHoldReturn());
        return new BacktestReport(r.name(), r.strategy(), r.parameters(), r.venue(), r.instrument(), r.resolution(),
                r.from(), r.to(), r.barsProcessed(), r.elapsedMillis(), tiny, r.trades(), r.openTrade(), r.fills(), r.chart(),
                r.ordersRefused(), r.ordersRejected(), r.immediateFills(), r.dataGaps(), r.decisions(), r.aborted(),
                r.settings());
    }

    @Test
    void maxDrawdownHasOneSignInJsonTableAndPage() throws IOException {
        double drawdown = report.metrics().maxDrawdown();
        assertTrue(drawdown > 0, "the sample has a drawdown");
        JsonNode json = new ObjectMapper().readTree(OUT.resolve("report.json").toFile());
        assertEquals(drawdown, json.get("metrics").get("maxDrawdown").asDouble(), 0);
        String shown = ReportFormat.percent(drawdown);
        assertFalse(shown.startsWith("-"), shown);
        assertTrue(Pattern.compile("\\| Max drawdown +\\| +" + Pattern.quote(shown) + " \\|").matcher(table()).find(), table());
        String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Max drawdown</div><div class=\"value\">" + shown + "<"), "page shows " + shown);
        // the chart's drawdown points have the same sign: the deepest one is the metric
        assertEquals(drawdown, Arrays.stream(report.chart().drawdown()).max().orElseThrow(), 1e-12);
    }

    @Test
    void aZeroDrawdownIsNeverNegativeZero() {
        assertEquals("0.00 %", ReportFormat.percent(-0.0));
        assertEquals("0.00 %", ReportFormat.percent(-0.00001));
        assertEquals("-0.01 %", ReportFormat.percent(-0.0001));
    }

    @Test
    void tradeTableUsesTheInstrumentsDecimals() throws IOException {
        String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);
        ClosedTrade first = report.trades().get(0);
        // tick 0.01, step 0.0001: prices and money with 2 decimals, quantities with 4, the return as a percentage
        ReportFormat format = new ReportFormat(report.instrument());
        String row = "<td>" + format.price(first.entryPrice()) + "</td><td>" + format.price(first.exitPrice())
                + "</td><td>1.0000</td>";
        assertTrue(html.contains(row), row);
        assertTrue(Pattern.compile("<td>\\d{1,3}(,\\d{3})*\\.\\d{2}</td><td>\\d{1,3}(,\\d{3})*\\.\\d{2}</td><td>1\\.0000</td>")
                .matcher(html).find());
        assertTrue(html.contains(">" + ReportFormat.percent(first.netReturn()) + "</td>"));
        assertFalse(Pattern.compile("<td[^>]*>-?[\\d,]*\\.\\d{5,}</td>").matcher(html).find(), "no long decimals in the table");
        assertEquals("30,123.46", format.price(new BigDecimal("30123.456")));
        assertEquals("0.1235", format.quantity(new BigDecimal("0.123456")));
    }

    private static String table() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
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

    /** The page's chart data: a point per chart point in each series, an arrow per kind and point, a tip line per marked trade end. */
    @Test
    void reportHtmlChartDataHasEveryPointArrowAndTip() throws IOException {
        String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("const DATA = ") + "const DATA = ".length();
        JsonNode data = new ObjectMapper().readTree(html.substring(start, html.indexOf(";\n", start)));
        ChartData chart = report.chart();

        assertEquals(chart.size(), data.get("candles").size());
        assertEquals(chart.size(), data.get("equity").size());
        assertEquals(chart.size(), data.get("drawdown").size());
        int last = chart.size() - 1;
        assertEquals(chart.time()[last], data.get("candles").get(last).get("time").asLong());
        assertEquals(chart.close()[last], data.get("candles").get(last).get("close").asDouble());
        assertEquals(chart.equity()[last], data.get("equity").get(last).get("value").asDouble());
        assertEquals(chart.drawdown()[last] * 100, data.get("drawdown").get(last).get("value").asDouble());
        int tipLines = 0;
        for (JsonNode lines : data.get("tips")) {
            tipLines += lines.size();
        }
        int marked = Math.min(report.trades().size(), ReportHtmlWriter.MAX_TRADES_SHOWN);
        assertEquals(2 * marked, tipLines, "an entry and an exit line per marked trade");
        assertTrue(data.get("markers").size() <= 2 * marked && data.get("markers").size() > 0);
        long previous = Long.MIN_VALUE;
        for (JsonNode marker : data.get("markers")) {
            assertTrue(marker.get("time").asLong() >= previous, "markers in time order");
            assertTrue(data.get("tips").has(marker.get("time").asText()), "a tip where an arrow is");
            previous = marker.get("time").asLong();
        }
    }

    @Test
    void longRunsAreDownsampledForTheBrowser() {
        assertTrue(report.chart().size() <= 1_000, "points: " + report.chart().size());
        // 20,000 minutes in at most 1,000 points: half-hour candles, opening on the half hour
        assertEquals(1_800, report.chart().secondsPerPoint());
        assertTrue(Arrays.stream(report.chart().time()).allMatch(time -> time % 1_800 == 0));
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
