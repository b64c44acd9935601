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
