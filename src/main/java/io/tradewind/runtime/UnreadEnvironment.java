package io.tradewind.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code TRADEWIND_*} environment variables that nothing reads. A misspelt property file key stops
 * start-up ({@link ConfigRoots}), but the environment holds whatever the machine has, and its names
 * lose their dots, so a misspelt variable ({@code TRADEWIND_STRATEGIEZ_DEMO_PLUGIN}) was silently
 * ignored: the service started without the instance. Said as a warning, not refused: a variable
 * can be read by a setting that names it (an Orders API user's token variable).
 */
final class UnreadEnvironment {

    private static final String PREFIX = "TRADEWIND_";
    /** Variables read directly, beside the settings: credentials, tokens, the chat bot; and the tests' own switch. */
    private static final List<String> READ_DIRECTLY = List.of("API_TOKEN", "API_READ_TOKEN", "TELEGRAM_", "REQUIRE_POSTGRES");

    /**
     * Groups of fixed keys: the service's own settings ({@link ServiceConfig.Service}; a test keeps the
     * two alike, where reading the mapping by reflection would need registering it for a native image),
     * and the PostgreSQL store's (application.properties).
     */
    static final Map<String, List<String>> FIXED_GROUPS = Map.of(
            "service", List.of("max-failures", "back-off", "cancel-orders-on-stop"),
            "db", List.of("url", "user", "password"));

    private UnreadEnvironment() {
    }

    /**
     * @param connectors    the connectors' ids, whose credentials come as {@code TRADEWIND_<ID>_…}
     * @param settingValues the raw values of the written settings (expressions not expanded): a variable
     *                      one of them names is read
     * @return the variables no setting group, key, connector or setting takes, sorted
     */
    static List<String> names(Map<String, String> environment, Collection<String> connectors, Collection<String> settingValues) {
        // a group whose settings are named by the operator (instances, accounts, venues) is taken by its first word
        List<String> prefixes = Stream.of(ConfigRoots.groups().stream().filter(group -> !FIXED_GROUPS.containsKey(group))
                        .map(group -> envForm(group) + "_"),
                connectors.stream().map(id -> envForm(id) + "_"), READ_DIRECTLY.stream())
                .flatMap(s -> s).map(name -> PREFIX + name).toList();
        // a single key, or a group of fixed keys, only as spelt: TRADEWIND_DATA_DIRECTORY began as TRADEWIND_DATA_DIR
        // did, and the service started on ./data without a word
        Set<String> exact = Stream.concat(ConfigRoots.keys().stream(), FIXED_GROUPS.entrySet().stream()
                        .flatMap(group -> group.getValue().stream().map(key -> group.getKey() + "." + key)))
                .map(name -> PREFIX + envForm(name)).collect(Collectors.toSet());
        Set<String> unread = new TreeSet<>();
        for (String variable : environment.keySet()) {
            if (variable.startsWith(PREFIX) && !exact.contains(variable) && prefixes.stream().noneMatch(variable::startsWith)
                    && settingValues.stream().noneMatch(value -> names(value, variable))) {
                unread.add(variable);
            }
        }
        return List.copyOf(unread);
    }

    /** Whether a setting's raw value names the variable: as an expression ({@code ${NAME}}, {@code ${NAME:default}}) or whole. */
    private static boolean names(String rawValue, String variable) {
        return rawValue.equals(variable) || rawValue.contains("${" + variable + "}") || rawValue.contains("${" + variable + ":");
    }

    /** MicroProfile Config's environment form: upper case, other characters as {@code _}. */
    private static String envForm(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
