package io.tradewind.persistence;

import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** SQL on {@code candle_series}: one row per series with its scales, range and count. */
final class CandleSeriesRows {

    private static final String COLUMNS = "series_id, venue, symbol, resolution, price_scale, volume_scale,"
            + " quote_volume_scale, first_open_time, last_open_time, candle_count";
    private static final String BY_KEY = " WHERE venue = ? AND symbol = ? AND resolution = ?";

    /** A {@code candle_series} row. */
    record SeriesRow(long id, StoredSeries stored) {

        long first() {
            return stored.first().getEpochSecond();
        }

        long last() {
            return stored.last().getEpochSecond();
        }
    }

    private CandleSeriesRows() {
    }

    static SeriesRow find(Connection c, SeriesKey key) throws SQLException {
        return findOne(c, key, "");
    }

    /** The row locked until the transaction ends, so two writers of one series take turns. */
    static SeriesRow findForUpdate(Connection c, SeriesKey key) throws SQLException {
        return findOne(c, key, " FOR UPDATE");
    }

    private static SeriesRow findOne(Connection c, SeriesKey key, String suffix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM candle_series" + BY_KEY + suffix)) {
            s.setString(1, key.venue());
            s.setString(2, key.symbol());
            s.setString(3, key.resolution().label());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    /** Deletes the series {@code seriesId}, its candle blocks first (they refer to it). */
    static void delete(Connection c, long seriesId) throws SQLException {
        for (String table : new String[] {"candle_block", "candle_series"}) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE series_id = ?")) {
                s.setLong(1, seriesId);
                s.executeUpdate();
            }
        }
    }

    /** A stored series whose market is {@code key}'s in other letter case only, or null. */
    static SeriesKey marketSpelledOtherwise(Connection c, SeriesKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM candle_series WHERE upper(venue) = upper(?)"
                + " AND upper(symbol) = upper(?) AND NOT (venue = ? AND symbol = ?)")) {
            s.setString(1, key.venue());
            s.setString(2, key.symbol());
            s.setString(3, key.venue());
            s.setString(4, key.symbol());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? row(rs).stored().key() : null;
            }
        }
    }

    /** Every series ordered by venue, symbol and resolution (shortest first, as the enum orders them). */
    static List<StoredSeries> all(Connection c) throws SQLException {
        List<StoredSeries> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM candle_series");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(row(rs).stored());
            }
        }
        result.sort(Comparator.comparing((StoredSeries r) -> r.key().venue())
                .thenComparing(r -> r.key().symbol())
                .thenComparing(r -> r.key().resolution()));
        return result;
    }

    private static SeriesRow row(ResultSet rs) throws SQLException {
        SeriesKey key = new SeriesKey(rs.getString(2), rs.getString(3), Resolution.parse(rs.getString(4)));
        CandleScales scales = new CandleScales(rs.getInt(5), rs.getInt(6), rs.getInt(7));
        return new SeriesRow(rs.getLong(1), new StoredSeries(key, scales, rs.getLong(10),
                Instant.ofEpochSecond(rs.getLong(8)), Instant.ofEpochSecond(rs.getLong(9))));
    }

    /** Inserts an empty series; its range and count are set by {@link #update} before the commit. */
    static long insert(Connection c, SeriesKey key, CandleScales scales, long firstOpenTime) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO candle_series (venue, symbol, resolution,"
                + " price_scale, volume_scale, quote_volume_scale, first_open_time, last_open_time, candle_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"series_id"})) {
            s.setString(1, key.venue());
            s.setString(2, key.symbol());
            s.setString(3, key.resolution().label());
            s.setInt(4, scales.priceScale());
            s.setInt(5, scales.volumeScale());
            s.setInt(6, scales.quoteVolumeScale());
            s.setLong(7, firstOpenTime);
            s.setLong(8, firstOpenTime);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new series " + key);
                }
                return keys.getLong(1);
            }
        }
    }

    static void update(Connection c, long seriesId, long first, long last, long count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE candle_series SET first_open_time = ?,"
                + " last_open_time = ?, candle_count = ? WHERE series_id = ?")) {
            s.setLong(1, first);
            s.setLong(2, last);
            s.setLong(3, count);
            s.setLong(4, seriesId);
            s.executeUpdate();
        }
    }
}
