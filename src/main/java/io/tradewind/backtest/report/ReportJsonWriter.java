package io.tradewind.backtest.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code report.json} (format in {@code docs/backtest-report.md}). Money and prices are
 * JSON strings holding exact decimals, so no reader rounds them through a double; ratios are JSON
 * numbers written out in full (never {@code 4.5E-4}), or {@code null} where undefined; times are
 * ISO-8601 UTC. The tree is built by hand
 * rather than by reflection so the format is visible here and native images need no
 * registration.
 */
public final class ReportJsonWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ReportJsonWriter() {
    }

    public static void write(BacktestReport report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), toJson(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode toJson(BacktestReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", report.name());
        root.put("strategy", report.strategy());
        ObjectNode parameters = root.putObject("parameters");
        report.parameters().forEach(parameters::put);
        root.put("venue", report.venue());
        root.put("symbol", report.symbol());
        root.put("resolution", report.resolution().label());
        root.put("from", report.from().toString());
        root.put("to", report.to().toString());
        root.put("barsProcessed", report.barsProcessed());
        root.put("elapsedMillis", report.elapsedMillis());
        root.put("ordersRefused", report.ordersRefused());
        ObjectNode rejected = root.putObject("ordersRejected");
        report.ordersRejected().forEach(rejected::put);
        root.set("aborted", aborted(report.aborted()));
        root.set("metrics", metrics(report.metrics()));
        ArrayNode trades = root.putArray("trades");
        for (ClosedTrade trade : report.trades()) {
            ObjectNode t = trades.addObject();
            t.put("direction", trade.entrySide() == Side.BUY ? "long" : "short");
            t.put("entryTime", trade.entryTime().toString());
            t.put("exitTime", trade.exitTime().toString());
            t.put("entryPrice", decimal(trade.entryPrice()));
            t.put("exitPrice", decimal(trade.exitPrice()));
            t.put("quantity", decimal(trade.quantity()));
            t.put("pnl", decimal(trade.pnl()));
            t.put("fees", decimal(trade.fees()));
        }
        return root;
    }

    private static ObjectNode aborted(Aborted aborted) {
        if (aborted == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("hook", aborted.hook());
        node.put("time", aborted.time().toString());
        node.put("bar", aborted.bar());
        node.put("error", aborted.error());
        ArrayNode frames = node.putArray("frames");
        aborted.frames().forEach(frames::add);
        return node;
    }

    private static ObjectNode metrics(BacktestMetrics m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("initialEquity", decimal(m.initialEquity()));
        node.put("finalEquity", decimal(m.finalEquity()));
        ratio(node, "totalReturn", m.totalReturn());
        ratio(node, "cagr", m.cagr());
        ratio(node, "maxDrawdown", m.maxDrawdown());
        node.put("maxDrawdownBars", m.maxDrawdownBars());
        node.put("maxDrawdownDuration", m.maxDrawdownDuration().toString());
        ratio(node, "sharpe", m.sharpe());
        ratio(node, "sortino", m.sortino());
        ratio(node, "calmar", m.calmar());
        ratio(node, "winRate", m.winRate());
        ratio(node, "profitFactor", m.profitFactor());
        node.put("expectancy", m.expectancy() == null ? null : decimal(m.expectancy()));
        node.put("numberOfTrades", m.numberOfTrades());
        ratio(node, "exposure", m.exposure());
        node.put("feesPaid", decimal(m.feesPaid()));
        ratio(node, "buyAndHoldReturn", m.buyAndHoldReturn());
        return node;
    }

    /**
     * Writes a ratio, or null when it is undefined or not finite (JSON has no NaN). The double
     * goes out through its shortest decimal form, written plain: 0.00045113327748, not 4.5113327748E-4.
     */
    private static void ratio(ObjectNode node, String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.putNull(field);
        } else {
            node.put(field, BigDecimal.valueOf(value));
        }
    }

    private static String decimal(BigDecimal value) {
        return Decimals.format(value);
    }
}
