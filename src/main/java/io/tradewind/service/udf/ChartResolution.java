package io.tradewind.service.udf;

import io.tradewind.marketdata.Resolution;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The resolutions charts may ask for, in UDF codes. Each but the month is a {@link Resolution};
 * a month is a calendar month starting on its first day at 00:00 UTC, as the UDF protocol stamps
 * monthly bars. A resolution that is not stored is built from a finer stored one that fits its
 * buckets.
 */
enum ChartResolution {
    MINUTE("1", Resolution.M1),
    FIVE_MINUTES("5", Resolution.M5),
    FIFTEEN_MINUTES("15", Resolution.M15),
    HOUR("60", Resolution.H1),
    FOUR_HOURS("240", Resolution.H4),
    DAY("1D", Resolution.D1),
    WEEK("1W", Resolution.W1),
    MONTH("1M", null);

    private static final long DAY_SECONDS = 86_400;

    private final String code;
    private final Resolution exact;

    ChartResolution(String code, Resolution exact) {
        this.code = code;
        this.exact = exact;
    }

    /** Every code, finest first: what {@code supported_resolutions} lists. */
    static List<String> codes() {
        return Arrays.stream(values()).map(r -> r.code).toList();
    }

    /**
     * Reads a UDF code; {@code D}, {@code W} and {@code M} are the short spellings some chart
     * versions send for one day, week and month.
     *
     * @throws UdfException naming the supported codes
     */
    static ChartResolution parse(String text) {
        if (text == null || text.isBlank()) {
            throw UdfException.badRequest("resolution is missing; use one of " + String.join(", ", codes()));
        }
        String code = text.trim();
        String longCode = code.length() == 1 && "DWM".contains(code.toUpperCase(Locale.ROOT)) ? "1" + code : code;
        for (ChartResolution r : values()) {
            if (r.code.equalsIgnoreCase(longCode) && (r != MONTH || longCode.endsWith("M"))) {
                return r;
            }
        }
        throw UdfException.badRequest("unsupported resolution '" + text + "'; use one of " + String.join(", ", codes()));
    }

    String code() {
        return code;
    }

    boolean intraday() {
        return exact != null && exact.seconds() < DAY_SECONDS;
    }

    /** Whether candles of {@code stored} build this resolution's bars: each lies inside one bar. */
    boolean buildsFrom(Resolution stored) {
        if (stored == exact) {
            return true;
        }
        if (stored == Resolution.W1) {
            return false; // weeks straddle months, and no coarser resolution is offered
        }
        long length = exact == null ? DAY_SECONDS : exact.seconds();
        return stored.seconds() <= length && length % stored.seconds() == 0;
    }

    /** Open time (epoch seconds) of the bar holding {@code epochSecond}. */
    long bucketStart(long epochSecond) {
        if (exact != null) {
            return exact.bucketStart(epochSecond);
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY_SECONDS));
        return day.withDayOfMonth(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    /** Open time of the bar after the one opening at {@code barStart}. */
    long nextBucketStart(long barStart) {
        if (exact != null) {
            return barStart + exact.seconds();
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(barStart, DAY_SECONDS));
        return day.withDayOfMonth(1).plusMonths(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    /** A length that is at least one bar's: how far back to look for a number of bars. */
    long longestBarSeconds() {
        return exact == null ? 31 * DAY_SECONDS : exact.seconds();
    }
}
