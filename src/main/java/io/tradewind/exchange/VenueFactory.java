package io.tradewind.exchange;

import java.net.URI;

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
}
