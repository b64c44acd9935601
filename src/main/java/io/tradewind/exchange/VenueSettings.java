package io.tradewind.exchange;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one venue: {@code tradewind.venues.<venue>.*} in configuration, or a command's
 * {@code --base-url}. Credentials come from the environment only.
 *
 * @param account        the name our orders and balances at this venue are kept under
 * @param rateLimitWait  the longest a call waits for the venue's rate limit before failing
 */
public record VenueSettings(String venue, URI baseUrl, Duration connectTimeout, Duration readTimeout,
        Duration rateLimitWait, String account, VenueCredentials credentials) {

    public VenueSettings {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(credentials, "credentials");
    }
}
