package io.tradewind.backtest;

import java.util.Arrays;

/**
 * The timed runs of one benchmark path over the same candles: candles per second of each run, and
 * what the path did (trades, orders, bytes allocated) in its last run.
 */
final class BenchmarkRuns {

    private final String path;
    private final long candles;
    private final double[] candlesPerSecond;
    private int runs;
    private long trades;
    private long orders;
    private long allocatedBytes;

    BenchmarkRuns(String path, long candles, int repetitions) {
        this.path = path;
        this.candles = candles;
        this.candlesPerSecond = new double[repetitions];
    }

    /**
     * Records one run; returns its line for the terminal. The benchmark thread's CPU time (not the
     * collector's threads) and the collections' pauses say where a slow run's wall time went.
     */
    String add(double seconds, JvmActivity activity, long runTrades, long runOrders, long runAllocatedBytes) {
        candlesPerSecond[runs++] = candles / seconds;
        trades = runTrades;
        orders = runOrders;
        allocatedBytes = runAllocatedBytes;
        return String.format("%-21s run %d/%d: %6.3f s = %,11.0f candles/s (thread CPU %.3f s, %d collections %,d ms),"
                        + " %,7d trades, %s, %s", path, runs, candlesPerSecond.length, seconds, candles / seconds,
                activity.threadCpuNanos() / 1e9, activity.collections(), activity.collectionMillis(), runTrades,
                ordersText(runOrders), allocatedText(runAllocatedBytes));
    }

    String path() {
        return path;
    }

    long trades() {
        return trades;
    }

    long orders() {
        return orders;
    }

    long allocatedBytes() {
        return allocatedBytes;
    }

    double medianCandlesPerSecond() {
        double[] sorted = Arrays.copyOf(candlesPerSecond, runs);
        Arrays.sort(sorted);
        int middle = runs / 2;
        return runs % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median and the spread of the runs, with what the path did. */
    String summary() {
        double[] done = Arrays.copyOf(candlesPerSecond, runs);
        return String.format("%-21s median %,11.0f candles/s (min %,.0f, max %,.0f over %d runs), %,d trades, %s",
                path, medianCandlesPerSecond(), Arrays.stream(done).min().orElse(0), Arrays.stream(done).max().orElse(0),
                runs, trades, ordersText(orders));
    }

    private static String ordersText(long orders) {
        return orders < 0 ? "orders not counted" : String.format("%,d orders", orders);
    }

    private String allocatedText(long bytes) {
        return bytes < 0 ? "allocation not measured" : String.format("%,.0f bytes allocated/candle", (double) bytes / candles);
    }
}
