package io.tradewind.runtime;

import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The property names the operator wrote: in configuration files and {@code -D} system properties,
 * not in the environment. An environment variable's name does not say where its dots were
 * ({@code TRADEWIND_API_READ_TOKEN} comes back as {@code tradewind.api.read.token}), and the
 * environment holds every variable of the machine, so only written names are checked for typos.
 */
final class WrittenPropertyNames {

    private WrittenPropertyNames() {
    }

    static Set<String> of(Config config) {
        Set<String> names = new TreeSet<>();
        for (ConfigSource source : config.getConfigSources()) {
            if (!fromEnvironment(source)) {
                names.addAll(source.getPropertyNames());
            }
        }
        return names;
    }

    private static boolean fromEnvironment(ConfigSource source) {
        return source instanceof io.smallrye.config.EnvConfigSource || source.getName().contains("EnvConfigSource");
    }
}
