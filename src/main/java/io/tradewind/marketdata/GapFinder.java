package io.tradewind.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Finds which buckets of a range have no candle, for {@code data list}. Every resolution has a
 * fixed length in UTC (no months), so the bucket after {@code t} always opens at
 * {@code t + resolution.seconds()}. A market that does not trade in a minute leaves such a gap
 * too: gaps are facts about the data, not errors.
 */
public final class GapFinder {

    /** How many gaps a report lists at most; the counts always cover all of them. */
    public static final int DEFAULT_MAX_LISTED = 100;

    private GapFinder() {
    }

    /** Gaps between the first and last stored candle of {@code key} (empty report if none). */
    public static GapReport find(CandleStore store, SeriesKey key, int maxListed) {
        Optional<StoredSeries> stored = store.describe(key);
        if (stored.isEmpty()) {
            return new GapReport(0, 0, 0, 0, List.of(), false, List.of());
        }
        Instant end = stored.get().last().plusSeconds(key.resolution().seconds());
        return find(store, key, stored.get().first(), end, maxListed);
    }

    /**
     * Gaps among the buckets that open in {@code [from, to)}; {@code from} is rounded down to its
     * bucket start.
     */
    public static GapReport find(CandleStore store, SeriesKey key, Instant from, Instant to, int maxListed) {
        Resolution resolution = key.resolution();
        long step = resolution.seconds();
        long expected = resolution.bucketStart(from.getEpochSecond());
        long end = to.getEpochSecond();
        long expectedBars = Math.max(0, Math.floorDiv(end - expected + step - 1, step));
        List<Gap> gaps = new ArrayList<>();
        LargestGaps largest = new LargestGaps(maxListed);
        long missing = 0;
        long present = 0;
        boolean truncated = false;
        try (CandleCursor cursor = store.read(key, Instant.ofEpochSecond(expected), to)) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    long t = chunk.openTime(i);
                    if (t > expected) {
                        long bars = (t - expected) / step;
                        missing += bars;
                        truncated |= !addGap(gaps, largest, expected, t, bars, maxListed);
                    }
                    present++;
                    expected = t + step;
                }
            }
        }
        if (expected < end) {
            long bars = (end - expected + step - 1) / step;
            missing += bars;
            truncated |= !addGap(gaps, largest, expected, expected + bars * step, bars, maxListed);
        }
        return new GapReport(expectedBars, present, missing, largest.offered(), gaps, truncated, largest.longestFirst());
    }

    private static boolean addGap(List<Gap> gaps, LargestGaps largest, long from, long to, long bars, int maxListed) {
        Gap gap = new Gap(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to), bars);
        largest.offer(gap);
        if (gaps.size() >= maxListed) {
            return false;
        }
        gaps.add(gap);
        return true;
    }

    /** The longest gaps seen so far, at most a fixed number: a min-heap whose root is the one to drop. */
    private static final class LargestGaps {
        /** Shorter first; of equal length the later first, so the earliest of a tie is kept. */
        private static final Comparator<Gap> DROP_ORDER = Comparator.comparingLong(Gap::missingBars)
                .thenComparing(Gap::from, Comparator.reverseOrder());

        private final int limit;
        private final PriorityQueue<Gap> heap;
        private long offered;

        LargestGaps(int limit) {
            this.limit = limit;
            // sized for the usual few: `data list --gaps 2147483647` asked for an array larger than Java makes
            this.heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 64)), DROP_ORDER);
        }

        void offer(Gap gap) {
            offered++;
            if (limit <= 0) {
                return;
            }
            if (heap.size() < limit) {
                heap.add(gap);
            } else if (DROP_ORDER.compare(gap, heap.peek()) > 0) {
                heap.poll();
                heap.add(gap);
            }
        }

        /** How many gaps were offered: every gap of the range. */
        long offered() {
            return offered;
        }

        List<Gap> longestFirst() {
            List<Gap> result = new ArrayList<>(heap);
            result.sort(DROP_ORDER.reversed());
            return result;
        }
    }
}
