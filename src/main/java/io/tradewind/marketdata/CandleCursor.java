package io.tradewind.marketdata;

/**
 * A forward-only stream of candles handed out chunk by chunk, so any number of candles passes
 * through bounded memory. Typical use:
 *
 * <pre>{@code
 * try (CandleCursor cursor = store.read(key, from, to)) {
 *     for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
 *         for (int i = 0; i < chunk.size(); i++) { ... chunk.close(i) ... }
 *     }
 * }
 * }</pre>
 */
public interface CandleCursor extends AutoCloseable {

    /** Scales of every chunk this cursor returns. */
    CandleScales scales();

    /**
     * The next non-empty chunk in ascending open-time order, or {@code null} when the stream is
     * exhausted. The chunk belongs to the cursor and is overwritten by the following call: copy
     * what must outlive it.
     *
     * @throws IllegalArgumentException or {@link java.io.UncheckedIOException} when the source
     *                                  cannot produce further candles
     */
    CandleChunk next();

    /** Releases the source (file, result set); the default has nothing to release. */
    @Override
    default void close() {
    }
}
