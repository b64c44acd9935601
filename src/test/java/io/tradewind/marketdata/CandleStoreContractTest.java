package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@link CandleStore} contract, run against every implementation by a subclass that says how
 * to make an empty store.
 */
public abstract class CandleStoreContractTest {

    protected static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);
    protected static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    protected static final Instant END_OF_TIME = Instant.parse("2100-01-01T00:00:00Z");
    private static final CandleScales SCALES = RandomWalkCandles.SCALES;

    /** A new, empty store. */
    protected abstract CandleStore newStore();

    @Test
    public void storesAndReadsBackARandomWalkExactly() {
        CandleStore store = newStore();
        long written = store.write(KEY, walk(7, 20_000));
        assertEquals(20_000, written);

        List<long[]> expected = drain(walk(7, 20_000));
        assertRowsEqual(expected, drain(store.read(KEY, START, START.plusSeconds(60L * 20_000), 1_000)));

        StoredSeries stored = store.describe(KEY).orElseThrow();
        assertEquals(20_000, stored.count());
        assertEquals(START, stored.first());
        assertEquals(START.plusSeconds(60L * 19_999), stored.last());
        assertEquals(SCALES, stored.scales());
    }

    /**
     * sim:btc-usd beside sim:BTC-USD made a third series, and the charts, which ignore case,
     * answered one of them for the other: the demo's chart showed two candles of another import.
     */
    @Test
    public void refusesAMarketSpelledInOtherLetterCaseAndKeepsTheStoredOne() {
        CandleStore store = newStore();
        store.write(KEY, walk(7, 100));

        for (SeriesKey otherwise : List.of(new SeriesKey("sim", "btc-usd", Resolution.M1),
                new SeriesKey("SIM", "BTC-USD", Resolution.H1))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> store.write(otherwise, walk(1, 10)));
            assertEquals("the store holds sim:BTC-USD:1m, the market of " + otherwise + " in other letter case: give the"
                    + " venue and symbol as stored (venue sim, symbol BTC-USD), as charts and filters, which ignore case,"
                    + " would mix the two", refused.getMessage());
        }
        assertEquals(List.of(KEY), store.list().stream().map(StoredSeries::key).toList(), "nothing else stored");
        assertEquals(10, store.write(new SeriesKey("sim", "ETH-USD", Resolution.M1), walk(1, 10)), "another market");
    }

    /**
     * A series imported under a mistyped symbol stayed in the store for good; delete removes it
     * with all its blocks and leaves the other series, and the name is free to write again.
     */
    @Test
    public void deletesOneSeriesWithAllItsCandlesAndNothingElse() {
        CandleStore store = newStore();
        SeriesKey typo = new SeriesKey("sim", "BTC-USDD", Resolution.M1);
        store.write(KEY, walk(7, 100));
        store.write(typo, walk(3, 10_000));
        CandleCursor openBefore = store.read(typo, START, END_OF_TIME, 1_000);

        StoredSeries deleted = store.delete(typo).orElseThrow();

        assertEquals(10_000, deleted.count());
        assertEquals(typo, deleted.key());
        assertEquals(List.of(KEY), store.list().stream().map(StoredSeries::key).toList());
        assertTrue(drain(store.read(typo, START, END_OF_TIME)).isEmpty());
        assertRowsEqual(drain(walk(7, 100)), drain(store.read(KEY, START, END_OF_TIME)));
        assertEquals(java.util.Optional.empty(), store.delete(typo), "nothing left to delete");
        assertEquals(10_000, drain(openBefore).size(), "a cursor open before the delete reads what it saw");
        assertEquals(5, store.write(typo, walk(1, 5)), "the name is free again");
        assertEquals(5, store.describe(typo).orElseThrow().count());
    }

    @Test
    public void readsAHalfOpenRangeAcrossBlocks() {
        CandleStore store = newStore();
        store.write(KEY, walk(1, 10_000));
        List<long[]> rows = drain(store.read(KEY, START.plusSeconds(60L * 4_000), START.plusSeconds(60L * 8_500), 777));
        assertEquals(4_500, rows.size());
        assertEquals(START.plusSeconds(60L * 4_000).getEpochSecond(), rows.get(0)[0]);
        assertEquals(START.plusSeconds(60L * 8_499).getEpochSecond(), rows.get(rows.size() - 1)[0]);
        assertTrue(drain(store.read(KEY, START.minusSeconds(600), START)).isEmpty());
        assertTrue(drain(store.read(new SeriesKey("sim", "ETH-USD", Resolution.M1), START, START.plusSeconds(600))).isEmpty());
    }

    /** Random overlapping writes against a sorted map: upsert by open time, new values win. */
    @Test
    public void upsertsLikeASortedMap() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 10; round++) {
            CandleStore store = newStore();
            TreeMap<Long, long[]> reference = new TreeMap<>();
            for (int w = 0; w < 8; w++) {
                CandleChunk chunk = new CandleChunk(SCALES, 12_000);
                long t = START.getEpochSecond() + 60L * random.nextInt(9_000);
                int n = 1 + random.nextInt(chunk.capacity() / (1 + random.nextInt(50)));
                for (int i = 0; i < n; i++) {
                    long open = 1 + random.nextInt(1_000_000);
                    long[] row = {t, open, open + random.nextInt(5), open - random.nextInt(5), open,
                            random.nextInt(100), random.nextLong(Long.MAX_VALUE)};
                    chunk.onCandle(row[0], row[1], row[2], row[3], row[4], row[5], row[6]);
                    reference.put(t, row);
                    t += 60L * (1 + (random.nextInt(10) == 0 ? random.nextInt(30) : 0));
                }
                assertEquals(n, store.write(KEY, new ChunkCursor(chunk)));
            }
            assertRowsEqual(new ArrayList<>(reference.values()),
                    drain(store.read(KEY, Instant.EPOCH, END_OF_TIME, 1 + random.nextInt(5_000))));
            assertEquals(reference.size(), store.describe(KEY).orElseThrow().count());
        }
    }

    @Test
    public void aRejectedWriteLeavesTheSeriesUntouched() {
        CandleStore store = newStore();
        store.write(KEY, walk(5, 100));
        List<long[]> before = drain(store.read(KEY, Instant.EPOCH, END_OF_TIME));

        CandleChunk unaligned = new CandleChunk(SCALES, 10);
        unaligned.onCandle(START.getEpochSecond() + 6_000, 10, 10, 10, 10, 1, 1);
        unaligned.onCandle(START.getEpochSecond() + 6_030, 10, 10, 10, 10, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.write(KEY, new ChunkCursor(unaligned)));
        assertTrue(e.getMessage().contains("not the start of a 1m bucket"), e.getMessage());

        CandleChunk descending = new CandleChunk(SCALES, 10);
        descending.onCandle(START.getEpochSecond() + 120, 10, 10, 10, 10, 1, 1);
        descending.onCandle(START.getEpochSecond() + 60, 10, 10, 10, 10, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> store.write(KEY, new ChunkCursor(descending)));

        CandleChunk otherScales = new CandleChunk(new CandleScales(8, 8, 8), 1);
        otherScales.onCandle(START.getEpochSecond() + 60_000, 10, 10, 10, 10, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> store.write(KEY, new ChunkCursor(otherScales)));

        assertRowsEqual(before, drain(store.read(KEY, Instant.EPOCH, END_OF_TIME)));
    }

    @Test
    public void oneCandleAppendsAccumulate() {
        CandleStore store = newStore();
        appendOneByOne(store, 500);
        assertEquals(500, store.describe(KEY).orElseThrow().count());
        List<long[]> rows = drain(store.read(KEY, START, END_OF_TIME));
        assertEquals(500, rows.size());
        assertEquals(START.plusSeconds(60L * 499).getEpochSecond(), rows.get(499)[0]);
    }

    protected static void appendOneByOne(CandleStore store, int count) {
        for (int i = 0; i < count; i++) {
            CandleChunk one = new CandleChunk(SCALES, 1);
            one.add(new Candle(START.plusSeconds(60L * i), new BigDecimal("10.00"), new BigDecimal("10.50"),
                    new BigDecimal("9.50"), new BigDecimal("10.25"), new BigDecimal("1.5"), new BigDecimal("15.38")));
            store.write(KEY, new ChunkCursor(one));
        }
    }

    /** A source that fails after some chunks (a bad row found late) must leave nothing behind. */
    @Test
    public void aSourceFailingMidStreamWritesNothing() {
        CandleStore store = newStore();
        store.write(KEY, walk(5, 9_000));
        List<long[]> before = drain(store.read(KEY, Instant.EPOCH, END_OF_TIME));
        CandleCursor failing = new CandleCursor() {
            private final RandomWalkCandles walk = walk(6, 30_000);
            private int chunks;

            @Override
            public CandleScales scales() {
                return walk.scales();
            }

            @Override
            public CandleChunk next() {
                if (++chunks == 5) {
                    throw new IllegalArgumentException("line 12000: bad row");
                }
                return walk.next();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.write(KEY, failing));
        assertEquals("line 12000: bad row", e.getMessage());
        assertRowsEqual(before, drain(store.read(KEY, Instant.EPOCH, END_OF_TIME)));
        assertEquals(9_000, store.describe(KEY).orElseThrow().count());

        SeriesKey fresh = new SeriesKey("sim", "NEW-USD", Resolution.M1);
        CandleCursor failingFresh = new CandleCursor() {
            private final RandomWalkCandles walk = walk(6, 30_000);

            @Override
            public CandleScales scales() {
                return walk.scales();
            }

            @Override
            public CandleChunk next() {
                CandleChunk chunk = walk.next();
                if (chunk.openTime(0) > START.getEpochSecond()) {
                    throw new IllegalArgumentException("bad row");
                }
                return chunk;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> store.write(fresh, failingFresh));
        assertTrue(store.describe(fresh).isEmpty());
        assertEquals(List.of(KEY), store.list().stream().map(StoredSeries::key).toList());
    }

    @Test
    public void aCursorSeesTheSeriesAsItWasWhenOpened() {
        CandleStore store = newStore();
        store.write(KEY, walk(1, 20_000));
        List<long[]> before = drain(store.read(KEY, START, END_OF_TIME));
        List<long[]> seen = new ArrayList<>();
        try (CandleCursor cursor = store.read(KEY, START, END_OF_TIME, 1_000)) {
            CandleChunk chunk = cursor.next();
            addRows(chunk, seen);
            store.write(KEY, new RandomWalkCandles(99, 30_000, Resolution.M1, START.plusSeconds(60L * 500),
                    new BigDecimal("10.00"), 3_000));
            for (chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                addRows(chunk, seen);
            }
        }
        assertRowsEqual(before, seen);
        assertEquals(30_500, store.describe(KEY).orElseThrow().count());
    }

    /** A write into the middle of a long series replaces just those candles. */
    @Test
    public void anOverlappingWriteInTheMiddleReplacesOnlyItsCandles() {
        CandleStore store = newStore();
        store.write(KEY, walk(1, 50_000));
        List<long[]> expected = drain(walk(1, 50_000));
        List<long[]> patch = drain(new RandomWalkCandles(2, 5_000, Resolution.M1, START.plusSeconds(60L * 20_000),
                new BigDecimal("5.00"), 700));
        for (int i = 0; i < patch.size(); i++) {
            expected.set(20_000 + i, patch.get(i));
        }
        assertEquals(5_000, store.write(KEY, new RandomWalkCandles(2, 5_000, Resolution.M1,
                START.plusSeconds(60L * 20_000), new BigDecimal("5.00"), 700)));
        assertRowsEqual(expected, drain(store.read(KEY, START, END_OF_TIME, 4_321)));
        StoredSeries stored = store.describe(KEY).orElseThrow();
        assertEquals(50_000, stored.count());
        assertEquals(START, stored.first());
        assertEquals(START.plusSeconds(60L * 49_999), stored.last());

        List<long[]> middle = drain(store.read(KEY, START.plusSeconds(60L * 19_990), START.plusSeconds(60L * 25_010), 333));
        assertRowsEqual(expected.subList(19_990, 25_010), middle);
    }

    @Test
    public void anEmptyWriteStoresNothing() {
        CandleStore store = newStore();
        assertEquals(0, store.write(KEY, walk(1, 0)));
        assertTrue(store.describe(KEY).isEmpty());
        assertTrue(store.list().isEmpty());
    }

    static void addRows(CandleChunk c, List<long[]> rows) {
        for (int i = 0; i < c.size(); i++) {
            rows.add(new long[] {c.openTime(i), c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i), c.quoteVolume(i)});
        }
    }

    @Test
    public void listsSeriesInOrder() {
        CandleStore store = newStore();
        SeriesKey eth = new SeriesKey("sim", "ETH-USD", Resolution.H1);
        store.write(eth, new RandomWalkCandles(1, 10, Resolution.H1, START, new BigDecimal("2000")));
        store.write(KEY, walk(1, 10));
        List<StoredSeries> list = store.list();
        assertEquals(List.of(KEY, eth), List.of(list.get(0).key(), list.get(1).key()));
    }

    protected static RandomWalkCandles walk(long seed, long count) {
        return new RandomWalkCandles(seed, count, Resolution.M1, START, new BigDecimal("30000.00"), 3_000);
    }

    protected static List<long[]> drain(CandleCursor cursor) {
        List<long[]> rows = new ArrayList<>();
        try (cursor) {
            for (CandleChunk c = cursor.next(); c != null; c = cursor.next()) {
                addRows(c, rows);
            }
        }
        return rows;
    }

    protected static void assertRowsEqual(List<long[]> expected, List<long[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }

}
