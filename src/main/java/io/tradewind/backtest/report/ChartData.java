package io.tradewind.backtest.report;

import java.util.Arrays;

/**
 * Downsampled chart points from {@link ChartRecorder}: point i covers {@code barsPerPoint} bars
 * from open time {@code time[i]} (epoch seconds). Drawdown is the fall below the equity peak, a
 * fraction at or above zero (0.2 is 20 % below the peak).
 */
public record ChartData(
        long barsPerPoint,
        long[] time,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] equity,
        double[] drawdown) {

    public int size() {
        return time.length;
    }

    /** Index of the point covering {@code epochSecond}: the last one opening at or before it (0 if none). */
    public int pointAt(long epochSecond) {
        int index = Arrays.binarySearch(time, epochSecond);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }
}
