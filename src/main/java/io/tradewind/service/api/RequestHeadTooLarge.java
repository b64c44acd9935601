package io.tradewind.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * A URL longer than the HTTP decoder reads ({@code quarkus.http.limits.max-initial-line-length}),
 * or headers larger than it reads ({@code max-header-size}), were answered 414 and 431 with an
 * empty body before any route: a script that pasted a long value learned nothing. application.properties
 * sets the decoder's limits well above the service's own, which this checks first, saying what was
 * too large and by how much, in the shape the path's API answers errors in.
 */
@ApplicationScoped
class RequestHeadTooLarge {

    /** The longest URL (path and query) the service reads, in characters: a chart's longest request is a tenth of it. */
    static final int LONGEST_URL = 8_192;
    /** The most header bytes (names, values, their separators) the service reads: a browser sends a few kilobytes. */
    static final int LARGEST_HEADERS = 32_768;

    private static final int URI_TOO_LONG = 414;
    private static final int HEADERS_TOO_LARGE = 431;

    private final ObjectMapper json;

    RequestHeadTooLarge(ObjectMapper json) {
        this.json = json;
    }

    /** After MalformedUrl: a URL both malformed and long is told what is malformed in it. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::refuseIfTooLarge);
    }

    private void refuseIfTooLarge(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > LONGEST_URL) {
            RouteErrors.answer(context, json, URI_TOO_LONG, "the URL is " + uri.length() + " characters long; the service"
                    + " reads at most " + LONGEST_URL + ": send shorter or fewer parameters", hasBody(context));
            return;
        }
        int headerBytes = headerBytes(context);
        if (headerBytes > LARGEST_HEADERS) {
            RouteErrors.answer(context, json, HEADERS_TOO_LARGE, "the request's headers are " + headerBytes + " bytes;"
                    + " the service reads at most " + LARGEST_HEADERS + ": send fewer or shorter ones", hasBody(context));
            return;
        }
        context.next();
    }

    /** Whether a body follows the head, left unread by the refusal: then the connection closes after it. */
    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.equals("0") || context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** As the HTTP decoder counts them: each header's name, value and the ": " between them. */
    private static int headerBytes(RoutingContext context) {
        int bytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }
}
