package io.tradewind.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The FILE of {@code serve --config FILE} (or {@code --config=FILE}), found before Quarkus starts:
 * configuration is read once, at boot, so the choice of file cannot wait for picocli.
 */
final class ServeConfigFile {

    private static final String OPTION = "--config";

    private ServeConfigFile() {
    }

    /** The file named, or null when the command is not {@code serve} or names none. */
    static String of(String... args) {
        List<String> words = Arrays.asList(args);
        int serve = words.indexOf("serve");
        if (serve < 0 || words.stream().limit(serve).anyMatch(word -> !word.startsWith("-"))) {
            return null;
        }
        for (int i = serve + 1; i < args.length; i++) {
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
