package io.tradewind.exchange.toparz;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * An answer of 400 or more with its body, which TopArz uses to say why. The response kept is
 * rebuilt from the status and {@code Retry-After} only, so {@code VenueFailures} can classify it;
 * the message carries neither the body nor the URL.
 */
final class TopArzHttpError extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String body;

    TopArzHttpError(int status, String retryAfter, String body) {
        super("HTTP " + status, Response.status(status).header("Retry-After", retryAfter).build());
        this.body = body;
    }

    int status() {
        return getResponse().getStatus();
    }

    String body() {
        return body;
    }
}
