package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every documented command and subcommand answers {@code --help} and {@code -h} with its usage and exit code 0; a
 * bad option is one line and exit code 2.
 */
@QuarkusMainTest
class HelpTest {

    /** The commands the README documents, each as the words before the options. */
    private static final List<String> COMMANDS = List.of("", "backtest", "bench", "bench backtest", "bench store", "bench latency", "sim",
            "sim replay", "sim bench", "data", "data import", "data generate", "data list", "data download", "data record",
            "exchange", "exchange nobitex", "exchange toparz depth", "exchange nobitex place", "orders", "orders list",
            "orders show", "orders cancel", "fills", "fills list", "holds", "holds list", "kill-switch", "kill-switch on",
            "kill-switch off", "kill-switch status", "serve");

    @Test
    void everyCommandPrintsItsHelp(QuarkusMainLauncher launcher) {
        for (String command : COMMANDS) {
            for (String option : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : Arrays.asList(command.split(" ")));
                args.add(option);
                LaunchResult result = launcher.launch(args.toArray(String[]::new));
                String shown = "'" + String.join(" ", args) + "': " + result.getErrorOutput();
                assertEquals(0, result.exitCode(), shown);
                assertTrue(result.getOutput().startsWith("Usage: tradewind"), shown + result.getOutput());
                assertFalse(result.getOutput().contains("Unknown option") || result.getErrorOutput().toLowerCase().contains("warn"), shown);
            }
        }
    }

    @Test
    void aBadOptionIsOneLineWithExitCode2(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("data", "generate", "--symbol", "X-Y", "--count", "0");

        assertEquals(2, result.exitCode());
        assertEquals("error: --count must be at least 1, was 0. See 'tradewind data generate --help'.",
                result.getErrorOutput().strip());
    }

    /** Whole numbers in ASCII digits, on the application's command line and on the one sim runs without it. */
    @Test
    void aWholeNumberInAnotherScriptsDigitsIsRefusedOnBothCommandLines(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("data", "show", "--symbol", "X-Y", "--limit", "\u0663");
        assertEquals(2, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("write it in ASCII digits 0-9"), result.getErrorOutput());

        CommandLine.ParameterException refused = assertThrows(CommandLine.ParameterException.class,
                () -> StandaloneCommands.commandLine().parseArgs("sim", "bench", "--commands", "\u0663"));
        assertTrue(refused.getMessage().endsWith("write it in ASCII digits 0-9"), refused.getMessage());
    }
}
