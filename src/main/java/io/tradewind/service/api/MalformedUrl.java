package io.tradewind.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.InputEcho;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A malformed URL (a percent-escape that is none, such as {@code %ZZ} or a lone {@code %}; a
 * character a URL may not hold unencoded, such as {@code |} (an unencoded space ends the request
 * line, and the HTTP decoder refuses that before Vert.x); escapes that decode to no UTF-8, such as
 * {@code %FF}) was answered 400 with an empty body (quarkusio/quarkus#37789): a script's unencoded
 * value got no word on what was wrong. Quarkus refuses the first two kinds before any route sees
 * the request, unless {@code vertx.disableURIValidation} is set, which {@link
 * io.tradewind.cli.TradewindMain} does; this refuses all three instead, saying what and where, in
 * the shape the path's API answers errors in, for a malformed path as for a malformed query.
 */
@ApplicationScoped
class MalformedUrl {

    private static final int BAD_REQUEST = 400;

    private final ObjectMapper json;

    MalformedUrl(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Before every other handler but Quarkus's own first ones; and as the router's answer to a 400
     * of its own, which it gives before any route to a path whose escapes it cannot normalise.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::refuseIfMalformed);
        router.errorHandler(BAD_REQUEST, this::answerTheRoutersBadRequest);
    }

    private void refuseIfMalformed(RoutingContext context) {
        String problem = problem(context.request().uri());
        if (problem == null) {
            context.next();
            return;
        }
        answer(context, problem);
    }

    /**
     * Ends the router's 400, with the reason when the URL is malformed; as Vert.x's own answer
     * otherwise (an error handler must end the response: calling next() would route the failed request again).
     */
    private void answerTheRoutersBadRequest(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.close();
            return;
        }
        String problem = problem(context.request().uri());
        if (problem != null) {
            answer(context, problem);
        } else {
            response.setStatusCode(BAD_REQUEST).end(response.getStatusMessage());
        }
    }

    private void answer(RoutingContext context, String problem) {
        RouteErrors.answer(context, json, BAD_REQUEST, "the URL is malformed: " + problem
                + "; percent-encode the value (a space is %20, % itself is %25)", false);
    }

    /**
     * What is wrong with {@code uri} (path and query as sent), or null: a percent-escape that is
     * none, a character a URL may not hold unencoded (as Quarkus's own check, which this one
     * replaces, refused), or escapes that decode to no UTF-8.
     */
    static String problem(String uri) {
        if (uri == null) {
            return null;
        }
        String escapes = uri.indexOf('%') < 0 ? null : badEscape(uri);
        if (escapes != null) {
            return escapes;
        }
        String unencoded = firstNonAscii(uri);
        if (unencoded != null) {
            return unencoded;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            int at = e.getIndex();
            return e.getReason().toLowerCase(Locale.ROOT) + (at >= 0 && at < uri.length()
                    ? " at character " + (at + 1) + " ('" + InputEcho.shortened(uri.substring(at, at + 1)) + "')" : "");
        }
        return null;
    }

    /**
     * Where a byte outside ASCII was sent as it is, or null: Vert.x reads the request line a byte a
     * character (ISO-8859-1), so UTF-8 sent unencoded (ش) arrived as other letters (Ø´), and was
     * answered "no strategy instance 'Ø´'" or an empty list for a symbol nobody sent.
     */
    private static String firstNonAscii(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c > 0x7E) {
                return "the byte 0x" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at character " + (i + 1)
                        + " is not ASCII (a URL carries other characters as percent-escapes of their UTF-8 bytes)";
            }
        }
        return null;
    }

    /** The value of an ASCII hexadecimal digit, or -1: Character.digit also reads other scripts' digits. */
    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /**
     * A percent-escape that is none, or a run of escapes whose bytes are no UTF-8. Only a run of
     * escapes need be decoded: a character written as itself is whole, so no escape can complete it.
     */
    private static String badEscape(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i)) {
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            for (; i < uri.length() && uri.charAt(i) == '%'; i += 3) {
                int high = i + 1 < uri.length() ? hexDigit(uri.charAt(i + 1)) : -1;
                int low = i + 2 < uri.length() ? hexDigit(uri.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return "'" + InputEcho.shortened(uri.substring(i, Math.min(uri.length(), i + 3)))
                            + "' at character " + (i + 1) + " is not a percent-escape (% and two hexadecimal digits)";
                }
                run.write(high * 16 + low);
            }
            if (!isUtf8(run.toByteArray())) {
                return "its percent-escapes decode to bytes that are not UTF-8";
            }
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
