package io.tradewind.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.domain.DeepestCause;
import io.tradewind.exchange.VenueCallException.Kind;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Turns what a REST client throws into a {@link VenueCallException} that says what kind of failure
 * it was and whether a write may have taken effect. A venue's own error bodies (rejections, its
 * rate-limit answers) are mapped by its connector before this; what is left is transport.
 *
 * <p>The message names the venue, the call and the failure, never the cause's text: a client's
 * message may carry the URL, and a signed URL carries a signature.
 */
public final class VenueFailures {

    private VenueFailures() {
    }

    /**
     * @param call  what was asked, e.g. {@code place} or {@code GET /v3/orderbook}
     * @param write whether the call changes state at the venue (a placement, a cancel): then
     *              anything but a refused connection or a 4xx may have taken effect
     */
    public static VenueCallException classify(String venue, String call, Throwable failure, boolean write) {
        if (failure instanceof VenueCallException known) {
            return known;
        }
        WebApplicationException http = find(failure, WebApplicationException.class);
        if (http != null && http.getResponse() != null) {
            return fromStatus(venue, call, http.getResponse(), write);
        }
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null) {
            return new VenueCallException(Kind.UNAVAILABLE, venue + " " + call + ": cannot connect", false);
        }
        if (find(failure, TimeoutException.class) != null || find(failure, SocketTimeoutException.class) != null
                || isVertxTimeout(failure)) {
            return new VenueCallException(Kind.TIMEOUT, venue + " " + call + ": no answer in time"
                    + (write ? "; it may have taken effect" : ""), write);
        }
        if (find(failure, JsonProcessingException.class) != null) {
            return new VenueCallException(Kind.MALFORMED_ANSWER, venue + " " + call + ": the answer is not the JSON"
                    + " the venue documents" + (write ? "; it may have taken effect" : ""), write);
        }
        if (failure instanceof ProcessingException || find(failure, IOException.class) != null) {
            return new VenueCallException(Kind.UNAVAILABLE, venue + " " + call + ": connection failed ("
                    + rootCause(failure) + ")" + (write ? "; it may have taken effect" : ""), write);
        }
        return new VenueCallException(Kind.UNAVAILABLE, venue + " " + call + ": connection failed ("
                + rootCause(failure) + ")" + (write ? "; it may have taken effect" : ""), write);
    }

    /** A non-2xx answer the connector did not map itself. */
    public static VenueCallException fromStatus(String venue, String call, Response response, boolean write) {
        int status = response.getStatus();
        String what = venue + " " + call + ": HTTP " + status;
        if (status == 401) {
            return new VenueCallException(Kind.AUTHENTICATION, what + ", the venue refused our credentials", false);
        }
        if (status == 429) {
            Duration wait = retryAfter(response);
            return new VenueCallException(Kind.RATE_LIMITED, what + ", too many requests"
                    + (wait == null ? "" : "; retry after " + wait.toSeconds() + " s"), false, wait, null);
        }
        if (status >= 500) {
            return new VenueCallException(Kind.UNAVAILABLE, what + (write ? "; it may have taken effect" : ""), write);
        }
        if (status == 403) {
            return new VenueCallException(Kind.REFUSED, what + ", forbidden: check that the credentials may do this and"
                    + " that the venue accepts this server's IP address", false);
        }
        if (status == 404) {
            return notTheVenue(venue, call, status);
        }
        return new VenueCallException(Kind.REFUSED, what, false);
    }

    /**
     * An error answer without the venue's own error body: the server has no such path, so the base
     * URL is not the venue's (a typo, another server). It is neither the venue refusing us nor the
     * venue saying it knows no such order: read as the latter, a lost placement looked never placed.
     * Nothing was done at the venue, whatever the call.
     */
    public static VenueCallException notTheVenue(String venue, String call, int status) {
        return new VenueCallException(Kind.MALFORMED_ANSWER, venue + " " + call + ": HTTP " + status + ", an answer "
                + venue + " does not give; the base URL may not be a " + venue + " server: check it", false);
    }

    private static Duration retryAfter(Response response) {
        String header = response.getHeaderString("Retry-After");
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isVertxTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** What went wrong underneath, in words: a Java class name tells the operator nothing. */
    private static String rootCause(Throwable failure) {
        Throwable root = DeepestCause.of(failure);
        if (root.getClass().getSimpleName().contains("Closed")) {
            return "the venue closed the connection before its answer was complete";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "no reason given" : SecretMask.mask(message.strip());
    }
}
