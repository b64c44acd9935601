package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command line: picocli wiring, exit codes, standard output kept for JSON. */
@QuarkusMainTest
class SimReplayCommandTest {

    @Test
    @Launch({"--help"})
    void helpListsTheCommands(LaunchResult result) {
        assertTrue(result.getOutput().contains("sim"), result.getOutput());
    }

    @Test
    @Launch({"sim", "replay", "backtests/examples/settlement.jsonl"})
    void replaysTheBundledExample(LaunchResult result) {
        assertEquals(0, result.exitCode());
        assertTrue(result.getOutput().startsWith("{\"event\":\"order\",\"uid\":\"s1\",\"status\":\"active\""), result.getOutput());
    }

    @Test
    void aBadLineExitsWithCode2AndNamesTheLine(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("bad.jsonl");
        Files.writeString(scenario, "{\"op\":\"snapshot\"}\n{\"op\":\"dance\"}\n");
        LaunchResult result = launcher.launch("sim", "replay", scenario.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("line 2: unknown op 'dance'"), result.getErrorOutput());
    }

    @Test
    @Launch(value = {"sim", "replay", "no-such-file.jsonl"}, exitCode = 2)
    void aMissingFileExitsWithCode2(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("no such file: no-such-file.jsonl"), result.getErrorOutput());
    }
}
