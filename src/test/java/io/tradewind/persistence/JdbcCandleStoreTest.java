package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.CandleStoreContractTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The candle store contract against plain JDBC on a private in-memory H2 database per store. */
class JdbcCandleStoreTest extends CandleStoreContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private DataSource dataSource;

    @Override
    protected CandleStore newStore() {
        dataSource = h2("jdbc:h2:mem:candles-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return storeOn(dataSource);
    }

    static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    /** A store that migrates its database on first use, as the application's does. */
    static JdbcCandleStore storeOn(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).load();
        AtomicBoolean migrated = new AtomicBoolean();
        return new JdbcCandleStore(dataSource, () -> {
            if (!migrated.get()) {
                flyway.migrate();
                migrated.set(true);
            }
        });
    }

    @Test
    void oneCandleAppendsRepackTheLastShortBlock() throws SQLException {
        CandleStore store = newStore();
        appendOneByOne(store, 500);
        assertEquals(1, blockRows());
    }

    @Test
    void keepsAboutFifteenBytesPerMinuteCandle() throws SQLException {
        CandleStore store = newStore();
        store.write(KEY, walk(3, 100_000));
        assertEquals(25, blockRows());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SUM(OCTET_LENGTH(packed)) FROM candle_block")) {
            rs.next();
            double perCandle = rs.getLong(1) / 100_000.0;
            assertTrue(perCandle < 24, "bytes per candle: " + perCandle);
        }
    }

    @Test
    void anUnreachableDatabaseIsAStoreException() {
        CandleStore store = storeOn(h2("jdbc:h2:mem:unused;IFEXISTS=TRUE"));
        StoreException e = assertThrows(StoreException.class, () -> store.list());
        assertTrue(e.getMessage().startsWith("candle store: cannot prepare the tables: "), e.getMessage());
    }

    private long blockRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM candle_block")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
