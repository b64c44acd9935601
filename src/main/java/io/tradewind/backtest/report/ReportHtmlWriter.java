package io.tradewind.backtest.report;

import io.tradewind.domain.FileProblems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tradewind.domain.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.html}: one self-contained page (metrics, price candles with entry and exit
 * markers, equity, drawdown, trades) that opens offline, because the chart library and the data
 * are inlined. Charts use TradingView Lightweight Charts 5.2.1 (Apache-2.0), kept as a resource
 * beside this class since it is not published to Maven Central.
 */
public final class ReportHtmlWriter {

    /** Most trades drawn as markers or listed in the table; report.json always has them all. */
    static final int MAX_TRADES_SHOWN = 1_000;

    /** Marker arrows at this fraction of the library's default size: many trades stay readable. */
    private static final double MARKER_SIZE = 0.6;

    private static final String TEMPLATE = "report-template.html";
    private static final String LIBRARY = "lightweight-charts.standalone.production.js";
    private static final JsonFactory JSON = new JsonFactory();
    /** What fits a metric card of the page's minimum width at its font. */
    private static final int WIDE_VALUE_CHARACTERS = 15;

    private ReportHtmlWriter() {
    }

    public static void write(BacktestReport report, Path file) {
        String html = render(report);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + FileProblems.reason(e), e);
        }
    }

    static String render(BacktestReport report) {
        String title = "Backtest " + report.name() + " — " + report.strategy();
        String subtitle = report.venue() + " " + report.symbol() + " " + report.resolution().label() + " · "
                + ReportFormat.time(report.from()) + " → " + ReportFormat.time(report.to()) + " UTC"
                + parameters(report.parameters())
                + (report.settings().isEmpty() ? "" : " · " + ReportFormat.settings(report.settings()));
        int shown = Math.min(report.trades().size(), MAX_TRADES_SHOWN);
        String chartNote = !report.chart().downsampled() ? "One candle per bar."
                : "Each candle covers " + report.chart().pointSpan() + " (downsampled for the browser).";
        if (report.trades().size() > shown) {
            chartNote += " Markers for " + shown + " of " + report.trades().size() + " trades, evenly spaced.";
        }
        chartNote += " Point at an arrow for its trade.";
        String tradesNote = report.trades().size() > shown
                ? "The first " + shown + " of " + report.trades().size() + " trades; report.json lists them all, and every fill."
                : report.trades().size() + (report.trades().size() == 1 ? " trade" : " trades") + "; report.json lists every fill.";
        tradesNote += " Times in UTC; return is P&L over what the entry cost.";
        String gaps = report.dataGaps().inWords(report.resolution().label());
        if (gaps != null) {
            chartNote += " " + gaps;
        }
        String cutShort = report.immediateFills().inWords(report.settings().get("max_volume_share"));
        if (cutShort != null) {
            tradesNote += " " + cutShort;
        }
        String feesRounded = FeeRounding.inWords(report.fills(), report.settings(), report.instrument());
        if (feesRounded != null) {
            tradesNote += " " + feesRounded;
        }
        String refusals = report.ordersRefused().inWords(report.fills().isEmpty());
        if (refusals != null) {
            tradesNote += " " + refusals;
        }
        String noOrder = report.aborted() == null ? report.decisions().inWords(report.parameters()) : null;
        if (noOrder != null) {
            tradesNote += " " + noOrder;
        }
        ReportFormat format = new ReportFormat(report.instrument());
        if (report.openTrade() != null) {
            tradesNote += " Open at the end, not in the table: " + report.openTrade().describe(format) + ".";
        }
        return fill(resource(TEMPLATE), Map.ofEntries(
                Map.entry("TITLE", escape(title)),
                Map.entry("SUBTITLE", escape(subtitle)),
                Map.entry("ABORTED", report.aborted() == null ? "" : "<div class=\"aborted\">ABORTED: "
                        + escape(report.aborted().reason()) + "; " + Aborted.COVERAGE + "</div>"),
                Map.entry("METRICS", metrics(report)),
                Map.entry("CHART_NOTE", escape(chartNote)),
                Map.entry("TRADES_NOTE", escape(tradesNote)),
                Map.entry("EXIT_REASONS", exitReasons(report, format)),
                Map.entry("TRADES_HEAD", tradesHead(withReasons(report))),
                Map.entry("TRADES", tradeRows(report.trades(), shown, format, withReasons(report))),
                Map.entry("LIBRARY", resource(LIBRARY)),
                Map.entry("DATA", data(report, format))));
    }

    /** Replaces {@code {{NAME}}} markers in one pass, so inserted text is never scanned again. */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                return out.append(template, at, template.length()).toString();
            }
            int close = template.indexOf("}}", open);
            String value = values.get(template.substring(open + 2, close));
            if (value == null) {
                throw new IllegalStateException("report template has an unknown marker at " + open);
            }
            out.append(template, at, open).append(value);
            at = close + 2;
        }
    }

    private static String parameters(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" · ");
        parameters.forEach((k, v) -> sb.append(sb.length() > 3 ? ", " : "").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String metrics(BacktestReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportFigures.Figure f : ReportFigures.of(report)) {
            // a rial balance (1,000,000,000,000,000.00) is wider than a card: it takes two
            String card = f.value().length() > WIDE_VALUE_CHARACTERS ? "metric wide" : "metric";
            sb.append("<div class=\"").append(card).append("\"><div class=\"label\">").append(escape(f.label()))
                    .append("</div><div class=\"value\">").append(escape(f.value())).append("</div></div>\n");
        }
        return sb.toString();
    }

    /** Whether the strategy said why it placed any order of a trade: then the table has a column for it. */
    private static boolean withReasons(BacktestReport report) {
        return report.trades().stream().anyMatch(t -> t.entryReason() != null || t.exitReason() != null);
    }

    private static String tradesHead(boolean withReasons) {
        return "<th>#</th><th>Direction</th><th>Entry time</th><th>Exit time</th><th>Entry price</th><th>Exit price</th>"
                + "<th>Quantity</th><th>P&amp;L</th><th>Return</th><th>Fees</th>" + (withReasons ? "<th>Entry → exit reason</th>" : "");
    }

    /** The trades counted by exit reason, above the table; nothing for a strategy that gives no reasons. */
    private static String exitReasons(BacktestReport report, ReportFormat format) {
        List<ExitReasons.Row> rows = ExitReasons.of(report.trades());
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<table class=\"trades reasons\"><thead><tr><th>Exit reason</th><th>Trades</th><th>Wins</th>"
                + "<th>P&amp;L (" + escape(report.instrument().quote()) + ")</th></tr></thead><tbody>\n");
        for (ExitReasons.Row row : rows) {
            String outcome = row.pnl().signum() > 0 ? "win" : "loss";
            sb.append("<tr><td>").append(escape(row.reason())).append("</td><td>").append(row.trades()).append("</td><td>")
                    .append(row.wins()).append("</td><td class=\"").append(outcome).append("\">").append(format.money(row.pnl()))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String tradeRows(List<ClosedTrade> trades, int shown, ReportFormat format, boolean withReasons) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            ClosedTrade t = trades.get(i);
            String outcome = t.pnl().signum() > 0 ? "win" : "loss";
            sb.append("<tr><td>").append(i + 1)
                    .append("</td><td>").append(direction(t))
                    .append("</td><td>").append(ReportFormat.time(t.entryTime()))
                    .append("</td><td>").append(ReportFormat.time(t.exitTime()))
                    .append("</td><td>").append(format.price(t.entryPrice()))
                    .append("</td><td>").append(format.price(t.exitPrice()))
                    .append("</td><td>").append(format.quantity(t.quantity()))
                    .append("</td><td class=\"").append(outcome).append("\">").append(format.money(t.pnl()))
                    .append("</td><td class=\"").append(outcome).append("\">").append(ReportFormat.percent(t.netReturn()))
                    .append("</td><td>").append(format.money(t.fees()));
            if (withReasons) {
                sb.append("</td><td>").append(escape(reason(t.entryReason()) + " → " + reason(t.exitReason())));
            }
            sb.append("</td></tr>\n");
        }
        return sb.toString();
    }

    private static String reason(String reason) {
        return reason == null ? "–" : reason;
    }

    private static String direction(ClosedTrade trade) {
        return trade.entrySide() == Side.BUY ? "long" : "short";
    }

    /**
     * The chart data as one JSON object, written field by field (building it as a tree first was
     * most of the page's cost in a long backtest).
     */
    private static String data(BacktestReport report, ReportFormat format) {
        ChartData chart = report.chart();
        StringWriter text = new StringWriter(64 * chart.size() + 256 * Math.min(report.trades().size(), MAX_TRADES_SHOWN));
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("pricePrecision", format.priceDecimals());
            json.writeNumberField("priceMinMove", report.instrument().tickSize().doubleValue());
            json.writeArrayFieldStart("candles");
            for (int i = 0; i < chart.size(); i++) {
                json.writeStartObject();
                json.writeNumberField("time", chart.time()[i]);
                json.writeNumberField("open", chart.open()[i]);
                json.writeNumberField("high", chart.high()[i]);
                json.writeNumberField("low", chart.low()[i]);
                json.writeNumberField("close", chart.close()[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
            points(json, "equity", chart.time(), chart.equity(), 1);
            points(json, "drawdown", chart.time(), chart.drawdown(), 100);
            markers(json, report.trades(), chart, format);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // "</" inside a script element would end it early; "<\/" means the same to JavaScript
        return text.toString().replace("</", "<\\/");
    }

    private static void points(JsonGenerator json, String field, long[] times, double[] values, double factor)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < times.length; i++) {
            json.writeStartObject();
            json.writeNumberField("time", times[i]);
            json.writeNumberField("value", factor == 1 ? values[i] : values[i] * factor);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Small arrows without text (labels on a busy chart hide the price and each other), one per
     * kind and chart point however many trades it stands for (stacks of arrows would hide the
     * candles), and per chart point the lines of the tooltip that names the trades behind them.
     */
    private static void markers(JsonGenerator json, List<ClosedTrade> trades, ChartData chart, ReportFormat format)
            throws IOException {
        record Marker(long time, boolean entry, int number, ClosedTrade trade) {
        }
        List<Marker> markers = new ArrayList<>();
        int shown = Math.min(trades.size(), MAX_TRADES_SHOWN);
        if (chart.size() > 0) {
            for (int k = 0; k < shown; k++) {
                int index = (int) ((long) k * trades.size() / shown);
                ClosedTrade t = trades.get(index);
                markers.add(new Marker(chart.time()[chart.pointAt(t.entryTime().getEpochSecond())], true, index + 1, t));
                markers.add(new Marker(chart.time()[chart.pointAt(t.exitTime().getEpochSecond())], false, index + 1, t));
            }
        }
        markers.sort(Comparator.comparingLong(Marker::time));
        json.writeArrayFieldStart("markers");
        Set<String> drawn = new HashSet<>();
        for (Marker m : markers) {
            boolean buy = (m.trade().entrySide() == Side.BUY) == m.entry();
            if (!drawn.add(m.time() + (m.entry() ? " entry " : " exit ") + buy)) {
                continue;
            }
            json.writeStartObject();
            json.writeNumberField("time", m.time());
            json.writeStringField("position", buy ? "belowBar" : "aboveBar");
            json.writeStringField("shape", buy ? "arrowUp" : "arrowDown");
            json.writeStringField("color", m.entry() ? (buy ? "#2962ff" : "#e91e63") : "#ff9800");
            json.writeNumberField("size", MARKER_SIZE);
            json.writeEndObject();
        }
        json.writeEndArray();
        // sorted by time, so the lines of one chart point are neighbours
        json.writeObjectFieldStart("tips");
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            if (i == 0 || markers.get(i - 1).time() != m.time()) {
                if (i > 0) {
                    json.writeEndArray();
                }
                json.writeArrayFieldStart(Long.toString(m.time()));
            }
            json.writeString(tip(m.number(), m.entry(), m.trade(), format));
        }
        if (!markers.isEmpty()) {
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static String tip(int number, boolean entry, ClosedTrade trade, ReportFormat format) {
        if (entry) {
            return "#" + number + " " + direction(trade) + " entry " + format.quantity(trade.quantity()) + " at "
                    + format.price(trade.entryPrice());
        }
        return "#" + number + " exit at " + format.price(trade.exitPrice()) + ", P&L " + format.money(trade.pnl())
                + " (" + ReportFormat.percent(trade.netReturn()) + ")";
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
