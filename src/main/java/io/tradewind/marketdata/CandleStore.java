package io.tradewind.marketdata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where candles are kept, one series per venue + symbol + resolution, each candle unique by open
 * time. Implementations: {@link InMemoryCandleStore}, and the database one in
 * {@code io.tradewind.persistence.JdbcCandleStore}, which keeps each series as rows of packed
 * blocks, makes {@link #write} one transaction that rewrites the blocks it overlaps, and reads
 * block by block.
 */
public interface CandleStore {

    /**
     * Stores every candle of {@code source} under {@code key}, replacing stored candles that have
     * the same open time. All or nothing: when this throws, the store is as it was before the call.
     * The source's open times must be ascending and aligned to the key's resolution. The first
     * write of a series fixes its scales; later writes must use the same scales.
     *
     * @return how many candles were written (inserted or replaced)
     * @throws IllegalArgumentException when the source breaks the rules above (nothing written)
     */
    long write(SeriesKey key, CandleCursor source);

    /**
     * The candles of {@code key} with {@code from <= openTime < to}, ascending, in chunks of up to
     * {@code chunkSize}. An unknown series gives an empty cursor. The cursor sees the series as it
     * was when this method was called.
     */
    CandleCursor read(SeriesKey key, Instant from, Instant to, int chunkSize);

    /** {@link #read(SeriesKey, Instant, Instant, int)} with {@link CandleChunk#DEFAULT_CAPACITY}. */
    default CandleCursor read(SeriesKey key, Instant from, Instant to) {
        return read(key, from, to, CandleChunk.DEFAULT_CAPACITY);
    }

    /** The open time of the first candle of {@code key} with {@code from <= openTime < to}, if any. */
    default Optional<Instant> firstOpenTime(SeriesKey key, Instant from, Instant to) {
        try (CandleCursor cursor = read(key, from, to, 1)) {
            CandleChunk first = cursor.next();
            return first == null || first.size() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(first.openTime(0)));
        }
    }

    /** Every stored series with its count and range, ordered by venue, symbol, resolution. */
    List<StoredSeries> list();

    /** The stored range of one series, or empty when nothing is stored under {@code key}. */
    Optional<StoredSeries> describe(SeriesKey key);

    /**
     * Removes the series {@code key} with all its candles, all or nothing; cursors already open on
     * it keep reading what they saw.
     *
     * @return what was stored under {@code key}, or empty when nothing was (nothing changed)
     */
    Optional<StoredSeries> delete(SeriesKey key);
}
