package io.tradewind.service.api;

import io.tradewind.service.ordersapi.OrdersApiErrors;
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
