package io.tradewind.service.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dashboard's page as the service serves it, over an API whose answers a test sets and an event
 * stream it writes to, event by event: for what the page does with the service's answers and their
 * timing, without a service behind them (a browser test of the real service is {@link DashboardBrowserTest}).
 */
final class FakeDashboardService implements AutoCloseable {

    private static final String PAGE = "META-INF/resources";
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript", "css", "text/css");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> askedWithQuery = new CopyOnWriteArrayList<>();
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean down;
    private int sequence;

    FakeDashboardService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        answers.put("/api/session", "{\"access\":\"operate\"}");
        answers.put("/api/strategies", "[]");
        answers.put("/api/kill-switch", "{\"on\":false}");
        answers.put("/api/balances", "[]");
        answers.put("/api/orders", "[]");
        answers.put("/api/fills", "[]");
        answers.put("/api/reports", "[]");
        answers.put("/api/equity", "{\"instances\":{},\"totals\":{}}");
        answers.put("/udf/history", "{\"s\":\"no_data\"}");
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** What {@code path} (without its query) answers from now on: a JSON body. */
    void answer(String path, String json) {
        answers.put(path, json);
    }

    /** How many requests for {@code path} (without its query) came so far. */
    long askedFor(String path) {
        return asked.stream().filter(path::equals).count();
    }

    /** The requests for {@code path} so far, each with its query as sent ({@code /api/equity?since=…}). */
    List<String> requestsFor(String path) {
        return askedWithQuery.stream().filter(request -> request.equals(path) || request.startsWith(path + "?")).toList();
    }

    /** Sends an event of {@code type} on every open event stream, numbered on from the last. */
    synchronized void send(String type, String instance, String dataJson) {
        sequence++;
        String event = "id: " + sequence + "\nevent: " + type + "\ndata: {\"sequence\":" + sequence
                + ",\"time\":\"2026-01-01T10:00:00Z\",\"type\":\"" + type + "\",\"instance\":\"" + instance
                + "\",\"data\":" + dataJson + "}\n\n";
        for (OutputStream stream : streams) {
            try {
                stream.write(event.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException closedByThePage) {
                streams.remove(stream);
            }
        }
    }

    /** Whether the service answers: down, every request is dropped unanswered and the open streams end, as a stopped service's. */
    void down(boolean isDown) {
        down = isDown;
        if (isDown) {
            streams.forEach(stream -> {
                try {
                    stream.close();
                } catch (IOException alreadyClosed) {
                    // the page let go of it first
                }
            });
            streams.clear();
        }
    }

    boolean streaming() {
        return !streams.isEmpty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        asked.add(path);
        String query = exchange.getRequestURI().getRawQuery();
        askedWithQuery.add(query == null ? path : path + "?" + query);
        if (down && !path.startsWith("/dashboard/") && !path.equals("/")) {
            exchange.close(); // no answer at all: the browser's fetch fails as for a refused connection
            return;
        }
        if (path.equals("/api/events")) {
            stream(exchange);
            return;
        }
        if (path.startsWith("/api/") || path.startsWith("/udf/")) {
            reply(exchange, 200, "application/json", answers.getOrDefault(path, "{}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String resource = path.equals("/dashboard/lightweight-charts.js") ? ChartLibrary.RESOURCE
                : PAGE + (path.equals("/") ? "/index.html" : path);
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (file == null) {
                reply(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            reply(exchange, 200, TYPES.getOrDefault(resource.substring(resource.lastIndexOf('.') + 1), "text/plain"),
                    file.readAllBytes());
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An event stream that stays open until the service closes, as the real one does. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        streams.add(out);
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(out);
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
