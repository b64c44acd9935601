package io.tradewind.persistence;

import io.tradewind.marketdata.RecordedMarketDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** The application's {@link RecordedMarketDataStore}: the JDBC store on the configured datasource, tables created on first use. */
@ApplicationScoped
public class RecordedMarketDataStoreProducer {

    @Produces
    @ApplicationScoped
    RecordedMarketDataStore recordedMarketDataStore(DataSource dataSource, StoreMigration migration) {
        return new JdbcRecordedMarketDataStore(dataSource, migration::ensureMigrated);
    }
}
