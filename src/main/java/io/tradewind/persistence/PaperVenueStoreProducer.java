package io.tradewind.persistence;

import io.tradewind.sim.gateway.PaperVenueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The application's {@link PaperVenueStore}: the JDBC store on the configured datasource, whose
 * tables are created on first use. The service injects it to open its paper venue with
 * {@link io.tradewind.sim.gateway.DurablePaperGateway#open}.
 */
@ApplicationScoped
public class PaperVenueStoreProducer {

    @Produces
    @ApplicationScoped
    PaperVenueStore paperVenueStore(DataSource dataSource, StoreMigration migration) {
        return new JdbcPaperVenueStore(dataSource, migration::ensureMigrated);
    }
}
