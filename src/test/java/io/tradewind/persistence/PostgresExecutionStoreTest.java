package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.persistence.postgres.PostgresProfile;
import io.tradewind.persistence.postgres.RequiresPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The execution store contract on a real PostgreSQL server: the application built with the
 * {@code postgres} profile, the same Flyway migrations, the run's private cluster.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresExecutionStoreTest extends DatabaseExecutionStoreTest {

    @Inject
    DataSource dataSource;

    @Test
    void theStoreIsPostgreSql() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
    }
}
