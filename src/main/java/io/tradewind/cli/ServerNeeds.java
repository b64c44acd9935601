package io.tradewind.cli;

import java.util.Arrays;
import java.util.Map;

/**
 * Only {@code serve} listens for HTTP, runs scheduled jobs and compacts a large store file when it
 * starts. Any other command would otherwise bind port 8080 (two commands at once would clash, and
 * a command beside the service would fail) and fire the service's jobs while it runs.
 */
final class ServerNeeds {

    private static final Map<String, String> SWITCHED_OFF = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.scheduler.enabled", "false",
            // a quick read must not rewrite a large store file first (see StoreCompaction)
            "tradewind.store.compact-at-start", "false");

    private ServerNeeds() {
    }

    /** The runtime properties that switch the HTTP server and the scheduler off for this command line. */
    static Map<String, String> properties(String... args) {
        return serves(args) ? Map.of() : SWITCHED_OFF;
    }

    /** Whether this command line runs the service ({@code serve}, not its help). */
    static boolean serves(String... args) {
        boolean serve = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .map("serve"::equals).orElse(false);
        boolean help = Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
        return serve && !help;
    }
}
