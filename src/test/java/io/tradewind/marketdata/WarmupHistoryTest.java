package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarmupHistoryTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final InMemoryCandleStore store = new InMemoryCandleStore();

    /** A window of 5 minutes before 01:42 holds 2 candles here; the warm-up needs the 5 stored before it. */
    @Test
    void theWarmUpStartsAtTheNthStoredCandleBeforeFromAcrossAGap() {
        StoredSeries stored = store(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102, 103, 104);

        assertEquals(minute(7), WarmupHistory.start(store, stored, minute(102), 5, MINUTE));
        assertEquals(minute(101), WarmupHistory.start(store, stored, minute(102), 1, MINUTE));
        assertEquals(minute(0), WarmupHistory.start(store, stored, minute(102), 50, MINUTE), "fewer stored: from the first");
        assertEquals(minute(102), WarmupHistory.start(store, stored, minute(102), 0, MINUTE), "no warm-up: from itself");
        assertEquals(minute(0), WarmupHistory.start(store, stored, minute(0), 5, MINUTE), "nothing before the first");
    }

    private StoredSeries store(int... minutes) {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), minutes.length);
        BigDecimal price = new BigDecimal("100");
        for (int minute : minutes) {
            chunk.add(new Candle(minute(minute), price, price, price, price, BigDecimal.ONE, price));
        }
        store.write(KEY, new ChunkCursor(chunk));
        return store.describe(KEY).orElseThrow();
    }

    private static Instant minute(int minute) {
        return START.plus(MINUTE.multipliedBy(minute));
    }
}
