package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A replay held one store cursor, and with it a read transaction, open for hours: H2 kept every
 * version written meanwhile for it. This cursor reads each chunk through a cursor of its own.
 */
class ChunkByChunkCursorTest {

    private static final SeriesKey KEY = CandleStoreContractTest.KEY;

    @Test
    void everyCandleComesOnceInOrderAndNoStoreCursorStaysOpenBetweenChunks() {
        InMemoryCandleStore candles = new InMemoryCandleStore();
        candles.write(KEY, CandleStoreContractTest.walk(5, 1_000));
        CountingStore store = new CountingStore(candles);
        Instant from = CandleStoreContractTest.START.plusSeconds(60 * 7);
        Instant to = CandleStoreContractTest.START.plusSeconds(60 * 990);

        List<long[]> direct = CandleStoreContractTest.drain(candles.read(KEY, from, to, 64));
        ChunkByChunkCursor cursor = new ChunkByChunkCursor(store, KEY, from, to, 64);
        List<long[]> chunked = new java.util.ArrayList<>();
        for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
            assertEquals(0, store.open, "a store cursor left open between chunks");
            CandleStoreContractTest.addRows(chunk, chunked);
        }

        assertEquals(983, direct.size());
        assertEquals(direct.size(), chunked.size());
        for (int i = 0; i < direct.size(); i++) {
            assertArrayEquals(direct.get(i), chunked.get(i), "candle " + i);
        }
        assertEquals(0, store.open);
    }

    /** A store that counts its cursors still open. */
    private static final class CountingStore implements CandleStore {
        private final CandleStore delegate;
        int open;

        CountingStore(CandleStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public long write(SeriesKey key, CandleCursor source) {
            return delegate.write(key, source);
        }

        @Override
        public CandleCursor read(SeriesKey key, Instant from, Instant to, int chunkSize) {
            CandleCursor cursor = delegate.read(key, from, to, chunkSize);
            open++;
            return new CandleCursor() {
                @Override
                public CandleScales scales() {
                    return cursor.scales();
                }

                @Override
                public CandleChunk next() {
                    return cursor.next();
                }

                @Override
                public void close() {
                    open--;
                    cursor.close();
                }
            };
        }

        @Override
        public List<StoredSeries> list() {
            return delegate.list();
        }

        @Override
        public Optional<StoredSeries> describe(SeriesKey key) {
            return delegate.describe(key);
        }

        @Override
        public Optional<StoredSeries> delete(SeriesKey key) {
            return delegate.delete(key);
        }
    }
}
