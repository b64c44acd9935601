package io.tradewind.backtest.report;

import io.tradewind.marketdata.Resolution;
import java.util.Arrays;

/**
 * Keeps what the report's charts show — price candles, equity and drawdown — downsampled on the
 * fly, so a run of ten million bars still yields a page a browser draws at once: at most
 * {@code 2 × maxPoints} points, and at least about {@code 0.8 × maxPoints} when the run is longer.
 * Each point covers one span of time, aligned as the chart's time axis counts (a 5-minute point
 * opens at :00, :05, …, a day's at midnight UTC, a week's on Monday), so the axis labels fall on
 * round times; points that merged by bar count opened at whatever minute the eighth bar fell on,
 * and the axis read 12:01, 12:07.
 *
 * <p>While recording, the span grows along {@link #RECORDING_SPANS}, each a multiple of the one
 * before so that points merge whole, whenever {@code 7 × maxPoints} points are kept (the steps
 * grow the span up to sevenfold). The page then gets the finest of {@link #PAGE_SPANS} that is a
 * multiple of the recorded span and leaves at most {@code 2 × maxPoints} points: those steps are
 * at most 2.5-fold, where merging in pairs, then fives, kept as few as 400 of 2,000. Candles merge as
 * candles (first open, highest high, lowest low, last close), equity keeps its last value and
 * drawdown its worst, so no crash disappears from the chart. Drawdown is the fall below the
 * running equity peak as a positive fraction, the sign {@link BacktestMetrics#maxDrawdown()}
 * uses. Values are doubles: they are only drawn.
 */
public final class ChartRecorder {

    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final long WEEK = 604_800;
    /** The spans points are recorded at, in seconds; beyond a week, twice the last. */
    static final long[] RECORDING_SPANS = {MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR,
        12 * HOUR, DAY, WEEK};
    /** The spans a page may show, finer steps than the recording's; beyond a week, twice the last. */
    static final long[] PAGE_SPANS = {MINUTE, 2 * MINUTE, 5 * MINUTE, 6 * MINUTE, 10 * MINUTE, 15 * MINUTE, 20 * MINUTE,
        30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 6 * HOUR, 8 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, WEEK};
    private static final int KEPT_PER_POINT_SHOWN = 7;

    private final int maxPoints;
    private final Points kept;
    private final long barSeconds;
    private long span;
    private double peak;

    /**
     * @param initialEquity equity before the first bar: the first peak, as in
     *                      {@link MetricsCalculator}, so the chart and the table agree on drawdown
     * @param barSeconds    the length of one bar, the span of a point until the buffer fills
     */
    public ChartRecorder(int maxPoints, double initialEquity, long barSeconds) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a chart needs at least 2 points, was " + maxPoints);
        }
        if (barSeconds <= 0) {
            throw new IllegalArgumentException("a bar lasts a positive number of seconds, was " + barSeconds);
        }
        this.maxPoints = maxPoints;
        this.kept = new Points(KEPT_PER_POINT_SHOWN * maxPoints);
        this.peak = initialEquity;
        this.barSeconds = barSeconds;
        this.span = barSeconds;
    }

    /** Records one bar: its open time (epoch seconds), prices, and equity after it. Bars come in time order. */
    public void onBar(long openTime, double barOpen, double barHigh, double barLow, double barClose, double barEquity) {
        peak = Math.max(peak, barEquity);
        double barDrawdown = peak > 0 ? (peak - barEquity) / peak : 0;
        long start = Resolution.bucketStart(openTime, span);
        if (kept.size > 0 && kept.time[kept.size - 1] == start) {
            kept.merge(kept.size - 1, barHigh, barLow, barClose, barEquity, barDrawdown);
            return;
        }
        while (kept.size == kept.time.length) {
            span = next(RECORDING_SPANS, span, span);
            kept.mergeInto(span);
            start = Resolution.bucketStart(openTime, span);
            if (kept.time[kept.size - 1] == start) {
                kept.merge(kept.size - 1, barHigh, barLow, barClose, barEquity, barDrawdown);
                return;
            }
        }
        kept.add(start, barOpen, barHigh, barLow, barClose, barEquity, barDrawdown);
    }

    /** The points for the page: the recorded ones merged into the finest page span that leaves at most 2 × maxPoints. */
    public ChartData snapshot() {
        Points shown = kept.copy();
        long shownSpan = span;
        while (shown.size > 2 * maxPoints) {
            shownSpan = next(PAGE_SPANS, shownSpan, span);
            shown = kept.copy();
            shown.mergeInto(shownSpan);
        }
        return new ChartData(barSeconds, shownSpan, shown.times(), shown.values(shown.open), shown.values(shown.high),
                shown.values(shown.low), shown.values(shown.close), shown.values(shown.equity), shown.values(shown.drawdown));
    }

    /**
     * The first of {@code spans} after {@code span} that is a multiple of {@code recorded}, the span
     * the points to merge cover; twice {@code span} beyond them.
     */
    static long next(long[] spans, long span, long recorded) {
        for (long candidate : spans) {
            if (candidate > span && candidate % recorded == 0) {
                return candidate;
            }
        }
        return 2 * span;
    }

    /** Points in time order, each covering the span it was last merged into. */
    private static final class Points {
        final long[] time;
        final double[] open;
        final double[] high;
        final double[] low;
        final double[] close;
        final double[] equity;
        final double[] drawdown;
        int size;

        Points(int capacity) {
            time = new long[capacity];
            open = new double[capacity];
            high = new double[capacity];
            low = new double[capacity];
            close = new double[capacity];
            equity = new double[capacity];
            drawdown = new double[capacity];
        }

        void add(long start, double o, double h, double l, double c, double e, double d) {
            int i = size++;
            time[i] = start;
            open[i] = o;
            high[i] = h;
            low[i] = l;
            close[i] = c;
            equity[i] = e;
            drawdown[i] = d;
        }

        void merge(int into, double h, double l, double c, double e, double d) {
            high[into] = Math.max(high[into], h);
            low[into] = Math.min(low[into], l);
            close[into] = c;
            equity[into] = e;
            drawdown[into] = Math.max(drawdown[into], d);
        }

        /** Merges neighbours that fall in one bucket of {@code span}, a multiple of the span they cover. */
        void mergeInto(long span) {
            int merged = 0;
            for (int i = 0; i < size; i++) {
                long start = Resolution.bucketStart(time[i], span);
                if (merged > 0 && time[merged - 1] == start) {
                    merge(merged - 1, high[i], low[i], close[i], equity[i], drawdown[i]);
                    continue;
                }
                time[merged] = start;
                open[merged] = open[i];
                high[merged] = high[i];
                low[merged] = low[i];
                close[merged] = close[i];
                equity[merged] = equity[i];
                drawdown[merged] = drawdown[i];
                merged++;
            }
            size = merged;
        }

        Points copy() {
            Points copy = new Points(size);
            System.arraycopy(time, 0, copy.time, 0, size);
            System.arraycopy(open, 0, copy.open, 0, size);
            System.arraycopy(high, 0, copy.high, 0, size);
            System.arraycopy(low, 0, copy.low, 0, size);
            System.arraycopy(close, 0, copy.close, 0, size);
            System.arraycopy(equity, 0, copy.equity, 0, size);
            System.arraycopy(drawdown, 0, copy.drawdown, 0, size);
            copy.size = size;
            return copy;
        }

        long[] times() {
            return Arrays.copyOf(time, size);
        }

        double[] values(double[] values) {
            return Arrays.copyOf(values, size);
        }
    }
}
