package io.tradewind.persistence;

import io.tradewind.marketdata.PackedCandleBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Deque;

/**
 * SQL on {@code candle_block} for one series: the packed blocks keyed by their first open time.
 * Reads page by key ({@code first_open_time >= ?}, a few blocks a query) instead of holding one
 * result set open, because H2 materialises a whole result before returning its first row.
 */
final class CandleBlockRows implements AutoCloseable {

    /** Blocks a page query returns: about half a megabyte of random-walk minutes. */
    static final int PAGE_BLOCKS = 8;
    private static final int INSERT_BATCH = 8;

    /** Where a stored block starts and ends, and how many candles it has. */
    record BlockBounds(long first, long last, int count) {
    }

    private final long seriesId;
    private final PreparedStatement page;
    private final PreparedStatement firstFrom;
    private final PreparedStatement bounds;
    private final PreparedStatement delete;
    private final PreparedStatement insert;
    private int pendingInserts;

    CandleBlockRows(Connection c, long seriesId) throws SQLException {
        this.seriesId = seriesId;
        page = c.prepareStatement("SELECT first_open_time, packed FROM candle_block WHERE series_id = ?"
                + " AND first_open_time >= ? AND first_open_time < ? ORDER BY first_open_time"
                + " FETCH FIRST " + PAGE_BLOCKS + " ROWS ONLY");
        firstFrom = c.prepareStatement("SELECT first_open_time, packed FROM candle_block WHERE series_id = ?"
                + " AND first_open_time >= ? ORDER BY first_open_time FETCH FIRST 1 ROWS ONLY");
        bounds = c.prepareStatement("SELECT first_open_time, last_open_time, candle_count FROM candle_block"
                + " WHERE series_id = ? AND first_open_time <= ? ORDER BY first_open_time DESC FETCH FIRST 1 ROWS ONLY");
        delete = c.prepareStatement("DELETE FROM candle_block WHERE series_id = ? AND first_open_time = ?");
        insert = c.prepareStatement("INSERT INTO candle_block (series_id, first_open_time, last_open_time,"
                + " candle_count, packed) VALUES (?, ?, ?, ?, ?)");
    }

    /** The last block that starts at or before {@code time}, or {@code null}. */
    BlockBounds lastStartingAtOrBefore(long time) throws SQLException {
        bounds.setLong(1, seriesId);
        bounds.setLong(2, time);
        try (ResultSet rs = bounds.executeQuery()) {
            return rs.next() ? new BlockBounds(rs.getLong(1), rs.getLong(2), rs.getInt(3)) : null;
        }
    }

    /**
     * Appends to {@code into} up to {@link #PAGE_BLOCKS} blocks that start in {@code [from, to)},
     * ascending, and returns the first open time after the last one returned ({@code to} when none).
     */
    long page(long from, long to, Deque<PackedCandleBlock> into) throws SQLException {
        page.setLong(1, seriesId);
        page.setLong(2, from);
        page.setLong(3, to);
        long next = to;
        int rows = 0;
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                into.add(decode(rs.getLong(1), rs.getBytes(2)));
                next = rs.getLong(1) + 1;
                rows++;
            }
        }
        return rows < PAGE_BLOCKS ? to : next;
    }

    /** The one block that starts at or after {@code from}, removed from the table; {@code null} if none. */
    PackedCandleBlock take(long from) throws SQLException {
        firstFrom.setLong(1, seriesId);
        firstFrom.setLong(2, from);
        PackedCandleBlock block;
        try (ResultSet rs = firstFrom.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            block = decode(rs.getLong(1), rs.getBytes(2));
        }
        delete.setLong(1, seriesId);
        delete.setLong(2, block.firstOpenTime());
        delete.executeUpdate();
        return block;
    }

    void insert(PackedCandleBlock block) throws SQLException {
        insert.setLong(1, seriesId);
        insert.setLong(2, block.firstOpenTime());
        insert.setLong(3, block.lastOpenTime());
        insert.setInt(4, block.size());
        insert.setBytes(5, block.toBytes());
        insert.addBatch();
        if (++pendingInserts == INSERT_BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    private static PackedCandleBlock decode(long first, byte[] packed) throws SQLException {
        try {
            return PackedCandleBlock.fromBytes(packed);
        } catch (IllegalArgumentException e) {
            throw new SQLException("the stored candle block starting at epoch second " + first
                    + " is damaged: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (page; firstFrom; bounds; delete) {
            insert.close();
        }
    }
}
