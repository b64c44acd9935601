package io.tradewind.persistence;

import io.tradewind.service.KillSwitchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The application's {@link KillSwitchStore}: the JDBC store on the configured datasource, whose
 * table is created on first use. The service reads it when it starts and writes each switch.
 */
@ApplicationScoped
public class KillSwitchStoreProducer {

    @Produces
    @ApplicationScoped
    KillSwitchStore killSwitchStore(DataSource dataSource, StoreMigration migration) {
        return new JdbcKillSwitchStore(dataSource, migration::ensureMigrated);
    }
}
