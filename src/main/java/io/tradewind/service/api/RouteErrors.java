package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.service.ordersapi.OrdersApiErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered by a Vert.x route before any resource sees the request, in the shape the
 * path's API answers its errors in: the Orders API's {@code detail}, the UDF's {@code errmsg},
 * the service API's {@code error} (also for any other path).
 */
final class RouteErrors {

    private RouteErrors() {
    }

    /**
     * Ends the request with the error. The header filters of application.properties match by path,
     * which a malformed path fails: the two that matter for an error are set here. With {@code
     * bodyUnread} the connection closes after the answer on HTTP/1 (what follows is the unread body,
     * no request), as Quarkus's own checks do; an HTTP/2 stream ends alone, its connection carries others.
     */
    static void answer(RoutingContext context, ObjectMapper json, int status, String message, boolean bodyUnread) {
        HttpServerResponse response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (bodyUnread && context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(ended -> context.request().connection().close());
        }
        try {
            response.end(json.writeValueAsString(body(context, status, message)));
        } catch (JsonProcessingException e) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain").end(message);
        }
    }

    static Object body(RoutingContext context, int status, String message) {
        String path = pathInApp(context);
        return path.startsWith(OrdersApiErrors.PATH) ? Map.of("detail", message)
                : path.startsWith("/udf") ? udfError(message)
                : new ApiError(status, message);
    }

    /** The path without the application's root path; as it came where it cannot be normalised (a malformed escape). */
    private static String pathInApp(RoutingContext context) {
        String path;
        try {
            path = context.normalizedPath();
        } catch (IllegalArgumentException malformedEscape) {
            path = context.request().path();
        }
        String mount = context.mountPoint();
        return path == null ? "" : mount != null && path.startsWith(mount) ? path.substring(mount.length()) : path;
    }

    private static Map<String, String> udfError(String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("s", "error");
        error.put("errmsg", message);
        return error;
    }
}
