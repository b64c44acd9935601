package io.tradewind.exchange;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * An answer of 400 or more with its body, where a venue says why. The response kept is rebuilt
 * from the status and {@code Retry-After} only, so that {@link VenueFailures} can classify it; the
 * message carries neither the body nor the (possibly signed) URL.
 */
public final class VenueHttpError extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String body;

    public VenueHttpError(int status, String retryAfter, String body) {
        super("HTTP " + status, Response.status(status).header("Retry-After", retryAfter).build());
        this.body = body;
    }

    public int status() {
        return getResponse().getStatus();
    }

    public String body() {
        return body;
    }

    /** Registered on a venue's REST clients, before the default mapper that would drop the body. */
    public static final class Mapper implements ResponseExceptionMapper<VenueHttpError> {

        @Override
        public VenueHttpError toThrowable(Response response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new VenueHttpError(response.getStatus(), response.getHeaderString("Retry-After"), body);
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
