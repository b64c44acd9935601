package io.tradewind.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.persistence.postgres.PostgresProfile;
import io.tradewind.persistence.postgres.RequiresPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The recorded market data contract on a real PostgreSQL server: the application's store, built
 * with the {@code postgres} profile and migrated by its Flyway ({@code V6__recorded_market_data.sql}),
 * its tables emptied before each test.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresRecordedMarketDataStoreTest extends RecordedMarketDataStoreContractTest {

    @Inject
    RecordedMarketDataStore store;

    @Inject
    DataSource dataSource;

    @Inject
    StoreMigration migration;

    @Override
    protected DataSource emptyDatabase() {
        migration.ensureMigrated();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"recorded_depth", "recorded_trade", "recorded_series"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the recorded market data tables", e);
        }
        return dataSource;
    }

    @Override
    protected RecordedMarketDataStore storeOn(DataSource database) {
        return store;
    }
}
