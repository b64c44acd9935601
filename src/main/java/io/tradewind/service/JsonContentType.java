package io.tradewind.service;

import io.tradewind.domain.InputEcho;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a request body may be read as JSON by the type it declares. A body sent as
 * {@code text/plain} or as a form ({@code curl -d} without a {@code Content-Type}) was read as JSON
 * all the same, so a client that sent another format got a JSON error about the text instead of
 * being told its declared type is wrong. The rule is the seed's server's (FastAPI): a body without
 * a {@code Content-Type} is read as JSON, one declared {@code application/json} or
 * {@code application/*+json} (any parameters, such as a charset) too, anything else is refused.
 * Each endpoint answers the refusal, a 415, in its own error shape.
 */
public final class JsonContentType {

    private JsonContentType() {
    }

    /**
     * Why a non-empty body sent with the {@code Content-Type} headers {@code declared} (as many as the
     * request has, none included) cannot be read as JSON, in one line; empty when it can.
     */
    public static Optional<String> refusal(List<String> declared) {
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        if (declared.size() > 1) {
            return Optional.of("Content-Type is given " + declared.size() + " times; send the body once, as application/json");
        }
        String type = declared.get(0);
        if (isJson(type)) {
            return Optional.empty();
        }
        return Optional.of("the body is sent as Content-Type '" + InputEcho.shortened(type) + "', which is not JSON;"
                + " send it as JSON with the header Content-Type: application/json");
    }

    /** The type and subtype before any parameter, in any letter case, as RFC 9110 compares them. */
    private static boolean isJson(String type) {
        String essence = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return essence.equals("application/json")
                || essence.startsWith("application/") && essence.endsWith("+json") && essence.indexOf('/') == essence.lastIndexOf('/');
    }
}
