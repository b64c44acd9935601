package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.persistence.CandleBlockRows.BlockBounds;
import io.tradewind.persistence.CandleSeriesRows.SeriesRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link CandleStore} in a SQL database over plain JDBC (tables of {@code V2__candles.sql}):
 * each series is a row of {@code candle_series} plus its candles packed in blocks of up to
 * 4,096 per {@code candle_block} row, the byte form of the in-memory store's blocks (about 15
 * bytes a minute candle). A write is one transaction that merges the new candles into the blocks
 * they overlap (see {@link CandleSeriesWrite}), so an import is all or nothing and a crash leaves
 * the old or the new series, never a mix. A read streams block by block in a repeatable-read
 * transaction of its own. Database failures are {@link StoreException}s.
 */
public final class JdbcCandleStore implements CandleStore {

    private final PreparedTables tables;

    /**
     * @param ensureSchema run before each use; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     */
    public JdbcCandleStore(DataSource dataSource, Runnable ensureSchema) {
        this.tables = new PreparedTables(dataSource, ensureSchema, "candle store");
    }

    @Override
    public long write(SeriesKey key, CandleCursor source) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true)) {
            long written = CandleSeriesWrite.run(session.connection(), key, source);
            session.commit();
            return written;
        } catch (SQLException e) {
            throw failure("write " + key, e);
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
        JdbcSession session = null;
        try {
            session = tables.open(Connection.TRANSACTION_REPEATABLE_READ, false);
            SeriesRow row = CandleSeriesRows.find(session.connection(), key);
            if (row == null) {
                session.close();
                return new NothingStored(new CandleScales(0, 0, 0));
            }
            long start = from.getEpochSecond();
            CandleBlockRows blocks = new CandleBlockRows(session.connection(), row.id());
            BlockBounds holding = blocks.lastStartingAtOrBefore(start);
            return new JdbcCandleCursor(key, session, blocks, row.stored().scales(), chunkSize, start,
                    to.getEpochSecond(), holding == null ? start : holding.first());
        } catch (SQLException e) {
            StoreException failure = failure("read " + key, e);
            closeAfterFailure(session, failure);
            throw failure;
        }
    }

    @Override
    public List<StoredSeries> list() {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false)) {
            return CandleSeriesRows.all(session.connection());
        } catch (SQLException e) {
            throw failure("list the candle series", e);
        }
    }

    @Override
    public Optional<StoredSeries> describe(SeriesKey key) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false)) {
            SeriesRow row = CandleSeriesRows.find(session.connection(), key);
            return Optional.ofNullable(row).map(SeriesRow::stored);
        } catch (SQLException e) {
            throw failure("describe " + key, e);
        }
    }

    @Override
    public Optional<StoredSeries> delete(SeriesKey key) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true)) {
            // locked as a writer locks it: a write of the series running meanwhile finishes first
            SeriesRow row = CandleSeriesRows.findForUpdate(session.connection(), key);
            if (row == null) {
                return Optional.empty();
            }
            CandleSeriesRows.delete(session.connection(), row.id());
            session.commit();
            return Optional.of(row.stored());
        } catch (SQLException e) {
            throw failure("delete " + key, e);
        }
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException("candle store: " + what + " failed: " + RootCause.of(e), e);
    }

    private static void closeAfterFailure(JdbcSession session, StoreException failure) {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The cursor of a series that has never been written. */
    private record NothingStored(CandleScales scales) implements CandleCursor {
        @Override
        public CandleChunk next() {
            return null;
        }
    }
}
