package io.tradewind.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.persistence.postgres.PostgresProfile;
import io.tradewind.persistence.postgres.RequiresPostgres;
import io.tradewind.service.OperatorModeStore;
import io.tradewind.service.OperatorModeStoreContractTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The operator mode store contract on a real PostgreSQL server: the application's store, built
 * with the {@code postgres} profile and migrated by its Flyway, on the run's private cluster. A new
 * store is the same store with its table emptied.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresOperatorModeStoreTest extends OperatorModeStoreContractTest {

    @Inject
    OperatorModeStore store;

    @Inject
    DataSource dataSource;

    @Override
    protected OperatorModeStore newStore() {
        store.modes(); // migrates the schema on first use
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM operator_mode");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the operator mode table", e);
        }
        return store;
    }
}
