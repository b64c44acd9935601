package io.tradewind.exchange;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Adds {@code Authorization: Bearer <token>} to every call of a REST client when a token is
 * configured. Without one the request goes out bare; connectors refuse private calls before that,
 * naming the variable to set.
 */
public final class BearerAuth implements ClientRequestFilter {

    private final Optional<String> token;

    public BearerAuth(Optional<String> token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        token.ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + value));
    }
}
