package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.tradewind.service.api.ServiceFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a command says when the running service cannot do its work: one line each, naming what to do. */
class ServiceClientTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{\"on\": false}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ServiceClient client(Optional<String> operator, Optional<String> read) {
        return new ServiceClient(new ServiceFile("http://127.0.0.1:" + server.getAddress().getPort(), 42), operator, read);
    }

    @Test
    void the_operator_token_is_sent_and_the_read_token_only_reads() {
        assertEquals(false, client(Optional.of("op"), Optional.of("rd")).get("/api/kill-switch").body().get("on").asBoolean());
        client(Optional.empty(), Optional.of("rd")).get("/api/kill-switch");
        assertEquals(List.of("Bearer op", "Bearer rd"), authorizations);

        status = 401;
        body = "{\"status\": 401, \"error\": \"no token\"}";
        ServiceCallException noOperator = assertThrows(ServiceCallException.class,
                () -> client(Optional.of(" "), Optional.of("rd")).post("/api/kill-switch"));
        assertNull(authorizations.get(2), "asked without a token: the service says whether it has one");
        assertEquals(ExitCode.SERVICE_UNAVAILABLE, noOperator.exitCode());
        assertTrue(noOperator.getMessage().contains("set the environment variable TRADEWIND_API_TOKEN"), noOperator.getMessage());
        assertTrue(noOperator.getMessage().contains("(pid 42)"), noOperator.getMessage());
        // reading also takes the read-only token: the message said only the operator's
        ServiceCallException noReader = assertThrows(ServiceCallException.class,
                () -> client(Optional.empty(), Optional.empty()).get("/api/orders"));
        assertTrue(noReader.getMessage().endsWith("set the environment variable TRADEWIND_API_TOKEN to its operator token, or"
                + " TRADEWIND_API_READ_TOKEN to its read-only token"), noReader.getMessage());
        // with both set, reading sends the operator's: that is the one to fix
        ServiceCallException wrongOperator = assertThrows(ServiceCallException.class,
                () -> client(Optional.of("wrong"), Optional.of("rd")).get("/api/orders"));
        assertTrue(wrongOperator.getMessage().contains("refused the token (401): set TRADEWIND_API_TOKEN to its operator token"
                + " (the ones"), wrongOperator.getMessage());
    }

    @Test
    void refused_and_read_only_tokens_and_other_errors_are_explained() {
        status = 401;
        assertMessage("refused the token (401): set TRADEWIND_API_TOKEN");
        status = 403;
        assertMessage("lets this token only read (403)");
        status = 501;
        body = "{\"status\": 501, \"error\": \"this service cannot cancel single orders yet\"}";
        assertMessage("answered 501: this service cannot cancel single orders yet");
    }

    /** "Set TRADEWIND_API_TOKEN to the operator token" cannot help when the service has none: the kill switch was out of reach. */
    @Test
    void a_service_started_without_a_token_is_said_so_with_what_to_do_instead() {
        status = 401;
        body = "{\"status\": 401, \"error\": \"this service has no API token: it refuses every request until it is"
                + " restarted with TRADEWIND_API_TOKEN set\"}";
        assertMessage("was started without TRADEWIND_API_TOKEN and refuses every request, this command's too: stop it"
                + " (kill 42; it stops cleanly) and run the command again, which then uses the store");
        ServiceCallException withoutToken = assertThrows(ServiceCallException.class,
                () -> client(Optional.empty(), Optional.empty()).post("/api/kill-switch"));
        assertTrue(withoutToken.getMessage().contains("was started without TRADEWIND_API_TOKEN"), withoutToken.getMessage());
    }

    @Test
    void a_404_is_an_answer_the_command_explains() {
        status = 404;
        body = "{\"status\": 404, \"error\": \"no order\"}";
        assertEquals(false, client(Optional.of("op"), Optional.empty()).post("/api/orders/x/cancel").found());
    }

    @Test
    void a_service_that_does_not_answer_is_said_so() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ServiceClient silent = new ServiceClient(new ServiceFile("http://127.0.0.1:" + closed, 42), Optional.of("op"),
                Optional.empty());

        ServiceCallException e = assertThrows(ServiceCallException.class, () -> silent.get("/api/kill-switch"));
        assertTrue(e.getMessage().contains("owns the store but does not answer"), e.getMessage());
    }

    /** A service that takes the connection and never answers (stopped by SIGSTOP) was named by a Java class name. */
    @Test
    void a_service_that_takes_the_call_and_never_answers_is_said_so_with_what_to_check() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServiceClient stuck = new ServiceClient(new ServiceFile("http://127.0.0.1:" + socket.getLocalPort(), 42),
                    Optional.of("op"), Optional.empty(), Duration.ofSeconds(1));

            ServiceCallException e = assertThrows(ServiceCallException.class, () -> stuck.get("/api/kill-switch"));

            assertTrue(e.getMessage().contains("(pid 42) owns the store but gave no answer within 1 s: it may still be"
                    + " starting, be overloaded or be stopped (ps -o stat= -p 42 shows T)"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    private void assertMessage(String expected) {
        ServiceCallException e = assertThrows(ServiceCallException.class,
                () -> client(Optional.of("op"), Optional.empty()).post("/api/kill-switch"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(ExitCode.SERVICE_UNAVAILABLE, e.exitCode());
    }
}
