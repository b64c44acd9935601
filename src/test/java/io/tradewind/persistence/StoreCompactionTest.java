package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
    void aLargeFileNoProcessHasOpenIsCompactedAndItsDataKept() throws Exception {
        String url = bloated("tradewind");
        Path file = dir.resolve("tradewind.mv.db");
        long before = Files.size(file);

        new StoreCompaction("h2", url + ";AUTO_SERVER=TRUE", "", "", 8_000_000).compactIfLarge();

        assertTrue(Files.size(file) < before / 4, before + " -> " + Files.size(file));
        assertEquals("state 1499", state(url), "the data survives");
    }

    @Test
    void aFileAnotherConnectionHasOpenIsLeftAloneAndSoAreASmallFileAndAnotherStore() throws Exception {
        String url = bloated("open");
        Path file = dir.resolve("open.mv.db");
        long before = Files.size(file);
        try (Connection open = DriverManager.getConnection(url + ";AUTO_SERVER=TRUE", "", "");
                Statement statement = open.createStatement()) {
            new StoreCompaction("h2", url + ";AUTO_SERVER=TRUE", "", "", 8_000_000).compactIfLarge();
            new StoreCompaction("h2", url, "", "", Long.MAX_VALUE).compactIfLarge();
            new StoreCompaction("postgresql", "jdbc:postgresql://localhost/x", "", "", 0).compactIfLarge();

            statement.execute("UPDATE market SET state = 'still open' WHERE id = 1");
            assertTrue(open.isValid(1), "the open connection was not closed under its user");
            assertTrue(Files.size(file) >= before / 2, "not compacted while open: " + before + " -> " + Files.size(file));
        }
    }

    /** A store file of a few MB of dead pieces: one commit a piece. */
    private String bloated(String name) throws SQLException {
        String url = "jdbc:h2:file:" + dir + "/./" + name + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try (Connection connection = DriverManager.getConnection(url, "", ""); Statement statement = connection.createStatement()) {
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
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // the immediate shutdown closes the connection under it: the file stays as the commits left it
        }
        return url;
    }

    private static String state(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "", ""); Statement statement = connection.createStatement();
                ResultSet state = statement.executeQuery("SELECT state FROM market WHERE id = 1")) {
            state.next();
            return state.getString(1).strip();
        }
    }
}
