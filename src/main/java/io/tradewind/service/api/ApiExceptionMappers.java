package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tradewind.domain.InputEcho;
import io.tradewind.execution.StoreException;
import io.tradewind.service.JsonBodyProblems;
import io.tradewind.service.UnknownInstanceException;
import io.tradewind.service.ordersapi.OrdersApiErrors;
import io.tradewind.service.udf.UdfResource;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.netty.handler.codec.DecoderException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
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
    public Response http(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "no such endpoint; the endpoints are listed at /q/openapi";
            case 405 -> "this endpoint does not take " + InputEcho.shortened(request.getMethod()) + "; /q/openapi lists"
                    + " the methods each endpoint takes";
            // "Not Acceptable" alone left the client guessing which header was wrong
            case 406 -> "the Accept header (" + InputEcho.shortened(String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)))
                    + ") names no type this endpoint answers (JSON; /udf/time plain text, /api/events an event stream,"
                    + " a report's page HTML); leave Accept out or include */*";
            // a Content-Type the REST layer cannot parse at all ("json"); a well-formed one that is not JSON is the endpoint's to say
            case 415 -> "the Content-Type header is not a media type this endpoint reads; send the body as JSON with the"
                    + " header Content-Type: application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return error(uri, status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (clientWentAway(e)) {
            // a command that gave up waiting (its timeout), or a client cut off mid-upload, is no fault of the
            // service, and no answer reaches it
            LOG.debugf("the client of %s went away before its request was read or its answer written", uri.getPath());
            return error(uri, 500, "the client went away");
        }
        String unreadable = unreadableBody(e);
        if (unreadable != null) {
            // Netty closes the connection after a framing error, so this answer rarely arrives; the log stays quiet all the same
            LOG.debugf("the request body of %s could not be read: %s", uri.getPath(), unreadable);
            return error(uri, 400, "the request body could not be read (" + unreadable + "); send it with a valid"
                    + " Content-Length or chunked encoding");
        }
        LOG.error("internal error answering an API request", e);
        return error(uri, 500, "internal error in the service (" + e.getClass().getSimpleName()
                + "); the service log has the details");
    }

    /**
     * Whether the client's connection closed under the request: while the answer was written (Vert.x's
     * words "Connection has been closed"), or while its body was read (an {@link HttpClosedException},
     * or a {@link ClosedChannelException} itself: its subclasses, a closed-by-interrupt among them, are
     * the service's own I/O failing).
     */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause.getClass() == ClosedChannelException.class
                    || cause instanceof IOException && "Connection has been closed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What was wrong with a request body the HTTP decoder could not frame (a chunk size that is no
     * hexadecimal number, say): the request's input stream hands the decoder's failure on wrapped in
     * an {@link IOException}; null for any other failure.
     */
    static String unreadableBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Throwable inner = cause.getCause();
            if (cause instanceof IOException && (inner instanceof NumberFormatException || inner instanceof DecoderException)) {
                return inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
            }
        }
        return null;
    }

    /** An error in the shape of the API asked: the Orders API's, the UDF's (an unknown chart path too), else ours. */
    private static Response error(UriInfo uri, int status, String message) {
        String path = uri.getPath();
        if (path.startsWith(OrdersApiErrors.PATH)) {
            return OrdersApiErrors.response(status, message);
        }
        return path.equals(UDF_PATH) || path.startsWith(UDF_PATH + "/") ? UdfResource.error(status, message)
                : error(status, message);
    }

    private static final String UDF_PATH = "/udf";

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}
