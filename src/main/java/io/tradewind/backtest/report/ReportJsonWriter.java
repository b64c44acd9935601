package io.tradewind.backtest.report;

import io.tradewind.domain.FileProblems;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code report.json} (format in {@code docs/backtest-report.md}). Money and prices are
 * JSON strings holding exact decimals, so no reader rounds them through a double; ratios are JSON
 * numbers written out in full (never {@code 4.5E-4}), or {@code null} where undefined; times are
 * ISO-8601 UTC. Written field by field rather than by reflection, so the format is visible here
 * and native images need no registration; streamed rather than built as a tree first, because a
 * long backtest has tens of thousands of trades and the tree was most of the cost of its report.
 */
public final class ReportJsonWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer();

    private ReportJsonWriter() {
    }

    public static void write(BacktestReport report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + FileProblems.reason(e), e);
        }
    }

    /** The text of {@code report.json}. */
    static String toJson(BacktestReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(BacktestReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("name", report.name());
            json.writeStringField("strategy", report.strategy());
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
                json.writeStringField(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> setting : report.settings().entrySet()) {
                json.writeStringField(setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeStringField("venue", report.venue());
            json.writeStringField("symbol", report.symbol());
            json.writeStringField("resolution", report.resolution().label());
            json.writeStringField("from", report.from().toString());
            json.writeStringField("to", report.to().toString());
            json.writeNumberField("barsProcessed", report.barsProcessed());
            json.writeNumberField("elapsedMillis", report.elapsedMillis());
            json.writeNumberField("ordersRefused", report.ordersRefused().count());
            json.writeObjectFieldStart("ordersRefusedByLimit");
            for (Map.Entry<String, Long> refused : report.ordersRefused().byLimit().entrySet()) {
                json.writeNumberField(refused.getKey(), refused.getValue());
            }
            json.writeEndObject();
            json.writeStringField("firstRefusal", report.ordersRefused().first());
            json.writeObjectFieldStart("ordersRejected");
            for (Map.Entry<String, Long> rejected : report.ordersRejected().entrySet()) {
                json.writeNumberField(rejected.getKey(), rejected.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("immediateFills");
            json.writeNumberField("ended", report.immediateFills().ended());
            json.writeNumberField("cutShort", report.immediateFills().cutShort());
            // an average over the orders cut short: with none, undefined (0.0 read as "they filled nothing")
            ratio(json, "averageFilledShare", report.immediateFills().cutShort() == 0 ? null
                    : report.immediateFills().averageFilledShare());
            json.writeEndObject();
            json.writeObjectFieldStart("dataGaps");
            json.writeNumberField("missingBars", report.dataGaps().missingBars());
            json.writeNumberField("gapCount", report.dataGaps().gapCount());
            json.writeNumberField("longestBars", report.dataGaps().longestBars());
            json.writeStringField("longestFrom", report.dataGaps().longestFrom() == null ? null
                    : report.dataGaps().longestFrom().toString());
            json.writeEndObject();
            if (report.decisions().ordersPlaced() >= 0) {
                json.writeObjectFieldStart("decisions");
                json.writeNumberField("candles", report.decisions().candles());
                json.writeNumberField("warmupInRange", report.decisions().warmupInRange());
                json.writeNumberField("ordersPlaced", report.decisions().ordersPlaced());
                json.writeEndObject();
            }
            json.writeFieldName("aborted");
            aborted(json, report.aborted());
            json.writeFieldName("metrics");
            metrics(json, report.metrics());
            json.writeArrayFieldStart("trades");
            for (ClosedTrade trade : report.trades()) {
                json.writeStartObject();
                json.writeStringField("direction", trade.entrySide() == Side.BUY ? "long" : "short");
                json.writeStringField("entryTime", IsoInstants.format(trade.entryTime()));
                json.writeStringField("exitTime", IsoInstants.format(trade.exitTime()));
                json.writeStringField("entryPrice", decimal(trade.entryPrice()));
                json.writeStringField("exitPrice", decimal(trade.exitPrice()));
                json.writeStringField("quantity", decimal(trade.quantity()));
                json.writeStringField("pnl", decimal(trade.pnl()));
                json.writeStringField("fees", decimal(trade.fees()));
                json.writeStringField("entryReason", trade.entryReason());
                json.writeStringField("exitReason", trade.exitReason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("openTrade");
            openTrade(json, report.openTrade());
            json.writeArrayFieldStart("fills");
            for (ReportFill fill : report.fills()) {
                fill(json, fill);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void fill(JsonGenerator json, ReportFill reported) throws IOException {
        FillRecord fill = reported.fill();
        OrderType orderType = reported.orderType();
        json.writeStartObject();
        json.writeStringField("time", IsoInstants.format(fill.time()));
        json.writeStringField("order", fill.clientOrderId());
        json.writeStringField("type", orderType == null ? null : orderType.wireName());
        json.writeStringField("side", fill.side().wireName());
        json.writeStringField("price", decimal(fill.price()));
        json.writeStringField("quantity", decimal(fill.quantity()));
        json.writeStringField("fee", decimal(fill.fee()));
        json.writeStringField("feeAsset", fill.feeAsset());
        json.writeStringField("reason", reported.reason());
        json.writeEndObject();
    }

    private static void openTrade(JsonGenerator json, OpenTrade open) throws IOException {
        if (open == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("direction", open.entrySide() == Side.BUY ? "long" : "short");
        json.writeStringField("entryTime", IsoInstants.format(open.entryTime()));
        json.writeStringField("entryPrice", decimal(open.entryPrice()));
        json.writeStringField("entryQuantity", decimal(open.entryQuantity()));
        json.writeStringField("openQuantity", decimal(open.openQuantity()));
        json.writeStringField("markPrice", decimal(open.markPrice()));
        json.writeStringField("realisedPnl", decimal(open.realisedPnl()));
        json.writeStringField("unrealisedPnl", decimal(open.unrealisedPnl()));
        json.writeStringField("fees", decimal(open.fees()));
        json.writeStringField("entryReason", open.entryReason());
        json.writeEndObject();
    }

    private static void aborted(JsonGenerator json, Aborted aborted) throws IOException {
        if (aborted == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("hook", aborted.hook());
        json.writeStringField("time", aborted.time().toString());
        json.writeNumberField("bar", aborted.bar());
        json.writeStringField("error", aborted.error());
        json.writeArrayFieldStart("frames");
        for (String frame : aborted.frames()) {
            json.writeString(frame);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void metrics(JsonGenerator json, BacktestMetrics m) throws IOException {
        json.writeStartObject();
        json.writeStringField("initialEquity", decimal(m.initialEquity()));
        json.writeStringField("finalEquity", decimal(m.finalEquity()));
        ratio(json, "totalReturn", m.totalReturn());
        ratio(json, "cagr", m.cagr());
        ratio(json, "maxDrawdown", m.maxDrawdown());
        json.writeNumberField("maxDrawdownBars", m.maxDrawdownBars());
        json.writeStringField("maxDrawdownDuration", m.maxDrawdownDuration().toString());
        ratio(json, "sharpe", m.sharpe());
        ratio(json, "sortino", m.sortino());
        ratio(json, "calmar", m.calmar());
        ratio(json, "winRate", m.winRate());
        ratio(json, "profitFactor", m.profitFactor());
        json.writeStringField("expectancy", m.expectancy() == null ? null : decimal(m.expectancy()));
        json.writeNumberField("numberOfTrades", m.numberOfTrades());
        ratio(json, "exposure", m.exposure());
        json.writeStringField("feesPaid", decimal(m.feesPaid()));
        ratio(json, "buyAndHoldReturn", m.buyAndHoldReturn());
        json.writeEndObject();
    }

    /**
     * Writes a ratio, or null when it is undefined or not finite (JSON has no NaN). The double
     * goes out through its shortest decimal form, written plain: 0.00045113327748, not 4.5113327748E-4.
     */
    private static void ratio(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, BigDecimal.valueOf(value));
        }
    }

    private static String decimal(BigDecimal value) {
        return Decimals.format(value);
    }
}
