package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.tradewind.service.ordersapi.OrdersApiErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body whose declared length is over {@code quarkus.http.limits.max-body-size} is refused
 * before any resource sees it, and Quarkus answered that 413 with an empty body. This refuses it
 * first, saying why, in the shape the path's API answers errors in: the Orders API's
 * {@code detail}, the UDF's {@code errmsg}, the service API's {@code error}.
 */
@ApplicationScoped
class BodyTooLarge {

    private static final int TOO_LARGE = 413;

    private final ObjectMapper json;
    private final long limitBytes;

    BodyTooLarge(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.json = json;
        this.limitBytes = limit.asLongValue();
    }

    /** Just before Quarkus's own check, which answers the same 413 with an empty body. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseIfTooLarge);
    }

    private void refuseIfTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limitBytes) {
            context.next();
            return;
        }
        refuse(context);
    }

    private void refuse(RoutingContext context) {
        String message = "the request body is larger than the " + limitBytes + " bytes this service takes"
                + " (quarkus.http.limits.max-body-size); send a smaller one";
        String path = context.normalizedPath();
        Object body = path.startsWith(OrdersApiErrors.PATH) ? Map.of("detail", message)
                : path.startsWith("/udf") ? udfError(message)
                : new ApiError(TOO_LARGE, message);
        try {
            // the body is not read, so the connection closes after the answer (what follows is no request),
            // as Quarkus's own check does
            context.response().setStatusCode(TOO_LARGE).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close())
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }

    private static Map<String, String> udfError(String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("s", "error");
        error.put("errmsg", message);
        return error;
    }
}
