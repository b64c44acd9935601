package io.tradewind.persistence;

import io.tradewind.marketdata.BlockBuilder;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.PackedCandleBlock;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.persistence.CandleBlockRows.BlockBounds;
import io.tradewind.persistence.CandleSeriesRows.SeriesRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * One {@link JdbcCandleStore#write} inside the caller's transaction. The new candles are merged
 * with the stored ones in open-time order: each stored block the new candles reach is read,
 * deleted and its candles re-packed with the new ones (a new candle replaces a stored one with
 * the same open time); stored blocks wholly before or after the new candles stay as they are.
 * Memory holds one stored block, one block being packed and a few packed blocks waiting for
 * their batched insert, whatever the number of candles.
 */
final class CandleSeriesWrite {

    private CandleSeriesWrite() {
    }

    /** @return how many new candles were written */
    static long run(Connection c, SeriesKey key, CandleCursor source) throws SQLException {
        CandleScales scales = source.scales();
        SeriesRow row = CandleSeriesRows.findForUpdate(c, key);
        if (row == null) {
            SeriesKey otherwise = CandleSeriesRows.marketSpelledOtherwise(c, key);
            if (otherwise != null) {
                throw SeriesKey.spelledOtherwise(otherwise, key);
            }
        }
        if (row != null && !row.stored().scales().equals(scales)) {
            throw new IllegalArgumentException(key + " is stored with " + row.stored().scales().describe()
                    + "; this write has " + scales.describe());
        }
        CandleChunk first = source.next();
        if (first == null) {
            return 0;
        }
        long firstNew = first.openTime(0);
        long seriesId = row != null ? row.id() : CandleSeriesRows.insert(c, key, scales, firstNew);
        try (CandleBlockRows blocks = new CandleBlockRows(c, seriesId)) {
            InsertingSink sink = new InsertingSink(blocks);
            BlockBuilder builder = new BlockBuilder(key.resolution(), scales, sink);
            StoredCandles stored = new StoredCandles(blocks, scales, mergeStart(blocks, firstNew));
            long written = 0;
            try {
                for (CandleChunk chunk = first; chunk != null; chunk = source.next()) {
                    if (!chunk.scales().equals(scales)) {
                        throw new IllegalArgumentException("a chunk changed scales mid-write: " + chunk.scales()
                                + " instead of " + scales);
                    }
                    for (int i = 0; i < chunk.size(); i++) {
                        stored.addBefore(chunk.openTime(i), builder);
                        builder.add(chunk, i);
                        written++;
                    }
                }
                stored.addRestOfLoadedBlock(builder);
                builder.finish();
            } catch (InsertFailure e) {
                throw e.getCause();
            }
            blocks.flush();
            long count = builder.count() - stored.removed() + (row == null ? 0 : row.stored().count());
            long firstTime = row == null ? sink.first : Math.min(row.first(), sink.first);
            long lastTime = row == null ? sink.last : Math.max(row.last(), sink.last);
            CandleSeriesRows.update(c, seriesId, firstTime, lastTime, count);
            return written;
        }
    }

    /**
     * Where merging starts: the stored block that holds or precedes the first new candle if it
     * overlaps it or is short (so one-candle appends do not leave a trail of tiny blocks), else
     * the first block after it.
     */
    private static long mergeStart(CandleBlockRows blocks, long firstNew) throws SQLException {
        BlockBounds before = blocks.lastStartingAtOrBefore(firstNew);
        if (before != null && (before.last() >= firstNew || before.count() < BlockBuilder.BLOCK_SIZE)) {
            return before.first();
        }
        return firstNew;
    }

    /**
     * Stored candles from the merge start on, taken out of the table one block at a time. The
     * keys of the blocks still to take can be listed ahead: blocks inserted meanwhile all start
     * before the block taken last, so they are never among them.
     */
    private static final class StoredCandles {
        private final CandleBlockRows blocks;
        private final CandleChunk loaded;
        private final Deque<PackedCandleBlock> scratch = new ArrayDeque<>(1);
        private long[] keys = new long[0];
        private int nextKey;
        private long nextFrom;
        private int index;
        private boolean exhausted;
        private long removed;

        StoredCandles(CandleBlockRows blocks, CandleScales scales, long from) {
            this.blocks = blocks;
            this.loaded = new CandleChunk(scales, BlockBuilder.BLOCK_SIZE);
            this.nextFrom = from;
        }

        /** Whether a stored candle is at {@code index}, loading the next block when needed. */
        private boolean hasCurrent() throws SQLException {
            if (index < loaded.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            if (nextKey == keys.length) {
                keys = blocks.keys(nextFrom, Long.MAX_VALUE);
                nextKey = 0;
                if (keys.length == 0) {
                    exhausted = true;
                    return false;
                }
            }
            PackedCandleBlock block = blocks.take(keys[nextKey++], scratch);
            loaded.clear();
            index = 0;
            block.copyTo(0, block.size(), loaded);
            removed += block.size();
            nextFrom = block.lastOpenTime() + 1;
            return true;
        }

        /** Adds stored candles that open before {@code time}, dropping one that opens exactly then. */
        void addBefore(long time, BlockBuilder builder) throws SQLException {
            while (hasCurrent() && loaded.openTime(index) <= time) {
                if (loaded.openTime(index) < time) {
                    builder.add(loaded, index);
                }
                index++;
            }
        }

        /** Re-adds what is left of the block taken out; the blocks after it were never touched. */
        void addRestOfLoadedBlock(BlockBuilder builder) {
            while (index < loaded.size()) {
                builder.add(loaded, index++);
            }
        }

        long removed() {
            return removed;
        }
    }

    /** Inserts each packed block and remembers the range they cover. */
    private static final class InsertingSink implements Consumer<PackedCandleBlock> {
        private final CandleBlockRows blocks;
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;

        InsertingSink(CandleBlockRows blocks) {
            this.blocks = blocks;
        }

        @Override
        public void accept(PackedCandleBlock block) {
            first = Math.min(first, block.firstOpenTime());
            last = Math.max(last, block.lastOpenTime());
            try {
                blocks.insert(block);
            } catch (SQLException e) {
                throw new InsertFailure(e);
            }
        }
    }

    /** Carries an insert's SQLException through the block builder's sink. */
    private static final class InsertFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsertFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
