package io.tradewind.backtest.report;

import java.util.Arrays;

/**
 * Keeps what the report's charts show — price candles, equity and drawdown — downsampled on the
 * fly to at most {@code maxPoints} points, so a run of ten million bars still yields a page a
 * browser draws at once. When the buffer fills, neighbouring points merge in pairs and each point
 * covers twice as many bars: candles merge as candles (first open, highest high, lowest low, last
 * close), equity keeps its last value and drawdown its worst, so no crash disappears from the
 * chart. Drawdown is the fall below the running equity peak as a positive fraction, the sign
 * {@link BacktestMetrics#maxDrawdown()} uses. Values are doubles: they are only drawn.
 */
public final class ChartRecorder {

    private final int maxPoints;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] equity;
    private final double[] drawdown;
    private int points;
    private long barsPerPoint = 1;
    private long barsInLast;
    private double peak;

    /**
     * @param initialEquity equity before the first bar: the first peak, as in
     *                      {@link MetricsCalculator}, so the chart and the table agree on drawdown
     */
    public ChartRecorder(int maxPoints, double initialEquity) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a chart needs at least 2 points, was " + maxPoints);
        }
        this.maxPoints = maxPoints;
        this.peak = initialEquity;
        int capacity = 2 * maxPoints;
        time = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        equity = new double[capacity];
        drawdown = new double[capacity];
    }

    /** Records one bar: its open time (epoch seconds), prices, and equity after it. */
    public void onBar(long openTime, double barOpen, double barHigh, double barLow, double barClose, double barEquity) {
        peak = Math.max(peak, barEquity);
        double barDrawdown = peak > 0 ? (peak - barEquity) / peak : 0;
        if (points > 0 && barsInLast < barsPerPoint) {
            int i = points - 1;
            high[i] = Math.max(high[i], barHigh);
            low[i] = Math.min(low[i], barLow);
            close[i] = barClose;
            equity[i] = barEquity;
            drawdown[i] = Math.max(drawdown[i], barDrawdown);
            barsInLast++;
            return;
        }
        if (points == time.length) {
            halve();
        }
        int i = points++;
        time[i] = openTime;
        open[i] = barOpen;
        high[i] = barHigh;
        low[i] = barLow;
        close[i] = barClose;
        equity[i] = barEquity;
        drawdown[i] = barDrawdown;
        barsInLast = 1;
    }

    private void halve() {
        for (int i = 0; i < maxPoints; i++) {
            int a = 2 * i;
            int b = a + 1;
            time[i] = time[a];
            open[i] = open[a];
            high[i] = Math.max(high[a], high[b]);
            low[i] = Math.min(low[a], low[b]);
            close[i] = close[b];
            equity[i] = equity[b];
            drawdown[i] = Math.max(drawdown[a], drawdown[b]);
        }
        points = maxPoints;
        barsPerPoint *= 2;
    }

    /** A copy of the points recorded so far. */
    public ChartData snapshot() {
        return new ChartData(barsPerPoint, copy(time), copy(open), copy(high), copy(low), copy(close),
                copy(equity), copy(drawdown));
    }

    private long[] copy(long[] values) {
        return Arrays.copyOf(values, points);
    }

    private double[] copy(double[] values) {
        return Arrays.copyOf(values, points);
    }
}
