package io.tradewind.exchange.toparz;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Adds {@code Authorization: Bearer <token>} to every call of {@link TopArzApi} when a token is
 * configured ({@code TRADEWIND_TOPARZ_TOKEN}). Without one the request goes out bare: market data
 * may still answer, and account calls are refused by {@link TopArzVenue} before they are sent.
 */
final class TopArzBearerAuth implements ClientRequestFilter {

    private final Optional<String> token;

    TopArzBearerAuth(Optional<String> token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        token.ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + value));
    }
}
