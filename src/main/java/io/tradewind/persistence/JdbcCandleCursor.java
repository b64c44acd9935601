package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.PackedCandleBlock;
import io.tradewind.marketdata.SeriesKey;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one series' candles in {@code [from, to)} from a connection it owns, in a read-only
 * repeatable-read transaction so that every page sees the series as it was at the first query.
 * Holds at most one page of packed blocks and one chunk; gives the connection back when the
 * stream ends or on {@link #close()}.
 */
final class JdbcCandleCursor implements CandleCursor {

    private final SeriesKey key;
    private final JdbcSession session;
    private final CandleBlockRows blocks;
    private final CandleChunk chunk;
    private final long from;
    private final long to;
    private final Deque<PackedCandleBlock> page = new ArrayDeque<>(CandleBlockRows.ROW_PAGE);
    private long[] keys = new long[0];
    private int nextKey;
    private long nextKeysFrom;
    private PackedCandleBlock block;
    private int index;
    private boolean closed;

    /**
     * @param firstBlock first open time of the block holding {@code from}, or {@code from} when no
     *                   stored block starts at or before it
     */
    JdbcCandleCursor(SeriesKey key, JdbcSession session, CandleBlockRows blocks, CandleScales scales,
            int chunkSize, long from, long to, long firstBlock) {
        this.key = key;
        this.session = session;
        this.blocks = blocks;
        this.chunk = new CandleChunk(scales, chunkSize);
        this.from = from;
        this.to = to;
        this.nextKeysFrom = firstBlock;
    }

    @Override
    public CandleScales scales() {
        return chunk.scales();
    }

    @Override
    public CandleChunk next() {
        chunk.clear();
        if (closed) {
            return null;
        }
        try {
            while (!chunk.isFull() && nextBlock()) {
                int end = block.lastOpenTime() < to ? block.size() : block.indexOf(to);
                int count = Math.min(end - index, chunk.capacity() - chunk.size());
                block.copyTo(index, count, chunk);
                index += count;
                if (index == end) {
                    if (end < block.size()) {
                        // the range ends inside this block: nothing after it is wanted
                        nextKeysFrom = to;
                        nextKey = keys.length;
                        page.clear();
                    }
                    block = null;
                }
            }
        } catch (SQLException e) {
            StoreException failure = JdbcCandleStore.failure("read " + key, e);
            closeAfterFailure(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            closeAfterFailure(e);
            throw e;
        }
        if (chunk.isEmpty()) {
            close();
            return null;
        }
        return chunk;
    }

    /** Whether a block with candles left to copy is current, fetching the next blocks when needed. */
    private boolean nextBlock() throws SQLException {
        while (block == null) {
            if (page.isEmpty() && !fetchPage()) {
                return false;
            }
            block = page.pollFirst();
            index = block.firstOpenTime() < from ? block.indexOf(from) : 0;
            if (index == block.size()) {
                block = null;
            }
        }
        return true;
    }

    /** Fetches the next {@link CandleBlockRows#ROW_PAGE} blocks; {@code false} when none are left. */
    private boolean fetchPage() throws SQLException {
        if (nextKey == keys.length) {
            if (nextKeysFrom >= to) {
                return false;
            }
            keys = blocks.keys(nextKeysFrom, to);
            nextKey = 0;
            if (keys.length == 0) {
                nextKeysFrom = to;
                return false;
            }
            nextKeysFrom = keys[keys.length - 1] + 1;
        }
        int last = Math.min(nextKey + CandleBlockRows.ROW_PAGE, keys.length) - 1;
        blocks.blocks(keys[nextKey], keys[last], page);
        nextKey = last + 1;
        return !page.isEmpty();
    }

    /** Gives the connection back without hiding {@code failure} behind a failure to close. */
    private void closeAfterFailure(Throwable failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        page.clear();
        block = null;
        keys = new long[0];
        nextKey = 0;
        try (session) {
            blocks.close();
        } catch (SQLException e) {
            throw JdbcCandleStore.failure("close a read of " + key, e);
        }
    }
}
