package io.tradewind.backtest.report;

import java.util.Arrays;

/**
 * Downsampled chart points from {@link ChartRecorder}: point i covers {@code secondsPerPoint}
 * seconds from open time {@code time[i]} (epoch seconds); a bar lasts {@code barSeconds}. Drawdown
 * is the fall below the equity peak, a fraction at or above zero (0.2 is 20 % below the peak).
 */
public record ChartData(
        long barSeconds,
        long secondsPerPoint,
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

    /** Whether each point is one bar, or covers several. */
    public boolean downsampled() {
        return secondsPerPoint != barSeconds;
    }

    /** The span of one point in words: {@code 5 minutes}, {@code 12 hours}, {@code 1 day}, {@code 2 weeks}. */
    public String pointSpan() {
        long[] units = {604_800, 86_400, 3_600, 60};
        String[] names = {"week", "day", "hour", "minute"};
        for (int i = 0; i < units.length; i++) {
            if (secondsPerPoint % units[i] == 0) {
                return count(secondsPerPoint / units[i], names[i]);
            }
        }
        return count(secondsPerPoint, "second");
    }

    private static String count(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** Index of the point covering {@code epochSecond}: the last one opening at or before it (0 if none). */
    public int pointAt(long epochSecond) {
        int index = Arrays.binarySearch(time, epochSecond);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }
}
