package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version and sim run with picocli alone, outside any application container (plain JUnit here). */
class StandaloneCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void help_version_and_sim_run_standalone_everything_else_in_the_application() {
        assertTrue(StandaloneCommands.handles("--help"));
        assertTrue(StandaloneCommands.handles("serve", "-h"));
        assertTrue(StandaloneCommands.handles("data", "import", "--version"));
        assertTrue(StandaloneCommands.handles("-V"));
        assertTrue(StandaloneCommands.handles("sim", "replay", "backtests/examples/settlement.jsonl"));
        assertTrue(StandaloneCommands.handles("sim", "bench", "--orders", "10"));

        assertFalse(StandaloneCommands.handles());
        assertFalse(StandaloneCommands.handles("serve", "--config", "deploy/demo.properties"));
        assertFalse(StandaloneCommands.handles("backtest", "backtests/sma-crossover-demo.properties"));
        assertFalse(StandaloneCommands.handles("exchange", "nobitex", "markets"));
        assertFalse(StandaloneCommands.handles("data", "import", "sim"));
    }

    @Test
    void a_command_made_of_beans_shows_its_help_without_them() {
        int code = StandaloneCommands.run("serve", "--help");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: tradewind serve"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sim_replay_runs_the_bundled_example() {
        int code = StandaloneCommands.run("sim", "replay", "backtests/examples/settlement.jsonl");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"event\":\"order\",\"uid\":\"s1\",\"status\":\"active\""),
                out.toString(StandardCharsets.UTF_8));
    }

    /** An empty scenario exited 0 without a word. */
    @Test
    void a_scenario_without_a_command_is_bad_input(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n# only a comment\n\n");

        int code = StandaloneCommands.run("sim", "replay", empty.toString());

        assertEquals(ExitCode.BAD_INPUT, code);
        assertEquals("error: " + empty + " holds no command (only blank lines or comments); a scenario is one JSON command a"
                + " line, as in backtests/examples/settlement.jsonl (README, sim replay scenario format)",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void a_bad_option_is_one_line_with_exit_code_2_as_in_the_application() {
        int code = StandaloneCommands.run("sim", "replay", "--bogus", "x.jsonl");

        assertEquals(ExitCode.BAD_INPUT, code);
        assertEquals("error: Unknown option: '--bogus'. See 'tradewind sim replay --help'.",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
