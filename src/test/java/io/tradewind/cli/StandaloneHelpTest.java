package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help {@link StandaloneCommands} shows without the application is the application's own: for
 * every command and subcommand, the usage picocli builds from the commands made by CDI equals the one
 * it builds from the stand-in objects.
 */
@QuarkusTest
class StandaloneHelpTest {

    @Inject
    CommandLine application;

    @Test
    void every_command_shows_the_same_help_with_and_without_the_application() {
        Map<String, String> expected = usages(application, new LinkedHashMap<>());
        Map<String, String> standalone = usages(StandaloneCommands.commandLine(), new LinkedHashMap<>());

        assertEquals(expected.keySet(), standalone.keySet());
        expected.forEach((command, usage) -> assertEquals(usage, standalone.get(command), command));
    }

    private static Map<String, String> usages(CommandLine command, Map<String, String> into) {
        into.put(command.getCommandSpec().qualifiedName(), command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        command.getSubcommands().values().forEach(sub -> usages(sub, into));
        return into;
    }
}
