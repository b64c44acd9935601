package io.tradewind.marketdata;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a strategy's warm-up starts: at the {@code bars}-th stored candle before {@code from}, so
 * that it is fed that many candles wherever the stored data has gaps. A window of {@code bars}
 * periods would hold fewer candles across a gap (a quiet night of one-minute data), and the
 * first candles from {@code from} would then warm up instead of trading. Backtests and replays
 * start their warm-up here alike.
 */
public final class WarmupHistory {

    /** How much wider each look further back is, when a window held too few candles. */
    private static final int WIDEN = 4;

    private WarmupHistory() {
    }

    /**
     * @return the open time of the {@code bars}-th stored candle before {@code from}, the first
     *         stored candle when fewer are stored, or {@code from} when {@code bars} is 0
     */
    public static Instant start(CandleStore store, StoredSeries stored, Instant from, int bars, Duration period) {
        if (bars <= 0 || !from.isAfter(stored.first())) {
            return from.isAfter(stored.first()) ? from : stored.first();
        }
        Duration window = period.multipliedBy(bars);
        for (;;) {
            Instant start = from.minus(window);
            boolean toTheFirst = !start.isAfter(stored.first());
            long found = nthBefore(store, stored.key(), toTheFirst ? stored.first() : start, from, bars);
            if (found != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(found);
            }
            if (toTheFirst) {
                return stored.first();
            }
            window = window.multipliedBy(WIDEN);
        }
    }

    /** The open time (epoch seconds) of the {@code n}-th last candle in [start, before), or MIN_VALUE when there are fewer. */
    private static long nthBefore(CandleStore store, SeriesKey key, Instant start, Instant before, int n) {
        long[] last = new long[n]; // a ring of the latest n open times
        long seen = 0;
        try (CandleCursor cursor = store.read(key, start, before)) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    last[(int) (seen++ % n)] = chunk.openTime(i);
                }
            }
        }
        return seen < n ? Long.MIN_VALUE : last[(int) (seen % n)];
    }
}
