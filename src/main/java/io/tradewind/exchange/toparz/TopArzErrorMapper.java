package io.tradewind.exchange.toparz;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every answer of 400 or more into a {@link TopArzHttpError} that keeps the body. */
final class TopArzErrorMapper implements ResponseExceptionMapper<TopArzHttpError> {

    @Override
    public TopArzHttpError toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new TopArzHttpError(response.getStatus(), response.getHeaderString("Retry-After"), body);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** Before the client's default mapper, which would drop the body. */
    @Override
    public int getPriority() {
        return 1;
    }
}
