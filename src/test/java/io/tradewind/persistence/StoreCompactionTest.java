package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WRITE_DELAY=0 every commit writes a new piece of the H2 file, compacted only on close for
 * 200 ms: a paper service's file grew to 819 MB of 1.9 MB of data, and a restart left 811 MB.
 */
class StoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void aLargeFileIsCompactedAtStartAndThePoolWorksAfterIt() throws Exception {
        String url = "jdbc:h2:file:" + dir + "/./tradewind;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try (AgroalDataSource pool = pool(url)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE market (id INT PRIMARY KEY, state VARCHAR(1000))");
                statement.execute("INSERT INTO market VALUES (1, 'open')");
                connection.setAutoCommit(false);
                for (int i = 0; i < 1_500; i++) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE market SET state = ? WHERE id = 1")) {
                        update.setString(1, "state " + i + " ".repeat(300));
                        update.executeUpdate();
                    }
                    connection.commit();
                }
            }
            Path file = dir.resolve("tradewind.mv.db");
            long before = Files.size(file);
            assertTrue(before > 8_000_000, "a commit a piece: " + before);

            new StoreCompaction(pool, "h2", url, 8_000_000).compactIfLarge();

            assertTrue(Files.size(file) < before / 4, before + " -> " + Files.size(file));
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                    ResultSet state = statement.executeQuery("SELECT state FROM market WHERE id = 1")) {
                assertTrue(state.next());
                assertEquals("state 1499", state.getString(1).strip(), "the data survives, and the pool opens the store again");
            }
        }
    }

    @Test
    void aSmallFileOrAnotherStoreIsLeftAlone() throws SQLException {
        String url = "jdbc:h2:file:" + dir + "/small;WRITE_DELAY=0";
        try (AgroalDataSource pool = pool(url); Connection open = pool.getConnection();
                Statement statement = open.createStatement()) {
            statement.execute("CREATE TABLE t (id INT)");
            new StoreCompaction(pool, "h2", url, 64L * 1024 * 1024).compactIfLarge();
            new StoreCompaction(pool, "postgresql", "jdbc:postgresql://localhost/x", 0).compactIfLarge();

            statement.execute("INSERT INTO t VALUES (1)");
            assertTrue(open.isValid(1), "the open connection was not closed under its user");
        }
    }

    private static AgroalDataSource pool(String url) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                .maxSize(2).connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                        .principal(new NamePrincipal("sa")).credential(new SimplePassword("")))));
    }
}
