package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Side;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PackedDepthTestAccess;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.marketdata.RecordedTrade;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordedMarketDataStore} database must do: dedup,
 * exact values, bytes per snapshot. Subclasses give a migrated, empty database per test.
 */
abstract class RecordedMarketDataStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private DataSource dataSource;
    private RecordedMarketDataStore store;

    /** A migrated database without recorded data. */
    protected abstract DataSource emptyDatabase();

    /** The store on that database. */
    protected abstract RecordedMarketDataStore storeOn(DataSource database);

    @BeforeEach
    void migrate() {
        dataSource = emptyDatabase();
        store = storeOn(dataSource);
    }

    @Test
    void a_snapshot_is_stored_once_per_time_and_read_back_exactly() {
        Random random = new Random(11);
        DepthSnapshot first = PackedDepthTestAccess.randomRialBook(random, T0, 20, 20);
        DepthSnapshot second = PackedDepthTestAccess.randomRialBook(random, T0.plusSeconds(1), 5, 0);

        assertTrue(store.recordDepth("nobitex", first));
        assertFalse(store.recordDepth("nobitex", first));
        assertTrue(store.recordDepth("nobitex", second));
        assertTrue(store.recordDepth("toparz", first));

        List<DepthSnapshot> back = store.depth("nobitex", "BTC-IRT", T0, T0.plusSeconds(2));
        assertEquals(2, back.size());
        PackedDepthTestAccess.assertSameValues(first, back.get(0));
        PackedDepthTestAccess.assertSameValues(second, back.get(1));
        assertEquals(List.of(), store.depth("nobitex", "ETH-IRT", T0, T0.plusSeconds(2)));
    }

    @Test
    void bytes_stored_per_snapshot_stay_under_the_stated_bound() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            store.recordDepth("nobitex", PackedDepthTestAccess.randomRialBook(random, T0.plusSeconds(i), 20, 20));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*), MAX(OCTET_LENGTH(levels)) FROM recorded_depth")) {
            r.next();
            assertEquals(100, r.getLong(1));
            // the row's other columns are two BIGINTs: the series id and the time
            long perSnapshot = r.getLong(2) + 2 * Long.BYTES;
            assertTrue(perSnapshot <= PackedDepthTestAccess.MAX_BYTES_20_BY_20 + 2 * Long.BYTES, perSnapshot + " bytes");
        }
    }

    @Test
    void trades_are_stored_once_per_id_with_their_exact_values() {
        RecordedTrade a = new RecordedTrade("1001", new BigDecimal("1E+11"), new BigDecimal("0.00000001"), Side.BUY, T0);
        RecordedTrade b = new RecordedTrade("1002", new BigDecimal("99999999990"), new BigDecimal("2.5"), null,
                T0.plusMillis(5));
        RecordedTrade noId = RecordedTrade.withoutVenueId(new BigDecimal("100000000010"), new BigDecimal("0.1"), Side.SELL,
                T0.plusMillis(7));

        assertEquals(2, store.recordTrades("nobitex", "BTC-IRT", List.of(a, b)));
        assertEquals(1, store.recordTrades("nobitex", "BTC-IRT", List.of(a, b, noId, noId)));
        assertEquals(0, store.recordTrades("nobitex", "BTC-IRT", List.of(b, noId)));

        List<RecordedTrade> back = store.trades("nobitex", "BTC-IRT", T0, T0.plusSeconds(1));
        assertEquals(List.of("1001", "1002", "t1767607200007:100000000010:0.1:sell"),
                back.stream().map(RecordedTrade::tradeId).toList());
        assertEquals("100000000000", back.get(0).price().toPlainString());
        assertEquals("0.00000001", back.get(0).quantity().toPlainString());
        assertEquals(Side.BUY, back.get(0).takerSide());
        assertEquals(null, back.get(1).takerSide());
    }
}
