package io.tradewind.service.udf;

import io.tradewind.domain.Decimals;
import io.tradewind.marketdata.Candle;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What {@code /history} answers: the bars, or no data with the time of the nearest older bar
 * when there is one. Written as UDF JSON by hand, because prices must be JSON numbers (the UDF
 * rule) yet exact: each decimal's plain string is written as the number, never through a double.
 */
record HistoryAnswer(List<Candle> bars, OptionalLong nextTime) {

    /**
     * The bars {@code /history} asks for: the last {@code countback} before {@code to} when
     * countback is given (from is then ignored), else those opening in {@code [from, to)}.
     */
    static HistoryAnswer of(BarHistory history, long from, long to, OptionalLong countback) {
        List<Candle> bars = countback.isPresent() ? history.last(to, (int) countback.getAsLong()) : history.range(from, to);
        if (!bars.isEmpty() || countback.isPresent()) {
            return new HistoryAnswer(bars, OptionalLong.empty()); // no bar before to at all: nothing older either
        }
        return new HistoryAnswer(bars, history.newestBefore(from));
    }

    String toJson() {
        if (bars.isEmpty()) {
            return nextTime.isPresent() ? "{\"s\":\"no_data\",\"nextTime\":" + nextTime.getAsLong() + "}" : "{\"s\":\"no_data\"}";
        }
        StringBuilder json = new StringBuilder(64 + bars.size() * 64).append("{\"s\":\"ok\"");
        column(json, "t", c -> Long.toString(c.openTime().getEpochSecond()));
        column(json, "o", c -> number(c.open()));
        column(json, "h", c -> number(c.high()));
        column(json, "l", c -> number(c.low()));
        column(json, "c", c -> number(c.close()));
        column(json, "v", c -> number(c.volume()));
        return json.append('}').toString();
    }

    private void column(StringBuilder json, String name, Function<Candle, String> value) {
        json.append(",\"").append(name).append("\":[");
        for (int i = 0; i < bars.size(); i++) {
            json.append(i == 0 ? "" : ",").append(value.apply(bars.get(i)));
        }
        json.append(']');
    }

    /** A plain decimal (no exponent, no trailing zeros) is a valid JSON number. */
    private static String number(BigDecimal value) {
        return Decimals.format(value);
    }
}
