package io.tradewind.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CandleStore} in the heap, for backtests, tests and benchmarks. Each series is an
 * immutable list of packed blocks (14–18 bytes a random-walk minute candle instead of 56 raw): a write
 * builds the new list aside and swaps it in, which makes writes all-or-nothing and lets open
 * cursors keep reading the snapshot they started on. Appending after the last stored candle
 * reuses the existing blocks; a write that overlaps stored candles rebuilds the series from the
 * overlap on.
 */
public final class InMemoryCandleStore implements CandleStore {

    private final Map<SeriesKey, Series> series = new ConcurrentHashMap<>();
    private final Map<SeriesKey, Object> writeLocks = new ConcurrentHashMap<>();

    private record Series(CandleScales scales, List<PackedCandleBlock> blocks, long count) {

        long first() {
            return blocks.get(0).firstOpenTime();
        }

        long last() {
            return blocks.get(blocks.size() - 1).lastOpenTime();
        }

        /** Index of the first block whose last open time is {@code >= time}. */
        int blockContaining(long time) {
            int lo = 0;
            int hi = blocks.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (blocks.get(mid).lastOpenTime() < time) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    @Override
    public long write(SeriesKey key, CandleCursor source) {
        // writes to one series are serialised so two writers cannot both build on the same snapshot
        synchronized (lockFor(key)) {
            Series old = series.get(key);
            if (old == null) {
                for (SeriesKey stored : series.keySet()) {
                    if (stored.sameMarketButForCase(key)) {
                        throw SeriesKey.spelledOtherwise(stored, key);
                    }
                }
            }
            CandleScales scales = source.scales();
            if (old != null && !old.scales().equals(scales)) {
                throw new IllegalArgumentException(key + " is stored with " + old.scales().describe()
                        + "; this write has " + scales.describe());
            }
            CandleChunk first = source.next();
            if (first == null) {
                return 0;
            }
            List<PackedCandleBlock> blocks = new ArrayList<>();
            BlockBuilder builder = new BlockBuilder(key.resolution(), scales, blocks::add);
            OldCandles remaining = keepBlocksBefore(old, scales, first.openTime(0), builder);
            long written = 0;
            for (CandleChunk chunk = first; chunk != null; chunk = source.next()) {
                requireScales(chunk, scales);
                for (int i = 0; i < chunk.size(); i++) {
                    remaining.addBefore(chunk.openTime(i), builder);
                    builder.add(chunk, i);
                    written++;
                }
            }
            remaining.addRest(builder);
            builder.finish();
            series.put(key, new Series(scales, List.copyOf(blocks), builder.count()));
            return written;
        }
    }

    private Object lockFor(SeriesKey key) {
        return writeLocks.computeIfAbsent(key, k -> new Object());
    }

    private static void requireScales(CandleChunk chunk, CandleScales scales) {
        if (!chunk.scales().equals(scales)) {
            throw new IllegalArgumentException("a chunk changed scales mid-write: " + chunk.scales()
                    + " instead of " + scales);
        }
    }


    /**
     * Hands the builder every old block that ends before {@code firstNewTime} unchanged (the last
     * of them is unpacked instead when it is short, so one-candle appends do not leave a trail of
     * tiny blocks) and returns the old candles still to be merged.
     */
    private static OldCandles keepBlocksBefore(Series old, CandleScales scales, long firstNewTime,
            BlockBuilder builder) {
        if (old == null) {
            return new OldCandles(List.of(), 0, scales);
        }
        int firstOverlapping = old.blockContaining(firstNewTime);
        int kept = firstOverlapping;
        if (kept > 0 && old.blocks().get(kept - 1).size() < BlockBuilder.BLOCK_SIZE) {
            kept--;
        }
        for (int b = 0; b < kept; b++) {
            builder.addBlock(old.blocks().get(b));
        }
        return new OldCandles(old.blocks(), kept, scales);
    }

    /** A read position in the old series during a merge; new candles win on equal open times. */
    private static final class OldCandles {
        private final List<PackedCandleBlock> blocks;
        private int block;
        private final CandleChunk decoded;
        private int index;

        OldCandles(List<PackedCandleBlock> blocks, int block, CandleScales scales) {
            this.blocks = blocks;
            this.block = block;
            this.decoded = block < blocks.size() ? new CandleChunk(scales, BlockBuilder.BLOCK_SIZE) : null;
            load();
        }

        private void load() {
            if (decoded == null) {
                return;
            }
            decoded.clear();
            index = 0;
            if (block < blocks.size()) {
                PackedCandleBlock b = blocks.get(block);
                b.copyTo(0, b.size(), decoded);
            }
        }

        private boolean hasCurrent() {
            return decoded != null && index < decoded.size();
        }

        private void advance() {
            index++;
            if (index == decoded.size()) {
                block++;
                load();
            }
        }

        /** Adds old candles that open before {@code time}, dropping one that opens exactly then. */
        void addBefore(long time, BlockBuilder builder) {
            while (hasCurrent() && decoded.openTime(index) <= time) {
                if (decoded.openTime(index) < time) {
                    builder.add(decoded, index);
                }
                advance();
            }
        }

        void addRest(BlockBuilder builder) {
            while (hasCurrent()) {
                builder.add(decoded, index);
                advance();
            }
        }
    }

    @Override
    public CandleCursor read(SeriesKey key, Instant from, Instant to, int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, was " + chunkSize);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range end " + to + " is before its start " + from);
        }
        Series snapshot = series.get(key);
        if (snapshot == null) {
            return new EmptyCursor(new CandleScales(0, 0, 0));
        }
        return new BlockCursor(snapshot.blocks(), snapshot.scales(), from.getEpochSecond(),
                to.getEpochSecond(), chunkSize, snapshot.blockContaining(from.getEpochSecond()));
    }

    private static final class BlockCursor implements CandleCursor {
        private final List<PackedCandleBlock> blocks;
        private final CandleChunk chunk;
        private final long to;
        private int block;
        private int index;

        BlockCursor(List<PackedCandleBlock> blocks, CandleScales scales, long from, long to, int chunkSize,
                int firstBlock) {
            this.blocks = blocks;
            this.chunk = new CandleChunk(scales, chunkSize);
            this.to = to;
            this.block = firstBlock;
            this.index = firstBlock < blocks.size() ? blocks.get(firstBlock).indexOf(from) : 0;
        }

        @Override
        public CandleScales scales() {
            return chunk.scales();
        }

        @Override
        public CandleChunk next() {
            chunk.clear();
            while (!chunk.isFull() && block < blocks.size()) {
                PackedCandleBlock b = blocks.get(block);
                if (b.firstOpenTime() >= to) {
                    block = blocks.size();
                    break;
                }
                int end = b.lastOpenTime() < to ? b.size() : b.indexOf(to);
                int count = Math.min(end - index, chunk.capacity() - chunk.size());
                b.copyTo(index, count, chunk);
                index += count;
                if (index == end) {
                    block = end == b.size() ? block + 1 : blocks.size();
                    index = 0;
                }
            }
            return chunk.isEmpty() ? null : chunk;
        }
    }

    private record EmptyCursor(CandleScales scales) implements CandleCursor {
        @Override
        public CandleChunk next() {
            return null;
        }
    }

    @Override
    public List<StoredSeries> list() {
        List<StoredSeries> result = new ArrayList<>();
        series.forEach((key, s) -> result.add(describe(key, s)));
        result.sort(Comparator.comparing((StoredSeries s) -> s.key().venue())
                .thenComparing(s -> s.key().symbol())
                .thenComparing(s -> s.key().resolution()));
        return result;
    }

    @Override
    public Optional<StoredSeries> describe(SeriesKey key) {
        Series s = series.get(key);
        return s == null ? Optional.empty() : Optional.of(describe(key, s));
    }

    @Override
    public Optional<StoredSeries> delete(SeriesKey key) {
        synchronized (lockFor(key)) {
            Series removed = series.remove(key);
            return removed == null ? Optional.empty() : Optional.of(describe(key, removed));
        }
    }

    private static StoredSeries describe(SeriesKey key, Series s) {
        return new StoredSeries(key, s.scales(), s.count(), Instant.ofEpochSecond(s.first()),
                Instant.ofEpochSecond(s.last()));
    }

    /** Heap bytes the packed candle values take, summed over all series (excludes object headers). */
    public long payloadBytes() {
        long total = 0;
        for (Series s : series.values()) {
            for (PackedCandleBlock b : s.blocks()) {
                total += b.payloadBytes();
            }
        }
        return total;
    }
}
