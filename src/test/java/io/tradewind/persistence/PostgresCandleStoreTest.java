package io.tradewind.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.CandleStoreContractTest;
import io.tradewind.persistence.postgres.PostgresProfile;
import io.tradewind.persistence.postgres.RequiresPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The candle store contract on a real PostgreSQL server: the application's store, built with the
 * {@code postgres} profile and migrated by its Flyway, on the run's private cluster. A new store
 * is the same store with its tables emptied.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresCandleStoreTest extends CandleStoreContractTest {

    @Inject
    CandleStore store;

    @Inject
    DataSource dataSource;

    @Override
    protected CandleStore newStore() {
        store.list(); // migrates the schema on first use
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM candle_block");
            s.executeUpdate("DELETE FROM candle_series");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the candle tables", e);
        }
        return store;
    }
}
