package io.tradewind.marketdata;

import java.time.Instant;

/**
 * A long read of stored candles that holds nothing of the store open between chunks: each
 * {@link #next()} reads one chunk through a cursor of its own, closed before it returns, and the
 * next read starts after that chunk's last candle. For a replay that plays its candles for hours:
 * a store cursor held that long keeps its read transaction open, and the database keeps every
 * version written since for it (H2: the store file grew 18 MB a minute, the heap with it, and every
 * write of the service slowed, until the replay ended).
 *
 * <p>Unlike a store cursor it does not see the series as it was when it started: a chunk read
 * later sees candles imported meanwhile.
 */
public final class ChunkByChunkCursor implements CandleCursor {

    private final CandleStore store;
    private final SeriesKey key;
    private final Instant to;
    private final int chunkSize;
    private final CandleScales scales;
    private Instant next;

    public ChunkByChunkCursor(CandleStore store, SeriesKey key, Instant from, Instant to, int chunkSize) {
        this.store = store;
        this.key = key;
        this.to = to;
        this.chunkSize = chunkSize;
        this.next = from;
        try (CandleCursor first = store.read(key, from, to, chunkSize)) {
            this.scales = first.scales();
        }
    }

    @Override
    public CandleScales scales() {
        return scales;
    }

    /** The chunk of a store cursor closed already: nothing else writes into it, so it is handed on as it is. */
    @Override
    public CandleChunk next() {
        if (!next.isBefore(to)) {
            return null;
        }
        try (CandleCursor read = store.read(key, next, to, chunkSize)) {
            CandleChunk got = read.next();
            if (got == null) {
                next = to;
                return null;
            }
            if (!got.scales().equals(scales)) {
                throw new IllegalArgumentException(key + " was stored again at other scales while it was read ("
                        + got.scales() + ", not " + scales + "); start the read again");
            }
            next = Instant.ofEpochSecond(got.openTime(got.size() - 1) + 1);
            return got;
        }
    }
}
