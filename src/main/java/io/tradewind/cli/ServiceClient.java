package io.tradewind.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.DeepestCause;
import io.tradewind.domain.InputEcho;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.api.ApiTokenFilter;
import io.tradewind.service.api.ServiceFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API of the service that owns the store, for the commands that read or change live state
 * while it runs. Every failure becomes a {@link ServiceCallException} with one line that says what
 * to do: which environment variable to set, that the token was refused, that the service does not
 * answer.
 */
final class ServiceClient {

    static final String OPERATOR_ENV = "TRADEWIND_API_TOKEN";
    static final String READ_ENV = "TRADEWIND_API_READ_TOKEN";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** A 2xx or 404 answer; the other statuses are failures. */
    record Answer(int status, JsonNode body) {
        boolean found() {
            return status != 404;
        }
    }

    private final ServiceFile service;
    private final Optional<String> operatorToken;
    private final Optional<String> readToken;
    private final Duration timeout;
    private final HttpClient http;

    /** @param readToken used for reading when no operator token is set */
    ServiceClient(ServiceFile service, Optional<String> operatorToken, Optional<String> readToken) {
        this(service, operatorToken, readToken, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long to wait to connect, and for an answer */
    ServiceClient(ServiceFile service, Optional<String> operatorToken, Optional<String> readToken, Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.service = service;
        this.operatorToken = operatorToken.map(String::strip).filter(t -> !t.isEmpty());
        this.readToken = readToken.map(String::strip).filter(t -> !t.isEmpty());
    }

    String baseUrl() {
        return service.baseUrl();
    }

    Answer get(String path) {
        return send(request(path, operatorToken.or(() -> readToken)).GET());
    }

    Answer post(String path) {
        return send(request(path, operatorToken).POST(HttpRequest.BodyPublishers.noBody()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Without a token the request goes out all the same: the 401 tells a service started without one apart. */
    private HttpRequest.Builder request(String path, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(timeout)
                .header("Accept", "application/json").header("User-Agent", KillSwitchSource.CLI_USER_AGENT);
        token.ifPresent(bearer -> request.header("Authorization", "Bearer " + bearer));
        return request;
    }

    /**
     * Why a 401 came: a service started without a token refuses everyone, and no token set here can
     * change that (telling the operator to set one sent them in a circle while the kill switch was needed).
     */
    private String unauthorized(JsonNode body, boolean tokenSent, boolean read) {
        if (message(body).startsWith(ApiTokenFilter.NO_TOKEN)) {
            return "the service at " + service.baseUrl() + " (pid " + service.pid() + ") was started without "
                    + OPERATOR_ENV + " and refuses every request, this command's too: stop it (kill " + service.pid()
                    + "; it stops cleanly) and run the command again, which then uses the store, or start the service"
                    + " again with " + OPERATOR_ENV + " set";
        }
        // reading also takes the read-only token, which an operator may hand out instead; but the operator
        // token goes first when both are set, so a wrong one there is the one to fix
        String whatToSet = read && operatorToken.isEmpty()
                ? OPERATOR_ENV + " to its operator token, or " + READ_ENV + " to its read-only token"
                : OPERATOR_ENV + " to its operator token";
        return tokenSent
                ? "the service at " + service.baseUrl() + " refused the token (401): set " + whatToSet
                        + " (the ones the service was started with)"
                : "a service is running at " + service.baseUrl() + " (pid " + service.pid() + ") and owns the store;"
                        + " commands reach it through its API: set the environment variable " + whatToSet;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            // a connect timeout is one too: the process holds the port but takes no connection
            String what = e instanceof HttpConnectTimeoutException ? "took no connection" : "gave no answer";
            throw new ServiceCallException("the service at " + service.baseUrl() + " (pid " + service.pid()
                    + ") owns the store but " + what + " within " + timeout.toSeconds() + " s: it may still be starting,"
                    + " be overloaded or be stopped (ps -o stat= -p " + service.pid() + " shows T); try again, or stop it"
                    + " to use the store directly");
        } catch (IOException e) {
            Throwable root = DeepestCause.of(e);
            throw new ServiceCallException("the service at " + service.baseUrl() + " (pid " + service.pid()
                    + ") owns the store but does not answer (" + (root.getMessage() != null ? root.getMessage()
                    : root.getClass().getSimpleName()) + "); wait until it has started, or stop it to use the store directly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException("interrupted while waiting for the service at " + service.baseUrl());
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2 || status == 404 || status == 409) {
            return new Answer(status, body);
        }
        throw new ServiceCallException(switch (status) {
            case 401 -> unauthorized(body, built.headers().firstValue("Authorization").isPresent(),
                    built.method().equals("GET"));
            case 403 -> "the service at " + service.baseUrl() + " lets this token only read (403): set " + OPERATOR_ENV
                    + " to the operator token";
            default -> "the service at " + service.baseUrl() + " answered " + status + ": " + message(body);
        }, status == 400 ? ExitCode.BAD_INPUT : ExitCode.SERVICE_UNAVAILABLE);
    }

    /** An API answer that is a list of objects, as the command line's rows. */
    static List<Map<String, Object>> rows(JsonNode array) {
        if (!array.isArray()) {
            // a service of another version, or a proxy in front of it: said, not an internal error
            throw new ServiceCallException("the service answered " + InputEcho.shortened(array.toString())
                    + " where a list was expected; is it this version of Tradewind?");
        }
        return JSON.convertValue(array, new TypeReference<List<Map<String, Object>>>() {
        });
    }

    static String message(JsonNode body) {
        return body.hasNonNull("error") ? body.get("error").asText() : "no explanation";
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
