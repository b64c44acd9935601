package io.tradewind.exchange;

import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Opens one venue's connector. Each venue package provides one as an application-scoped bean;
 * {@link VenueRegistry} finds them all.
 */
public interface VenueFactory {

    /** The venue id in lower case, as in configuration and commands: {@code nobitex}. */
    String id();

    /** The venue's production base URL, used when configuration names none. */
    URI defaultBaseUrl();

    Venue open(VenueSettings settings);

    /**
     * Reads every key of the venue's own options (beyond {@link VenueRegistry#COMMON_SETTINGS}) from
     * {@code venue}, as opening the connector does; a venue without options of its own reads none.
     *
     * @throws IllegalArgumentException a value of the wrong type, naming the property
     */
    default void readOptions(VenueConfig venue) {
    }

    /** The keys under {@code tradewind.venues.<id>.} the venue's own options read, their values checked on the way. */
    default Set<String> ownSettings(Config config) {
        VenueConfig venue = new VenueConfig(config, id());
        readOptions(venue);
        return venue.keysRead();
    }
}
