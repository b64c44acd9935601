package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bench latency --store h2} runs on the service's database store: it reports what it did,
 * leaves every order it placed in the store, cancelled, and refuses a store that holds orders.
 */
@QuarkusMainTest
class BenchLatencyCommandTest {

    private static final String[] TABLES = {"exec_order", "exec_fill", "exec_hold", "exec_balance", "exec_trade_cursor",
            "exec_order_event"};

    @BeforeEach
    @AfterEach
    void emptyStore() throws Exception {
        Flyway.configure().dataSource(url(), null, null).load().migrate();
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Test
    void timesOrdersOnTheDatabaseStoreAndRefusesAStoreInUse(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult run = launcher.launch("bench", "latency", "--store", "h2", "--orders", "200", "--warmups", "20");

        assertEquals(0, run.exitCode(), run.getErrorOutput());
        String output = run.getOutput();
        assertTrue(output.contains("220 orders placed (20 warm-up, not timed), 220 accepted, 220 cancelled"), output);
        assertTrue(output.contains("decision -> accepted: count 200 "), output);
        assertTrue(output.contains("thread CPU per call: p50 ") && output.contains(" garbage collections ("), output);
        assertEquals(220, count("SELECT COUNT(*) FROM exec_order WHERE status = 'cancelled'"));
        assertEquals(0, count("SELECT COUNT(*) FROM exec_hold"));

        LaunchResult again = launcher.launch("bench", "latency", "--store", "h2", "--orders", "10");

        assertEquals(2, again.exitCode());
        assertTrue(again.getErrorOutput().strip().startsWith("error: the store in ")
                && again.getErrorOutput().contains("is not empty"), again.getErrorOutput());
    }

    private static long count(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }
}
