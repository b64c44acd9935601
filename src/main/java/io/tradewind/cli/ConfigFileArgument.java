package io.tradewind.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The FILE of {@code --config FILE} (or {@code --config=FILE}) of {@code serve} and of the commands
 * on its store ({@code orders}, {@code fills}, {@code holds}, {@code kill-switch}), found before
 * Quarkus starts: configuration is read once, at boot, so the choice of file cannot wait for picocli.
 */
final class ConfigFileArgument {

    private static final String OPTION = "--config";
    private static final Set<String> COMMANDS = Set.of("serve", "orders", "fills", "holds", "kill-switch");

    private ConfigFileArgument() {
    }

    /** The file named, or null when the command takes none or names none. */
    static String of(String... args) {
        List<String> words = Arrays.asList(args);
        String command = words.stream().filter(word -> !word.startsWith("-")).findFirst().orElse(null);
        if (command == null || !COMMANDS.contains(command)) {
            return null;
        }
        for (int i = words.indexOf(command) + 1; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(OPTION + "=")) {
                return args[i].substring(OPTION.length() + 1);
            }
        }
        return null;
    }
}
