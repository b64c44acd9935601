package io.tradewind.live;

import io.tradewind.marketdata.Candle;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The newest candles an instance has played, exact, so that charts can show them while the
 * store may not have them (a venue feed whose series is stored with other decimals). Bounded:
 * older candles drop out, the store keeps the long history. Written by the instance's tick,
 * read by HTTP threads, hence synchronized.
 */
final class RecentCandles {

    /** About 300 KB per instance at most; a chart's first screen needs a few hundred bars. */
    static final int CAPACITY = 1_000;

    private final ArrayDeque<Candle> candles = new ArrayDeque<>();
    private final int capacity;

    RecentCandles(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a candle newer than every one kept; a candle not newer (a repeat) replaces nothing and is dropped. */
    synchronized void add(Candle candle) {
        Candle newest = candles.peekLast();
        if (newest != null && !candle.openTime().isAfter(newest.openTime())) {
            return;
        }
        if (candles.size() == capacity) {
            candles.removeFirst();
        }
        candles.addLast(candle);
    }

    /** The newest candle kept, or null before the first. */
    synchronized Candle newest() {
        return candles.peekLast();
    }

    /** The kept candles, oldest first. */
    synchronized List<Candle> snapshot() {
        return List.copyOf(candles);
    }
}
