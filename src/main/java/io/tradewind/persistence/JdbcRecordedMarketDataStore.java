package io.tradewind.persistence;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Side;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PackedDepth;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.marketdata.RecordedTrade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link RecordedMarketDataStore} in a SQL database over plain JDBC (tables of
 * {@code V6__recorded_market_data.sql}): each call is one transaction. Duplicates are found by
 * reading before writing, which is enough because one recorder writes a series at a time (it holds
 * the store's writer lock).
 */
public final class JdbcRecordedMarketDataStore implements RecordedMarketDataStore {

    /** The most decimals the trade columns keep exactly. */
    private static final int TRADE_SCALE = 18;

    private final PreparedTables tables;

    /**
     * @param ensureSchema run before each use; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     */
    public JdbcRecordedMarketDataStore(DataSource dataSource, Runnable ensureSchema) {
        this.tables = new PreparedTables(dataSource, ensureSchema, "recorded market data");
    }

    @Override
    public boolean recordDepth(String venue, DepthSnapshot snapshot) {
        byte[] levels = PackedDepth.pack(snapshot);
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true)) {
            Connection c = session.connection();
            long series = series(c, venue, snapshot.symbol(), true);
            long time = snapshot.time().toEpochMilli();
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT 1 FROM recorded_depth WHERE series_id = ? AND snapshot_time = ?")) {
                exists.setLong(1, series);
                exists.setLong(2, time);
                try (ResultSet r = exists.executeQuery()) {
                    if (r.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO recorded_depth (series_id, snapshot_time, levels) VALUES (?, ?, ?)")) {
                insert.setLong(1, series);
                insert.setLong(2, time);
                insert.setBytes(3, levels);
                insert.executeUpdate();
            }
            session.commit();
            return true;
        } catch (SQLException e) {
            throw tables.failure("record depth of " + venue + ":" + snapshot.symbol(), e);
        }
    }

    @Override
    public int recordTrades(String venue, String symbol, List<RecordedTrade> trades) {
        if (trades.isEmpty()) {
            return 0;
        }
        for (RecordedTrade trade : trades) {
            requireScale(trade);
        }
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true)) {
            Connection c = session.connection();
            long series = series(c, venue, symbol, true);
            Set<String> known = tradeIdsSince(c, series, trades.stream().mapToLong(t -> t.time().toEpochMilli()).min()
                    .orElseThrow());
            int added = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO recorded_trade (series_id, trade_id,"
                    + " trade_time, price, quantity, taker_side) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (RecordedTrade trade : trades) {
                    if (known.add(trade.tradeId())) {
                        insert.setLong(1, series);
                        insert.setString(2, trade.tradeId());
                        insert.setLong(3, trade.time().toEpochMilli());
                        insert.setBigDecimal(4, trade.price());
                        insert.setBigDecimal(5, trade.quantity());
                        insert.setString(6, trade.takerSide() == null ? null : trade.takerSide().wireName());
                        insert.addBatch();
                        added++;
                    }
                }
                if (added > 0) {
                    insert.executeBatch();
                }
            }
            session.commit();
            return added;
        } catch (SQLException e) {
            throw tables.failure("record trades of " + venue + ":" + symbol, e);
        }
    }

    @Override
    public List<DepthSnapshot> depth(String venue, String symbol, Instant from, Instant to) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false)) {
            Connection c = session.connection();
            long series = series(c, venue, symbol, false);
            List<DepthSnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT snapshot_time, levels FROM recorded_depth"
                    + " WHERE series_id = ? AND snapshot_time >= ? AND snapshot_time < ? ORDER BY snapshot_time")) {
                bindRange(s, series, from, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        snapshots.add(PackedDepth.unpack(symbol, Instant.ofEpochMilli(r.getLong(1)), r.getBytes(2)));
                    }
                }
            }
            return snapshots;
        } catch (SQLException e) {
            throw tables.failure("read depth of " + venue + ":" + symbol, e);
        }
    }

    @Override
    public List<RecordedTrade> trades(String venue, String symbol, Instant from, Instant to) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false)) {
            Connection c = session.connection();
            long series = series(c, venue, symbol, false);
            List<RecordedTrade> trades = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT trade_id, price, quantity, taker_side, trade_time"
                    + " FROM recorded_trade WHERE series_id = ? AND trade_time >= ? AND trade_time < ?"
                    + " ORDER BY trade_time, trade_id")) {
                bindRange(s, series, from, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String side = r.getString(4);
                        trades.add(new RecordedTrade(r.getString(1), r.getBigDecimal(2).stripTrailingZeros(),
                                r.getBigDecimal(3).stripTrailingZeros(), side == null ? null : Side.fromWire(side),
                                Instant.ofEpochMilli(r.getLong(5))));
                    }
                }
            }
            return trades;
        } catch (SQLException e) {
            throw tables.failure("read trades of " + venue + ":" + symbol, e);
        }
    }

    /** The series' id, created when {@code create}; -1 (matching nothing) when it is unknown and not created. */
    private static long series(Connection c, String venue, String symbol, boolean create) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT series_id FROM recorded_series WHERE venue = ? AND symbol = ?")) {
            find.setString(1, venue);
            find.setString(2, symbol);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        if (!create) {
            return -1;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO recorded_series (venue, symbol) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, venue);
            insert.setString(2, symbol);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Set<String> tradeIdsSince(Connection c, long series, long fromMillis) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT trade_id FROM recorded_trade WHERE series_id = ? AND trade_time >= ?")) {
            s.setLong(1, series);
            s.setLong(2, fromMillis);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static void bindRange(PreparedStatement s, long series, Instant from, Instant to) throws SQLException {
        s.setLong(1, series);
        s.setLong(2, from.toEpochMilli());
        s.setLong(3, to.toEpochMilli());
    }

    private static void requireScale(RecordedTrade trade) {
        if (Decimals.significantScale(trade.price()) > TRADE_SCALE || Decimals.significantScale(trade.quantity()) > TRADE_SCALE) {
            throw new IllegalArgumentException("trade " + trade.tradeId() + ": more than " + TRADE_SCALE
                    + " decimals cannot be recorded exactly");
        }
    }
}
