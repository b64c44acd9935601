package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help and the simulator with Hibernate ORM and Flyway switched off, as {@link TradewindMain} starts them. */
@QuarkusMainTest
@TestProfile(CommandsWithoutStoreTest.NoStore.class)
class CommandsWithoutStoreTest {

    public static class NoStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return StoreNeeds.NONE.properties();
        }
    }

    @Test
    void helpOfEveryLevel(QuarkusMainLauncher launcher) {
        for (String[] args : new String[][] {{"--help"}, {"orders", "list", "-h"}, {"bench", "store", "--help"}, {"-V"}}) {
            LaunchResult result = launcher.launch(args);
            assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.getErrorOutput());
            assertTrue(result.getOutput().startsWith("Usage: tradewind") || result.getOutput().startsWith("Tradewind "),
                    result.getOutput());
        }
    }

    @Test
    void simReplayAndSimBench(QuarkusMainLauncher launcher) {
        LaunchResult replay = launcher.launch("sim", "replay", "backtests/examples/settlement.jsonl");
        assertEquals(0, replay.exitCode(), replay.getErrorOutput());
        assertTrue(replay.getOutput().contains("\"event\":\"snapshot\""), replay.getOutput());

        LaunchResult bench = launcher.launch("sim", "bench", "--target", "book", "--commands", "2000", "--warmups", "0",
                "--repetitions", "1");
        assertEquals(0, bench.exitCode(), bench.getErrorOutput());
    }
}
