package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tradewind.execution.StoreException;
import io.tradewind.service.JsonBodyProblems;
import io.tradewind.service.UnknownInstanceException;
import io.tradewind.service.ordersapi.OrdersApiErrors;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes a JSON {@link ApiError} with one line, never a stack trace: the client
 * learns what to fix, and an unexpected failure is logged here with its trace.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response unknownInstance(UnknownInstanceException e) {
        return error(404, e.getMessage());
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreException e, UriInfo uri) {
        LOG.warnf("the store failed answering an API request: %s", e.getMessage());
        return error(uri, 503, "the service cannot use its store: " + e.getMessage());
    }

    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return error(uri, 400, JsonBodyProblems.describe(e) + "; see /q/openapi for the body this endpoint takes");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "no such endpoint; the endpoints are listed at /q/openapi";
            case 405 -> "this endpoint does not take that method; see /q/openapi";
            default -> Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return error(uri, status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (clientWentAway(e)) {
            // a command that gave up waiting (its timeout) is no fault of the service, and no answer reaches it
            LOG.debugf("the client of %s went away before its answer was written", uri.getPath());
            return error(uri, 500, "the client went away");
        }
        LOG.error("internal error answering an API request", e);
        return error(uri, 500, "internal error in the service (" + e.getClass().getSimpleName()
                + "); the service log has the details");
    }

    /** Vert.x's words when the answer is written to a connection the client closed. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && "Connection has been closed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Under the Orders API's path the error takes that API's shape ({@code {"detail": "..."}}), which its clients parse. */
    private static Response error(UriInfo uri, int status, String message) {
        return uri.getPath().startsWith(OrdersApiErrors.PATH) ? OrdersApiErrors.response(status, message) : error(status, message);
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}
