package io.tradewind.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
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
    private final Optional<MemorySize> limit;

    BodyTooLarge(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.json = json;
        this.limit = limit;
    }

    /** Just before Quarkus's own check, which answers the same 413 with an empty body; nothing without a limit. */
    void install(@Observes Router router) {
        limit.ifPresent(bytes -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseIfTooLarge(context, bytes.asLongValue())));
    }

    private void refuseIfTooLarge(RoutingContext context, long limitBytes) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // Netty has refused a malformed or negative length already; more digits than a long holds is too large
        if (length == null || !length.matches("\\d+") || length.length() < 19 && Long.parseLong(length) <= limitBytes) {
            context.next();
            return;
        }
        refuse(context, limitBytes);
    }

    private void refuse(RoutingContext context, long limitBytes) {
        String message = "the request body is larger than the " + limitBytes + " bytes this service takes"
                + " (quarkus.http.limits.max-body-size); send a smaller one";
        RouteErrors.answer(context, json, TOO_LARGE, message, true);
    }
}
