package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomWalkCandlesTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:30Z");

    @Test
    void aBadStartPriceIsShownWithoutExponent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RandomWalkCandles(1, 1, Resolution.M1, START, new BigDecimal("0E-10")));
        assertEquals("start price must be greater than zero, was 0.0000000000", e.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameCandlesWhateverTheChunkSize() {
        List<long[]> a = InMemoryCandleStoreTest.drain(new RandomWalkCandles(9, 5_000, Resolution.M5, START, new BigDecimal("100.00"), 64));
        List<long[]> b = InMemoryCandleStoreTest.drain(new RandomWalkCandles(9, 5_000, Resolution.M5, START, new BigDecimal("100.00"), 4_999));
        assertEquals(5_000, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(List.of(a.get(i)[0], a.get(i)[4], a.get(i)[5]), List.of(b.get(i)[0], b.get(i)[4], b.get(i)[5]));
        }
        List<long[]> other = InMemoryCandleStoreTest.drain(new RandomWalkCandles(10, 5_000, Resolution.M5, START, new BigDecimal("100.00"), 64));
        assertNotEquals(a.get(4_999)[4], other.get(4_999)[4]);
    }

    /** Close × volume of a rial price overflowed a long: data generate failed with an internal error. */
    @Test
    void rialMagnitudesAreGeneratedAndTooLargeAStartIsRefused() {
        List<long[]> rows = InMemoryCandleStoreTest.drain(new RandomWalkCandles(7, 1_000, Resolution.M1, START,
                new BigDecimal("120000000000")));
        assertEquals(1_000, rows.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RandomWalkCandles(1, 1, Resolution.M1, START, new BigDecimal("20000000000000")));
        assertEquals("start price must be at most 10000000000000, was 20000000000000", e.getMessage());
    }

    /** Pins the sequence: a change here changes every stored benchmark and demo. */
    @Test
    void theSequenceIsStableAcrossJdks() {
        long[] first = InMemoryCandleStoreTest.drain(new RandomWalkCandles(1, 1, Resolution.M1, START, new BigDecimal("30000"))).get(0);
        List<long[]> walk = InMemoryCandleStoreTest.drain(new RandomWalkCandles(1, 1_000, Resolution.M1, START, new BigDecimal("30000")));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(), first[0]);
        assertEquals(3_000_000, first[1]);
        assertEquals(3_118_680, walk.get(999)[4]);
    }

    /**
     * A rial market traded with tick_size 1: every price on the grid of whole rials, each candle's
     * wicks around its body; the default tick gives the candles it always gave.
     */
    @Test
    void pricesFollowTheTickAndTheDefaultTickChangesNothing() {
        List<long[]> rial = InMemoryCandleStoreTest.drain(new RandomWalkCandles(3, 5_000, Resolution.M1, START,
                new BigDecimal("100000000000"), BigDecimal.ONE, 1_000));
        for (long[] row : rial) {
            for (int price = 1; price <= 4; price++) {
                assertEquals(0, row[price] % 100, "prices in cents on the whole-rial grid: " + row[price]);
            }
            assertTrue(row[2] >= Math.max(row[1], row[4]) && row[3] <= Math.min(row[1], row[4]));
        }
        List<long[]> byDefault = InMemoryCandleStoreTest.drain(new RandomWalkCandles(1, 1_000, Resolution.M1, START,
                new BigDecimal("30000")));
        List<long[]> cent = InMemoryCandleStoreTest.drain(new RandomWalkCandles(1, 1_000, Resolution.M1, START,
                new BigDecimal("30000"), RandomWalkCandles.CENT, 64));
        for (int i = 0; i < byDefault.size(); i++) {
            assertEquals(List.of(byDefault.get(i)[1], byDefault.get(i)[2], byDefault.get(i)[3], byDefault.get(i)[4]),
                    List.of(cent.get(i)[1], cent.get(i)[2], cent.get(i)[3], cent.get(i)[4]));
        }
        assertEquals("start price 1000.5 is not a multiple of the tick 1", assertThrows(IllegalArgumentException.class,
                () -> new RandomWalkCandles(1, 1, Resolution.M1, START, new BigDecimal("1000.5"), BigDecimal.ONE, 64))
                .getMessage());
    }

    @Test
    void candlesAreGaplessAlignedAndConsistent() {
        List<long[]> rows = InMemoryCandleStoreTest.drain(new RandomWalkCandles(3, 50_000, Resolution.M1, START, new BigDecimal("5.00")));
        long previousClose = 500;
        for (int i = 0; i < rows.size(); i++) {
            long[] r = rows.get(i);
            assertEquals(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() + 60L * i, r[0]);
            assertEquals(previousClose, r[1]);
            assertTrue(r[3] > 0 && r[3] <= Math.min(r[1], r[4]) && r[2] >= Math.max(r[1], r[4]), () -> "candle " + r[0]);
            assertTrue(r[5] >= 1 && r[5] <= 1_000_000);
            previousClose = r[4];
        }
    }
}
