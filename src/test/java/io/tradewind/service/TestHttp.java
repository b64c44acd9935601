package io.tradewind.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the application a {@code @QuarkusTest} started, on its test port. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestHttp() {
    }

    public static HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    public static HttpResponse<String> post(String path, String token, String jsonBody) {
        HttpRequest.Builder request = request(path, token);
        if (jsonBody == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** A POST of {@code body} declared as {@code contentType}, or without a {@code Content-Type} when it is null. */
    public static HttpResponse<String> postDeclared(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = request(path, token);
        return send((contentType == null ? request : request.header("Content-Type", contentType))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The raw answer to a JSON POST that declares a body of {@code contentLength} bytes and sends
     * none of it: what a server that refuses the body by its length says before reading it. (The
     * JDK 17 client's {@code expectContinue} waits for good when the answer is not 100.)
     */
    public static String postDeclaringLength(String path, String token, long contentLength) {
        return raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n");
    }

    /** The raw answer to a GET of {@code path} sent as it is: the JDK's client refuses a malformed URL before sending it. */
    public static String getRaw(String path, String token) {
        return getRaw(path, token, "");
    }

    /** {@link #getRaw(String, String)} with one more header line, over HTTP/1.1 (the JDK's client would upgrade to HTTP/2). */
    public static String getRaw(String path, String token, String headerLine) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + (headerLine.isEmpty() ? "" : "\r\n" + headerLine) + "\r\nConnection: close\r\n\r\n");
    }

    private static String raw(String head) {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET whose Accept header is {@code accept}. */
    public static HttpResponse<String> getAccepting(String path, String token, String accept) {
        return send(request(path, token).header("Accept", accept).GET());
    }

    /** A request of {@code method} without a body. */
    public static HttpResponse<String> withMethod(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public static HttpResponse<String> options(String path, String token) {
        return send(request(path, token).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** A bare POST from a client that names itself with {@code userAgent}. */
    public static HttpResponse<String> postAs(String userAgent, String path, String token) {
        return send(request(path, token).header("User-Agent", userAgent).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
