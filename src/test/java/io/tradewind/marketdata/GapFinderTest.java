package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapFinderTest {

    private static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.H1);
    private static final Instant T0 = Instant.parse("2024-03-04T00:00:00Z");

    @Test
    void findsMissingBucketsInsideAndAtTheEndsOfARange() {
        InMemoryCandleStore store = storeWithHours(2, 3, 4, 7, 9);

        GapReport report = GapFinder.find(store, KEY, T0, hour(12), 10);

        assertEquals(12, report.expectedBars());
        assertEquals(5, report.presentBars());
        assertEquals(7, report.missingBars());
        assertEquals(List.of(new Gap(hour(0), hour(2), 2), new Gap(hour(5), hour(7), 2),
                new Gap(hour(8), hour(9), 1), new Gap(hour(10), hour(12), 2)), report.gaps());
        assertFalse(report.truncated());
    }

    @Test
    void overTheStoredRangeOnlyInnerGapsCount() {
        GapReport report = GapFinder.find(storeWithHours(2, 3, 4, 7, 9), KEY, 10);
        assertEquals(8, report.expectedBars());
        assertEquals(List.of(new Gap(hour(5), hour(7), 2), new Gap(hour(8), hour(9), 1)), report.gaps());
    }

    /** `data list --gaps 2147483647` ran out of memory asking for an array larger than Java makes (audit). */
    @Test
    void asManyGapsAsAnIntHoldsMayBeAskedFor() {
        GapReport report = GapFinder.find(storeWithHours(2, 3, 4, 7, 9), KEY, Integer.MAX_VALUE);
        assertEquals(2, report.largest().size());
    }

    @Test
    void listsAtMostTheRequestedNumberOfGapsButCountsAll() {
        GapReport report = GapFinder.find(storeWithHours(0, 2, 4, 6, 8), KEY, 2);
        assertEquals(4, report.missingBars());
        assertEquals(4, report.gapCount());
        assertEquals(2, report.gaps().size());
        assertTrue(report.truncated());
    }

    @Test
    void listsTheLongestGapsLongestFirstAndTheEarliestOfATie() {
        GapReport report = GapFinder.find(storeWithHours(0, 2, 5, 6, 10, 12, 16, 17, 19), KEY, 2);
        assertEquals(List.of(new Gap(hour(7), hour(10), 3), new Gap(hour(13), hour(16), 3)), report.largest());
        assertEquals(List.of(new Gap(hour(1), hour(2), 1), new Gap(hour(3), hour(5), 2)), report.gaps());
    }

    @Test
    void listsEverySeriesWithItsGaps() {
        List<SeriesListing> listing = SeriesListing.of(storeWithHours(0, 1, 5), 10);
        assertEquals(1, listing.size());
        assertEquals(3, listing.get(0).stored().count());
        assertEquals(List.of(new Gap(hour(2), hour(5), 3)), listing.get(0).gaps().gaps());
    }

    @Test
    void anUnknownSeriesHasNoGaps() {
        assertEquals(0, GapFinder.find(new InMemoryCandleStore(), KEY, 10).expectedBars());
    }

    private static InMemoryCandleStore storeWithHours(int... hours) {
        CandleChunk chunk = new CandleChunk(new CandleScales(0, 0, 0), hours.length);
        for (int h : hours) {
            chunk.onCandle(hour(h).getEpochSecond(), 10, 10, 10, 10, 1, 10);
        }
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new ChunkCursor(chunk));
        return store;
    }

    private static Instant hour(int h) {
        return T0.plusSeconds(3_600L * h);
    }
}
