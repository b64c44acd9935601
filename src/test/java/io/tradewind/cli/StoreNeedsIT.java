package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started by {@code java -jar}, through {@link TradewindMain#main}: help and the
 * simulator, which run without the application (see {@link StandaloneCommands}), commands that run
 * with Hibernate ORM switched off (see {@link StoreNeeds}) and those that need it.
 */
@QuarkusMainIntegrationTest
class StoreNeedsIT {

    @Test
    void helpAndTheSimulatorWithoutTheStore(QuarkusMainLauncher launcher) {
        for (String[] args : new String[][] {{"--help"}, {"orders", "list", "-h"}, {"bench", "store", "--help"}}) {
            LaunchResult help = launcher.launch(args);
            assertEquals(0, help.exitCode(), String.join(" ", args) + ": " + help.getErrorOutput());
            assertTrue(help.getOutput().startsWith("Usage: tradewind"), help.getOutput());
        }
        LaunchResult replay = launcher.launch("sim", "replay", "backtests/examples/settlement.jsonl");
        assertEquals(0, replay.exitCode(), replay.getErrorOutput());
        assertTrue(replay.getOutput().contains("\"event\":\"snapshot\""), replay.getOutput());
    }

    @Test
    void candleCommandsWithoutOrmAndOrderCommandsWithIt(QuarkusMainLauncher launcher) {
        LaunchResult generated = launcher.launch("data", "generate", "--symbol", "IT-USD", "--count", "100",
                "--start", "2024-03-01", "--seed", "3");
        assertEquals(0, generated.exitCode(), generated.getErrorOutput());
        assertTrue(generated.getOutput().contains("sim:IT-USD:1m now holds 100 candles"), generated.getOutput());

        LaunchResult listed = launcher.launch("data", "list");
        assertEquals(0, listed.exitCode(), listed.getErrorOutput());
        assertTrue(listed.getOutput().contains("IT-USD"), listed.getOutput());

        LaunchResult orders = launcher.launch("orders", "list");
        assertEquals(0, orders.exitCode(), orders.getErrorOutput());
        assertTrue(orders.getOutput().startsWith("client_order_id"), orders.getOutput());
    }
}
