package io.tradewind.persistence;

import io.tradewind.marketdata.PackedCandleBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Deque;

/**
 * SQL on {@code candle_block} for one series: the packed blocks keyed by their first open time.
 * Blocks are found in two steps, keys first (a query that reads only the primary key index) and
 * then the rows of known keys, because H2 answers {@code ORDER BY first_open_time FETCH FIRST n}
 * by reading and sorting every row after the start: with the packed column that is the whole
 * rest of the series, for each page.
 */
final class CandleBlockRows implements AutoCloseable {

    /** Blocks one row query returns: about half a megabyte of random-walk minutes. */
    static final int ROW_PAGE = 8;
    /** Keys one key query returns. */
    static final int KEY_PAGE = 256;
    private static final int INSERT_BATCH = 8;

    /** Where a stored block starts and ends, and how many candles it has. */
    record BlockBounds(long first, long last, int count) {
    }

    private final long seriesId;
    private final PreparedStatement keys;
    private final PreparedStatement lastKeyAtOrBefore;
    private final PreparedStatement bounds;
    private final PreparedStatement rows;
    private final PreparedStatement delete;
    private final PreparedStatement insert;
    private int pendingInserts;

    CandleBlockRows(Connection c, long seriesId) throws SQLException {
        this.seriesId = seriesId;
        keys = c.prepareStatement("SELECT first_open_time FROM candle_block WHERE series_id = ?"
                + " AND first_open_time >= ? AND first_open_time < ? ORDER BY first_open_time"
                + " FETCH FIRST " + KEY_PAGE + " ROWS ONLY");
        lastKeyAtOrBefore = c.prepareStatement("SELECT first_open_time FROM candle_block WHERE series_id = ?"
                + " AND first_open_time <= ? ORDER BY first_open_time DESC FETCH FIRST 1 ROWS ONLY");
        bounds = c.prepareStatement("SELECT last_open_time, candle_count FROM candle_block"
                + " WHERE series_id = ? AND first_open_time = ?");
        rows = c.prepareStatement("SELECT first_open_time, packed FROM candle_block WHERE series_id = ?"
                + " AND first_open_time >= ? AND first_open_time <= ? ORDER BY first_open_time");
        delete = c.prepareStatement("DELETE FROM candle_block WHERE series_id = ? AND first_open_time = ?");
        insert = c.prepareStatement("INSERT INTO candle_block (series_id, first_open_time, last_open_time,"
                + " candle_count, packed) VALUES (?, ?, ?, ?, ?)");
    }

    /** The last block that starts at or before {@code time}, or {@code null}. */
    BlockBounds lastStartingAtOrBefore(long time) throws SQLException {
        lastKeyAtOrBefore.setLong(1, seriesId);
        lastKeyAtOrBefore.setLong(2, time);
        long first;
        try (ResultSet rs = lastKeyAtOrBefore.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            first = rs.getLong(1);
        }
        bounds.setLong(1, seriesId);
        bounds.setLong(2, first);
        try (ResultSet rs = bounds.executeQuery()) {
            rs.next();
            return new BlockBounds(first, rs.getLong(1), rs.getInt(2));
        }
    }

    /** First open times of up to {@link #KEY_PAGE} blocks that start in {@code [from, to)}, ascending. */
    long[] keys(long from, long to) throws SQLException {
        keys.setLong(1, seriesId);
        keys.setLong(2, from);
        keys.setLong(3, to);
        long[] found = new long[KEY_PAGE];
        int count = 0;
        try (ResultSet rs = keys.executeQuery()) {
            while (rs.next()) {
                found[count++] = rs.getLong(1);
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Appends the blocks that start in {@code [firstKey, lastKey]} to {@code into}, ascending. */
    void blocks(long firstKey, long lastKey, Deque<PackedCandleBlock> into) throws SQLException {
        rows.setLong(1, seriesId);
        rows.setLong(2, firstKey);
        rows.setLong(3, lastKey);
        try (ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                into.add(decode(rs.getLong(1), rs.getBytes(2)));
            }
        }
    }

    /** The block that starts at {@code key}, removed from the table. */
    PackedCandleBlock take(long key, Deque<PackedCandleBlock> scratch) throws SQLException {
        blocks(key, key, scratch);
        PackedCandleBlock block = scratch.pollFirst();
        if (block == null) {
            throw new SQLException("the candle block starting at epoch second " + key + " vanished during a write");
        }
        delete.setLong(1, seriesId);
        delete.setLong(2, key);
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
        try (keys; lastKeyAtOrBefore; bounds; rows; delete) {
            insert.close();
        }
    }
}
