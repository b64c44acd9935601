package io.tradewind.service.udf;

import io.tradewind.domain.InputEcho;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A {@code /history} request's parameters, checked: times in epoch seconds, {@code to}
 * exclusive, {@code countback} winning over {@code from}.
 */
record HistoryRequest(String symbol, ChartResolution resolution, long from, long to, OptionalLong countback) {

    /** 9999-12-31T23:59:59Z: later times are read as this, so that no date arithmetic overflows. */
    static final long LATEST = 253_402_300_799L;
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");

    /** @throws UdfException a parameter is missing or not what UDF sends, in one line */
    static HistoryRequest parse(String symbol, String resolution, String from, String to, String countback) {
        ChartResolution chart = ChartResolution.parse(resolution);
        long end = time("to", to);
        OptionalLong count = countback == null || countback.isBlank() ? OptionalLong.empty()
                : OptionalLong.of(number("countback", countback));
        if (count.isPresent() && (count.getAsLong() < 1 || count.getAsLong() > BarHistory.MAX_BARS)) {
            // the text as sent: a count past a long's range was echoed as 9223372036854775807
            throw UdfException.badRequest("countback must be from 1 to " + BarHistory.MAX_BARS + ", was "
                    + InputEcho.shortened(countback.trim()));
        }
        if ((from == null || from.isBlank()) && count.isEmpty()) {
            throw UdfException.badRequest("from is missing; give from (epoch seconds) or countback");
        }
        // with countback, from is ignored (the UDF protocol): a chart may send any from with it, but a number
        long given = from == null || from.isBlank() ? 0 : time("from", from);
        long start = count.isPresent() ? 0 : given;
        if (start > end) {
            throw UdfException.badRequest("from " + start + " is after to " + end + "; from is the older end of the range");
        }
        return new HistoryRequest(symbol, chart, start, end, count);
    }

    private static long time(String name, String text) {
        if (text == null || text.isBlank()) {
            throw UdfException.badRequest(name + " is missing; give it in epoch seconds");
        }
        return Math.min(LATEST, Math.max(0, number(name, text)));
    }

    /** A whole number; one past a long's range stands at its end, so that a time clamps and a count is out of range. */
    private static long number(String name, String text) {
        String trimmed = text.trim();
        // ASCII digits only: Long.parseLong would also read other scripts' digits
        if (!WHOLE.matcher(trimmed).matches()) {
            throw UdfException.badRequest(name + " must be a whole number, was '" + InputEcho.shortened(text) + "'");
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return trimmed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
