package io.tradewind.service.udf;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleRollup;
import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalLong;

/**
 * The bars of one resolution built from one source series: a time range, the last bars before a
 * time, and the nearest bar before a time. A bar is identified by its open time: it belongs to a
 * range when it opens inside it, and it holds every source candle of its bucket, even those after
 * the range's end (a chart asking up to 10:30 still gets the whole 10:00 hour).
 */
final class BarHistory {

    /** The most bars one answer carries: a chart pages further back with a smaller {@code to}. */
    static final int MAX_BARS = 20_000;

    private final CandleSource source;
    private final ChartResolution resolution;

    BarHistory(CandleSource source, ChartResolution resolution) {
        this.source = source;
        this.resolution = resolution;
    }

    /** The bars opening at {@code from <= t < to} (epoch seconds), ascending; the newest {@link #MAX_BARS} of them. */
    List<Candle> range(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        long first = resolution.bucketStart(from);
        if (first < from) {
            first = resolution.nextBucketStart(first);
        }
        long last = resolution.bucketStart(to - 1);
        if (first > last) {
            return List.of();
        }
        ArrayDeque<Candle> bars = new ArrayDeque<>();
        CandleRollup rollup = new CandleRollup(resolution::bucketStart, bar -> {
            if (bars.size() == MAX_BARS) {
                bars.removeFirst();
            }
            bars.addLast(bar);
        });
        source.read(first, resolution.nextBucketStart(last), rollup);
        rollup.flush();
        return List.copyOf(bars);
    }

    /** The last {@code count} bars opening before {@code to} (fewer when the series has fewer), ascending. */
    List<Candle> last(long to, int count) {
        OptionalLong firstOpen = source.firstOpenTime();
        if (firstOpen.isEmpty()) {
            return List.of();
        }
        // the first bar opens before its first candle: a week opening before to holds later days too
        long earliest = resolution.bucketStart(firstOpen.getAsLong());
        if (earliest >= to) {
            return List.of();
        }
        // gaps make a span of count bars hold fewer: widen it until enough bars or the series' start
        long span = Math.multiplyExact((long) count, resolution.longestBarSeconds());
        while (true) {
            long from = to - span <= earliest ? earliest : to - span;
            List<Candle> bars = range(from, to);
            if (bars.size() >= count || from == earliest) {
                return bars.subList(Math.max(0, bars.size() - count), bars.size());
            }
            span = Math.multiplyExact(span, 2);
        }
    }

    /** Open time of the newest bar opening before {@code time}, or empty when there is none. */
    OptionalLong newestBefore(long time) {
        List<Candle> bars = last(time, 1);
        return bars.isEmpty() ? OptionalLong.empty() : OptionalLong.of(bars.get(0).openTime().getEpochSecond());
    }
}
