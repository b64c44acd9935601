package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** Line 1 failed as "Unexpected character ('\uFEFF' (code 65279 / 0xfeff))"; a spec's and a CSV's mark are skipped. */
    @Test
    void aByteOrderMarkIsSkipped(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("bom.jsonl");
        Files.writeString(scenario, "\uFEFF" + Files.readString(Path.of("backtests/examples/settlement.jsonl")));
        LaunchResult result = launcher.launch("sim", "replay", scenario.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getOutput().startsWith("{\"event\":\"order\",\"uid\":\"s1\",\"status\":\"active\""), result.getOutput());
    }

    @Test
    @Launch(value = {"sim", "replay", "no-such-file.jsonl"}, exitCode = 2)
    void aMissingFileExitsWithCode2(LaunchResult result) {
        assertEquals("error: no-such-file.jsonl: no such file", result.getErrorOutput().strip());
    }

    /** An empty path is the working directory: "is a directory" sent the user looking for one. */
    @Test
    @Launch(value = {"sim", "replay", ""}, exitCode = 2)
    void anEmptyPathIsCalledEmpty(LaunchResult result) {
        assertEquals("error: the scenario's path is empty; give a scenario file (JSON lines) or - for standard input",
                result.getErrorOutput().strip());
    }

    @Test
    void aDirectoryIsRefusedInOneLine(QuarkusMainLauncher launcher, @TempDir Path dir) {
        LaunchResult result = launcher.launch("sim", "replay", dir.toString());
        assertEquals(2, result.exitCode());
        assertEquals("error: " + dir + " is a directory; give a scenario file (JSON lines) or - for standard input",
                result.getErrorOutput().strip());
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("latin1.jsonl");
        Files.write(scenario, "{\"op\":\"snapshot\"}\n{\"op\":\"account\",\"account\":\"Jos\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        LaunchResult result = launcher.launch("sim", "replay", scenario.toString());
        assertEquals(2, result.exitCode());
        assertEquals("error: " + scenario + ": line 2: not UTF-8 text; save the scenario as UTF-8",
                result.getErrorOutput().strip());
    }

    @Test
    void invalidJsonSaysLineAndColumnWithoutParserInternals(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws IOException {
        Path scenario = dir.resolve("broken.jsonl");
        Files.writeString(scenario, "# a comment\n{\"op\":\"snapshot\"\n");
        LaunchResult result = launcher.launch("sim", "replay", scenario.toString());
        assertEquals(2, result.exitCode());
        String err = result.getErrorOutput().strip();
        assertTrue(err.startsWith("error: " + scenario + ": line 2: not valid JSON at column "), err);
        assertFalse(err.contains("Source") || err.contains("StreamReadFeature") || err.contains("\n"), err);
    }
}
