package io.tradewind.exchange.nami;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * An answer of 400 or more with its body, where Nami says why ({@code BROKER_ERROR} and a code).
 * The response kept is rebuilt from the status and {@code Retry-After} only, so that
 * {@code VenueFailures} can classify it; the message carries neither the body nor the signed URL.
 */
final class NamiHttpError extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String body;

    NamiHttpError(int status, String retryAfter, String body) {
        super("HTTP " + status, Response.status(status).header("Retry-After", retryAfter).build());
        this.body = body;
    }

    int status() {
        return getResponse().getStatus();
    }

    String body() {
        return body;
    }

    /** Registered on both REST clients, before the default mapper that would drop the body. */
    static final class Mapper implements ResponseExceptionMapper<NamiHttpError> {

        @Override
        public NamiHttpError toThrowable(Response response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new NamiHttpError(response.getStatus(), response.getHeaderString("Retry-After"), body);
        }

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public int getPriority() {
            return 1;
        }
    }
}
