package io.tradewind.service.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code OPTIONS} is a 405 on every path of the REST layer ({@code /api}, the Orders API under
 * {@code /api/exchange}, {@code /udf}), as any method no endpoint takes. Left to RESTEasy Reactive,
 * it was answered 200 without a token: no resource method matched, so the token filters, which run
 * after matching, never ran, and its {@code Allow} header listed every method of the resource
 * class, those the path refuses too. CORS is off, so no browser preflight needs it.
 */
public class OptionsFilter {

    /** Before matching, which answers {@code OPTIONS} itself; whatever spelling of the path. */
    @ServerRequestFilter(preMatching = true)
    public void refuseOptions(ContainerRequestContext request) {
        if (request.getMethod().equals(HttpMethod.OPTIONS)) {
            // mapped like any 405 (ApiExceptionMappers): the error shape of the API asked, without Allow
            throw new WebApplicationException(405);
        }
    }
}
