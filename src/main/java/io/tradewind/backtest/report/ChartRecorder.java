package io.tradewind.backtest.report;

import java.util.Arrays;

/**
 * Keeps what the report's charts show — price candles, equity and drawdown — downsampled on the
 * fly to at most {@code 2 × maxPoints} points, so a run of ten million bars still yields a page a
 * browser draws at once. Each point covers one span of time, aligned to the epoch as the chart's
 * time axis counts (a 5-minute point opens at :00, :05, …, a day's at midnight UTC, a week's on
 * Monday): when the buffer fills, the span grows to the next of {@link #SPANS} and neighbouring
 * points merge into it. Points used to merge by bar count, so they opened at whatever minute the
 * eighth bar fell on and the axis read 12:01, 12:07; and a merge across a gap in the data hid it.
 * Candles merge as candles (first open, highest high, lowest low, last close), equity keeps its
 * last value and drawdown its worst, so no crash disappears from the chart. Drawdown is the fall
 * below the running equity peak as a positive fraction, the sign {@link BacktestMetrics#maxDrawdown()}
 * uses. Values are doubles: they are only drawn.
 */
public final class ChartRecorder {

    /** The spans a point can cover, in seconds: each a multiple of the one before, so points merge whole. */
    static final long[] SPANS = {60, 300, 900, 1_800, 3_600, 7_200, 14_400, 43_200, 86_400, 604_800};
    private static final long WEEK = 604_800;
    /** 1970-01-05 was the first Monday after the epoch: spans of weeks are counted from it, as the store's weekly bars. */
    private static final long FIRST_MONDAY = 4 * 86_400L;

    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] equity;
    private final double[] drawdown;
    private final long barSeconds;
    private long secondsPerPoint;
    private int points;
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
        this.peak = initialEquity;
        this.barSeconds = barSeconds;
        this.secondsPerPoint = barSeconds;
        int capacity = 2 * maxPoints;
        time = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        equity = new double[capacity];
        drawdown = new double[capacity];
    }

    /** Records one bar: its open time (epoch seconds), prices, and equity after it. Bars come in time order. */
    public void onBar(long openTime, double barOpen, double barHigh, double barLow, double barClose, double barEquity) {
        peak = Math.max(peak, barEquity);
        double barDrawdown = peak > 0 ? (peak - barEquity) / peak : 0;
        if (points == time.length && pointStart(openTime) != time[points - 1]) {
            widen();
        }
        long start = pointStart(openTime);
        if (points > 0 && time[points - 1] == start) {
            merge(points - 1, barHigh, barLow, barClose, barEquity, barDrawdown);
            return;
        }
        int i = points++;
        time[i] = start;
        open[i] = barOpen;
        high[i] = barHigh;
        low[i] = barLow;
        close[i] = barClose;
        equity[i] = barEquity;
        drawdown[i] = barDrawdown;
    }

    private void merge(int into, double barHigh, double barLow, double barClose, double barEquity, double barDrawdown) {
        high[into] = Math.max(high[into], barHigh);
        low[into] = Math.min(low[into], barLow);
        close[into] = barClose;
        equity[into] = barEquity;
        drawdown[into] = Math.max(drawdown[into], barDrawdown);
    }

    /** Grows the span until the points recorded so far leave room for one more. */
    private void widen() {
        do {
            secondsPerPoint = nextSpan(secondsPerPoint);
            int kept = 0;
            for (int i = 0; i < points; i++) {
                long start = pointStart(time[i]);
                if (kept > 0 && time[kept - 1] == start) {
                    merge(kept - 1, high[i], low[i], close[i], equity[i], drawdown[i]);
                    continue;
                }
                time[kept] = start;
                open[kept] = open[i];
                high[kept] = high[i];
                low[kept] = low[i];
                close[kept] = close[i];
                equity[kept] = equity[i];
                drawdown[kept] = drawdown[i];
                kept++;
            }
            points = kept;
        } while (points == time.length);
    }

    /** The next span that is a multiple of {@code span}: the smallest of {@link #SPANS}, or twice it beyond a week. */
    static long nextSpan(long span) {
        for (long candidate : SPANS) {
            if (candidate > span && candidate % span == 0) {
                return candidate;
            }
        }
        return 2 * span;
    }

    private long pointStart(long epochSecond) {
        long origin = secondsPerPoint % WEEK == 0 ? FIRST_MONDAY : 0;
        return Math.floorDiv(epochSecond - origin, secondsPerPoint) * secondsPerPoint + origin;
    }

    /** A copy of the points recorded so far. */
    public ChartData snapshot() {
        return new ChartData(barSeconds, secondsPerPoint, copy(time), copy(open), copy(high), copy(low), copy(close),
                copy(equity), copy(drawdown));
    }

    private long[] copy(long[] values) {
        return Arrays.copyOf(values, points);
    }

    private double[] copy(double[] values) {
        return Arrays.copyOf(values, points);
    }
}
