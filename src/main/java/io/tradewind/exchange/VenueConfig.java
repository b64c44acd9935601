package io.tradewind.exchange;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * One venue's own keys in configuration, {@code tradewind.venues.<venue>.<key>}: what its factory
 * reads beyond {@link VenueSettings}, each key falling back to the venue's default when it is not
 * set, so that a venue runs unconfigured.
 */
public final class VenueConfig {

    private final Config config;
    private final String prefix;
    private final Set<String> keysRead = new TreeSet<>();

    public VenueConfig(Config config, String venue) {
        this.config = config;
        this.prefix = "tradewind.venues." + venue + ".";
    }

    /**
     * The key's value as {@code type}, or {@code otherwise} when it is not set.
     *
     * @throws IllegalArgumentException the value is not a {@code type}, naming the property
     */
    public <T> T get(String key, Class<T> type, T otherwise) {
        keysRead.add(key);
        try {
            return config.getOptionalValue(prefix + key, type).orElse(otherwise);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new IllegalArgumentException(prefix + key + ": '" + config.getConfigValue(prefix + key).getValue()
                    + "' is not a " + typeName(type));
        }
    }

    /** The key's comma-separated values, or {@code otherwise} when it is not set. */
    public List<String> list(String key, List<String> otherwise) {
        keysRead.add(key);
        return config.getOptionalValues(prefix + key, String.class).map(List::copyOf).orElse(otherwise);
    }

    /** The keys asked for so far: a venue's own settings, once its options were read through this. */
    public Set<String> keysRead() {
        return Set.copyOf(keysRead);
    }

    private static String typeName(Class<?> type) {
        return type == Long.class ? "whole number" : type == BigDecimal.class ? "decimal number"
                : type == Duration.class ? "duration such as 30s or PT30S" : type.getSimpleName();
    }
}
