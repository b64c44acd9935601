package io.tradewind.persistence;

import io.tradewind.service.OperatorModeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The application's {@link OperatorModeStore}: the JDBC store on the configured datasource, whose
 * table is created on first use. The service reads it when it starts and writes each pause,
 * flatten, reduce-only and resume.
 */
@ApplicationScoped
public class OperatorModeStoreProducer {

    @Produces
    @ApplicationScoped
    OperatorModeStore operatorModeStore(DataSource dataSource, StoreMigration migration) {
        return new JdbcOperatorModeStore(dataSource, migration::ensureMigrated);
    }
}
