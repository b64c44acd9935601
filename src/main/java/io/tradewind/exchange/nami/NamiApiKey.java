package io.tradewind.exchange.nami;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Adds {@code x-api-key} to every private call. Private calls are refused by {@link NamiVenue}
 * before they are sent when the key is not configured, so the key is always there when this runs.
 */
final class NamiApiKey implements ClientRequestFilter {

    private final String key;

    NamiApiKey(String key) {
        this.key = key;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (key != null) {
            request.getHeaders().putSingle("x-api-key", key);
        }
    }
}
