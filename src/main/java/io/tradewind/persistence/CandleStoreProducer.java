package io.tradewind.persistence;

import io.tradewind.marketdata.CandleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The application's {@link CandleStore}: the JDBC store on the configured datasource (the H2 file
 * under {@code tradewind.data-dir}), whose tables are created on first use rather than at
 * start-up. Plain Java callers such as the backtest runner inject {@code CandleStore}.
 */
@ApplicationScoped
public class CandleStoreProducer {

    @Produces
    @ApplicationScoped
    CandleStore candleStore(DataSource dataSource, StoreMigration migration) {
        return new JdbcCandleStore(dataSource, migration::ensureMigrated);
    }
}
