package io.tradewind.exchange;

import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * One venue's own keys in configuration, {@code tradewind.venues.<venue>.<key>}: what its factory
 * reads beyond {@link VenueSettings}, each key falling back to the venue's default when it is not
 * set, so that a venue runs unconfigured.
 */
public final class VenueConfig {

    private final Config config;
    private final String prefix;

    public VenueConfig(Config config, String venue) {
        this.config = config;
        this.prefix = "tradewind.venues." + venue + ".";
    }

    /** The key's value as {@code type}, or {@code otherwise} when it is not set. */
    public <T> T get(String key, Class<T> type, T otherwise) {
        return config.getOptionalValue(prefix + key, type).orElse(otherwise);
    }

    /** The key's comma-separated values, or {@code otherwise} when it is not set. */
    public List<String> list(String key, List<String> otherwise) {
        return config.getOptionalValues(prefix + key, String.class).map(List::copyOf).orElse(otherwise);
    }
}
