package io.tradewind.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            return new GapReport(0, 0, 0, List.of(), false);
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
                        truncated |= !addGap(gaps, expected, t, bars, maxListed);
                    }
                    present++;
                    expected = t + step;
                }
            }
        }
        if (expected < end) {
            long bars = (end - expected + step - 1) / step;
            missing += bars;
            truncated |= !addGap(gaps, expected, expected + bars * step, bars, maxListed);
        }
        return new GapReport(expectedBars, present, missing, gaps, truncated);
    }

    private static boolean addGap(List<Gap> gaps, long from, long to, long bars, int maxListed) {
        if (gaps.size() >= maxListed) {
            return false;
        }
        gaps.add(new Gap(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to), bars));
        return true;
    }
}
