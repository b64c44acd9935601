package io.tradewind.exchange.nobitex;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Adds {@code Authorization: Token <key>} with the session's current token to every private call. */
final class NobitexAuthFilter implements ClientRequestFilter {

    private final NobitexSession session;

    NobitexAuthFilter(NobitexSession session) {
        this.session = session;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String token = session.currentToken();
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Token " + token);
        }
    }
}
