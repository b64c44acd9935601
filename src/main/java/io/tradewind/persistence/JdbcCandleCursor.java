package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.PackedCandleBlock;
import io.tradewind.marketdata.SeriesKey;
import java.sql.Connection;
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
    private final Deque<PackedCandleBlock> page = new ArrayDeque<>(CandleBlockRows.PAGE_BLOCKS);
    private long nextPageFrom;
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
        this.nextPageFrom = firstBlock;
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
                        nextPageFrom = to;
                        page.clear();
                    }
                    block = null;
                }
            }
        } catch (SQLException e) {
            close();
            throw JdbcCandleStore.failure("read " + key, e);
        }
        if (chunk.isEmpty()) {
            close();
            return null;
        }
        return chunk;
    }

    /** Whether a block with candles left to copy is current, fetching the next page when needed. */
    private boolean nextBlock() throws SQLException {
        if (block != null) {
            return true;
        }
        if (page.isEmpty() && nextPageFrom < to) {
            nextPageFrom = blocks.page(nextPageFrom, to, page);
        }
        block = page.pollFirst();
        if (block == null) {
            return false;
        }
        index = block.firstOpenTime() < from ? block.indexOf(from) : 0;
        if (index == block.size()) {
            block = null;
            return nextBlock();
        }
        return true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        page.clear();
        block = null;
        try (session) {
            blocks.close();
        } catch (SQLException e) {
            throw JdbcCandleStore.failure("close a read of " + key, e);
        }
    }
}
