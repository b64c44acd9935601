package io.tradewind.persistence;

import io.tradewind.marketdata.RecordedMarketDataStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The recorded market data contract on a private in-memory H2 database per test, migrated by Flyway. */
class JdbcRecordedMarketDataStoreTest extends RecordedMarketDataStoreContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected DataSource emptyDatabase() {
        return JdbcPaperVenueStoreTest.migrated("jdbc:h2:mem:recorded-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected RecordedMarketDataStore storeOn(DataSource database) {
        return new JdbcRecordedMarketDataStore(database, () -> { });
    }
}
