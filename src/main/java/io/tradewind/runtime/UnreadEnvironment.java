package io.tradewind.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private UnreadEnvironment() {
    }

    /**
     * @param connectors    the connectors' ids, whose credentials come as {@code TRADEWIND_<ID>_…}
     * @param settingValues the raw values of the written settings (expressions not expanded): a variable
     *                      one of them names is read
     * @return the variables no setting group, key, connector or setting takes, sorted
     */
    static List<String> names(Map<String, String> environment, Collection<String> connectors, Collection<String> settingValues) {
        List<String> prefixes = Stream.of(ConfigRoots.groups().stream().map(group -> envForm(group) + "_"),
                ConfigRoots.keys().stream().map(UnreadEnvironment::envForm),
                connectors.stream().map(id -> envForm(id) + "_"), READ_DIRECTLY.stream())
                .flatMap(s -> s).map(name -> PREFIX + name).toList();
        Set<String> unread = new TreeSet<>();
        for (String variable : environment.keySet()) {
            if (variable.startsWith(PREFIX) && prefixes.stream().noneMatch(variable::startsWith)
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
