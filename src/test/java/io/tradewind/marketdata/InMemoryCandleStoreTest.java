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

class InMemoryCandleStoreTest {

    private static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final CandleScales SCALES = RandomWalkCandles.SCALES;

    @Test
    void storesAndReadsBackARandomWalkExactly() {
        InMemoryCandleStore store = new InMemoryCandleStore();
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

    @Test
    void readsAHalfOpenRangeAcrossBlocks() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, walk(1, 10_000));
        List<long[]> rows = drain(store.read(KEY, START.plusSeconds(60L * 4_000), START.plusSeconds(60L * 8_500), 777));
        assertEquals(4_500, rows.size());
        assertEquals(START.plusSeconds(60L * 4_000).getEpochSecond(), rows.get(0)[0]);
        assertEquals(START.plusSeconds(60L * 8_499).getEpochSecond(), rows.get(rows.size() - 1)[0]);
        assertTrue(drain(store.read(KEY, START.minusSeconds(600), START)).isEmpty());
        assertTrue(drain(store.read(new SeriesKey("sim", "ETH-USD", Resolution.M1), START, START.plusSeconds(600))).isEmpty());
    }

    @Test
    void keepsAbout20BytesPerMinuteCandle() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, walk(3, 100_000));
        double perCandle = store.payloadBytes() / 100_000.0;
        assertTrue(perCandle < 24, "bytes per candle: " + perCandle);
    }

    /** Random overlapping writes against a sorted map: upsert by open time, new values win. */
    @Test
    void upsertsLikeASortedMap() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 10; round++) {
            InMemoryCandleStore store = new InMemoryCandleStore();
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
                    drain(store.read(KEY, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 1 + random.nextInt(5_000))));
            assertEquals(reference.size(), store.describe(KEY).orElseThrow().count());
        }
    }

    @Test
    void aRejectedWriteLeavesTheSeriesUntouched() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, walk(5, 100));
        List<long[]> before = drain(store.read(KEY, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));

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

        assertRowsEqual(before, drain(store.read(KEY, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))));
    }

    @Test
    void oneCandleAppendsStayCompact() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        for (int i = 0; i < 1_000; i++) {
            CandleChunk one = new CandleChunk(SCALES, 1);
            one.add(new Candle(START.plusSeconds(60L * i), new BigDecimal("10.00"), new BigDecimal("10.50"),
                    new BigDecimal("9.50"), new BigDecimal("10.25"), new BigDecimal("1.5"), new BigDecimal("15.38")));
            store.write(KEY, new ChunkCursor(one));
        }
        assertEquals(1_000, store.describe(KEY).orElseThrow().count());
        assertTrue(store.payloadBytes() < 1_000 * 8, "bytes: " + store.payloadBytes());
    }

    @Test
    void listsSeriesInOrder() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        SeriesKey eth = new SeriesKey("sim", "ETH-USD", Resolution.H1);
        store.write(eth, new RandomWalkCandles(1, 10, Resolution.H1, START, new BigDecimal("2000")));
        store.write(KEY, walk(1, 10));
        List<StoredSeries> list = store.list();
        assertEquals(List.of(KEY, eth), List.of(list.get(0).key(), list.get(1).key()));
    }

    static RandomWalkCandles walk(long seed, long count) {
        return new RandomWalkCandles(seed, count, Resolution.M1, START, new BigDecimal("30000.00"), 3_000);
    }

    static List<long[]> drain(CandleCursor cursor) {
        List<long[]> rows = new ArrayList<>();
        try (cursor) {
            for (CandleChunk c = cursor.next(); c != null; c = cursor.next()) {
                for (int i = 0; i < c.size(); i++) {
                    rows.add(new long[] {c.openTime(i), c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i), c.quoteVolume(i)});
                }
            }
        }
        return rows;
    }

    private static void assertRowsEqual(List<long[]> expected, List<long[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }

    /** A cursor over one prepared chunk. */
    static final class ChunkCursor implements CandleCursor {
        private final CandleScales scales;
        private CandleChunk chunk;

        ChunkCursor(CandleChunk chunk) {
            this.chunk = chunk;
            this.scales = chunk.scales();
        }

        @Override
        public CandleScales scales() {
            return scales;
        }

        @Override
        public CandleChunk next() {
            CandleChunk result = chunk;
            chunk = null;
            return result;
        }
    }

}
