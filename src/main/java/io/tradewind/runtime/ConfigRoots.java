package io.tradewind.runtime;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups of {@code tradewind.*} properties the service reads. Quarkus refuses an unknown key
 * inside a group it maps ({@code tradewind.strategies.demo.colour}), but a misspelt group
 * ({@code tradewind.strategiez.demo.plugin}) is outside every mapping and would be ignored: the
 * service would start without the instances the operator configured.
 */
final class ConfigRoots {

    private static final String PREFIX = "tradewind.";
    /** Groups: {@code tradewind.<group>.…}. */
    private static final Set<String> GROUPS = Set.of("strategies", "paper", "execution", "service", "orders-api",
            "venues", "notify", "db");
    /** Single properties: {@code tradewind.<key>}, and {@code tradewind.api.token} and {@code .read-token}. */
    private static final Set<String> KEYS = Set.of("data-dir", "reports-dir", "config-file", "api.token",
            "api.read-token");

    private ConfigRoots() {
    }

    /** @throws ServiceConfigException naming the first of {@code propertyNames} (in order) that no group or key takes */
    static void check(Iterable<String> propertyNames) {
        Set<String> sorted = new TreeSet<>();
        propertyNames.forEach(sorted::add);
        for (String name : sorted) {
            if (name.startsWith(PREFIX) && !known(name.substring(PREFIX.length()))) {
                String meant = ConfigKeyNames.closest(name, KEYS.stream().map(key -> PREFIX + key).toList()).map(setting -> " (did you mean " + setting + "?)").orElse("");
                throw ServiceConfigReader.problem(name, "not a Tradewind setting" + meant + ": the settings are tradewind."
                        + String.join(".…, tradewind.", List.copyOf(new TreeSet<>(GROUPS))) + ".… and tradewind."
                        + String.join(", tradewind.", List.copyOf(new TreeSet<>(KEYS)))
                        + " (README, Running the service): correct its name or remove it");
            }
        }
    }

    /** The groups, as {@code strategies} in {@code tradewind.strategies.…}. */
    static Set<String> groups() {
        return GROUPS;
    }

    /** The single keys, as {@code data-dir} in {@code tradewind.data-dir}. */
    static Set<String> keys() {
        return KEYS;
    }

    private static boolean known(String rest) {
        int dot = rest.indexOf('.');
        return KEYS.contains(rest) || dot > 0 && GROUPS.contains(rest.substring(0, dot));
    }
}
