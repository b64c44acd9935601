package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose file is not free yet at the first use (a killed process's lock) is tried again before it
 * is reported; a data directory that is a file is reported at once.
 */
class StoreMigrationTest {

    /** A data directory that does not exist yet: H2 creates it. */
    private static final Path DATA_DIR = Path.of("target", "store-migration-test-not-created");

    @Test
    void a_first_use_that_fails_is_tried_again_and_succeeds() {
        FlakyDataSource store = new FlakyDataSource("jdbc:h2:mem:migration-retry;DB_CLOSE_DELAY=-1", 1);
        new StoreMigration(flyway(store), DATA_DIR, 30_000, millis -> { }, () -> { }).ensureMigrated();
        try (Connection connection = store.getConnection();
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            assertTrue(rows.getInt(1) > 0, "the migrations were applied on the second try");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_store_that_stays_unusable_is_reported_once_its_patience_is_spent() {
        FlakyDataSource store = new FlakyDataSource("jdbc:h2:mem:migration-never;DB_CLOSE_DELAY=-1", Integer.MAX_VALUE);
        // pauses of 250-500 ms, then 500-1000 ms: the third try comes after 600 ms, and is the last
        assertThrows(RuntimeException.class, () -> new StoreMigration(flyway(store), DATA_DIR, 600, millis -> { }, () -> { })
                .ensureMigrated());
        assertEquals(3, store.refusedOrServed.get());
    }

    @Test
    void a_data_directory_that_is_a_file_is_reported_in_one_message_without_opening_the_store(@TempDir Path tmp)
            throws Exception {
        Path file = Files.createFile(tmp.resolve("data"));
        FlakyDataSource store = new FlakyDataSource("jdbc:h2:mem:migration-file;DB_CLOSE_DELAY=-1", 0);

        StoreException e = assertThrows(StoreException.class, () -> new StoreMigration(flyway(store), file, 0, millis -> { }, () -> { }).ensureMigrated());

        assertEquals(file + " is a file, not a directory: point tradewind.data-dir at a directory (the environment"
                + " variable TRADEWIND_DATA_DIR, or -Dtradewind.data-dir=DIR before -jar)", e.getMessage());
        assertEquals(0, store.refusedOrServed.get(), "the database was never asked for a connection");
    }

    /**
     * Rolled back after an upgrade, an older version met a store with a migration it does not
     * know: it retried for 30 s as if the store were not ready, then said "Migrations have failed
     * validation". It says what happened and what to do, at once.
     */
    @Test
    void a_store_a_newer_version_migrated_is_refused_at_once_saying_so() throws Exception {
        FlakyDataSource store = new FlakyDataSource("jdbc:h2:mem:migration-newer;DB_CLOSE_DELAY=-1", 0);
        new StoreMigration(flyway(store), DATA_DIR, 0, millis -> { }, () -> { }).ensureMigrated();
        try (Connection connection = store.getConnection(); var statement = connection.createStatement()) {
            // what a newer version's migration leaves in the history
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES"
                    + " (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'sa', 1, TRUE)");
        }
        java.util.List<Long> pauses = new java.util.ArrayList<>();

        // as Quarkus configures Flyway: no migration is ignored (plain Flyway would ignore future ones)
        Flyway asTheApplicationHasIt = Flyway.configure().dataSource(store).locations("classpath:db/migration")
                .ignoreMigrationPatterns(new String[0]).load();
        StoreException refused = assertThrows(StoreException.class,
                () -> new StoreMigration(asTheApplicationHasIt, DATA_DIR, 30_000, pauses::add, () -> { }).ensureMigrated());

        assertTrue(refused.getMessage().startsWith("it was migrated by a newer Tradewind (its schema is at version 999,"
                + " 'from the future'; this version knows up to "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("run the version that migrated it, or restore the backup taken before the"
                + " upgrade (README, Upgrading without losing orders)"), refused.getMessage());
        assertEquals(java.util.List.of(), pauses, "not retried");
    }

    private static Flyway flyway(DataSource store) {
        return Flyway.configure().dataSource(store).locations("classpath:db/migration").load();
    }

    /** An H2 database that refuses its first {@code refusals} connections, as a file still locked would. */
    private static final class FlakyDataSource extends ConnectionSource {
        private final JdbcDataSource h2 = new JdbcDataSource();
        private final int refusals;
        final AtomicInteger refusedOrServed = new AtomicInteger();

        FlakyDataSource(String url, int refusals) {
            h2.setURL(url);
            this.refusals = refusals;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusedOrServed.incrementAndGet() <= refusals) {
                throw new SQLException("Database may be already in use");
            }
            return h2.getConnection();
        }
    }
}
