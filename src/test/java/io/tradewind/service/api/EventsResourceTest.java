package io.tradewind.service.api;

import static io.tradewind.service.TestHttp.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.service.EventJournal;
import io.tradewind.service.ServiceEvent;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The live event stream over HTTP: the token, resuming after an event, live events, bad input. */
@QuarkusTest
class EventsResourceTest {

    private static final String READER = "test-read-token";

    @Inject
    EventJournal journal;

    @Test
    void a_client_resumes_after_the_last_event_it_saw_and_then_hears_new_ones_live() {
        long before = journal.lastSequence();
        journal.publish(ServiceEvent.ORDER, "btc-sma", Map.of("client_order_id", "c1", "status", "active", "price", "100000000000.5"));
        journal.publish(ServiceEvent.FILL, "btc-sma", Map.of("client_order_id", "c1", "quantity", "0.00000001"));

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader stream = open("/api/events?after=" + (before + 1), null)) {
                List<String> fill = event(stream);
                assertEquals("id:" + (before + 2), fill.get(0).replace(" ", ""), fill.toString());
                assertEquals("event:fill", fill.get(1).replace(" ", ""), fill.toString());
                assertTrue(fill.get(2).contains("\"quantity\":\"0.00000001\""), fill.toString());

                journal.publish(ServiceEvent.CANDLE, "btc-sma", Map.of("time", "2030-01-01T00:00:00Z", "close", "100"));
                List<String> candle = event(stream);
                assertEquals("event:candle", candle.get(0).replace(" ", ""), "no id: candles are not kept " + candle);
                assertTrue(candle.get(1).contains("\"close\":\"100\""), candle.toString());

                journal.publish(ServiceEvent.KILL_SWITCH, null, Map.of("on", "true", "by", "api"));
                List<String> live = event(stream);
                assertEquals("id:" + (before + 3), live.get(0).replace(" ", ""), live.toString());
                assertEquals("event:kill_switch", live.get(1).replace(" ", ""), live.toString());
            }
            try (BufferedReader stream = open("/api/events", String.valueOf(before + 2))) {
                List<String> resumed = event(stream);
                assertEquals("id:" + (before + 3), resumed.get(0).replace(" ", ""), "Last-Event-ID resumes: " + resumed);
            }
            // a reconnect keeps the URL it first opened: its last id is newer than that after
            try (BufferedReader stream = open("/api/events?after=" + (before + 1), String.valueOf(before + 2))) {
                List<String> resumed = event(stream);
                assertEquals("id:" + (before + 3), resumed.get(0).replace(" ", ""), "the header wins: " + resumed);
            }
            try (BufferedReader stream = open("/api/events?after=" + (before + 1) + "&lastEventId=" + (before + 2), null)) {
                List<String> resumed = event(stream);
                assertEquals("id:" + (before + 3), resumed.get(0).replace(" ", ""), "a polyfill's lastEventId wins: " + resumed);
            }
            try (BufferedReader stream = open("/api/events?after=" + (before + 2) + "&lastEventId=%20", null)) {
                List<String> resumed = event(stream);
                assertEquals("id:" + (before + 3), resumed.get(0).replace(" ", ""), "a blank lastEventId is none: " + resumed);
            }
        });
    }

    @Test
    void a_client_from_before_a_restart_is_told_it_missed_events() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader stream = open("/api/events?after=" + (journal.lastSequence() + 1000), null)) {
                List<String> missed = event(stream);
                assertEquals("event:missed", missed.get(0).replace(" ", ""), missed.toString());
                assertTrue(missed.get(1).contains("reload the state"), missed.toString());
            }
        });
    }

    @Test
    void the_stream_needs_a_token_and_a_sequence_number() throws Exception {
        assertEquals(401, get("/api/events", null).statusCode());
        var bad = get("/api/events?after=yesterday", READER);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("after must be an event's sequence number"), bad.body());
        assertEquals(400, statusOf("/api/events?after=%D9%A3"), "Long.parseLong read an Arabic-Indic three as 3");
        // a misspelt after replayed every kept event from the first
        var misspelt = get("/api/events?afer=5", READER);
        assertEquals(400, misspelt.statusCode(), misspelt.body());
        assertTrue(misspelt.body().contains("'afer' is not a parameter here (it takes after, lastEventId)"), misspelt.body());
        var badPolyfillId = get("/api/events?lastEventId=x", READER);
        assertEquals(400, badPolyfillId.statusCode(), badPolyfillId.body());
        assertTrue(badPolyfillId.body().contains("lastEventId must be an event's sequence number"), badPolyfillId.body());
    }

    /** Two Last-Event-ID headers resumed from one of them, where ?after=1&after=2 is a 400 (an audit). */
    @Test
    void a_last_event_id_given_twice_is_refused() throws Exception {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        // HTTP/1.1, as browsers' EventSource sends it (an h2c upgrade hands the server one of the two values); a
        // timeout, since a stream answered 200 never ends
        HttpRequest twice = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + READER)
                .header("Last-Event-ID", "1").header("Last-Event-ID", "2").build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(twice, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Last-Event-ID is given 2 times; give it once"), answer.body());
    }

    /** Streams that never read held the service's heap until it ran out (a security review). */
    @Test
    void no_more_than_the_most_streams_are_open_at_once_and_a_closed_one_frees_its_place() throws Exception {
        List<Socket> streams = new ArrayList<>();
        try {
            String refused = null;
            // other tests' streams may still be open: the cap is met at the 33rd stream at the latest
            for (int i = 0; i <= EventsResource.MAX_STREAMS && refused == null; i++) {
                Socket stream = rawStream();
                String answer = head(stream);
                if (answer.startsWith("HTTP/1.1 429")) {
                    refused = answer;
                    stream.close();
                } else {
                    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                    streams.add(stream);
                }
            }
            assertTrue(refused != null && refused.contains("event streams are open, the most the service serves at once"),
                    String.valueOf(refused));
            streams.remove(0).close();
            String afterAClose = "";
            for (int tries = 0; tries < 50 && !afterAClose.startsWith("HTTP/1.1 200"); tries++) {
                Thread.sleep(100);
                Socket stream = rawStream();
                afterAClose = head(stream);
                if (afterAClose.startsWith("HTTP/1.1 200")) {
                    streams.add(stream);
                } else {
                    stream.close();
                }
            }
            assertTrue(afterAClose.startsWith("HTTP/1.1 200"), afterAClose);
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    /**
     * A client that stops reading is hung up on once it is {@link EventStream#MAX_BEHIND} events behind, and its
     * connection is reset: Vert.x's close waited until everything already written had been read, so a client
     * that never read kept its connection, and megabytes of send buffer for it, until the idle timeout.
     */
    @Test
    void a_client_that_stops_reading_is_reset_once_too_far_behind() throws Exception {
        try (Socket stream = new Socket()) {
            stream.setReceiveBufferSize(4096); // before connecting: the window the server may fill
            stream.connect(new InetSocketAddress("localhost", testPort()));
            stream.setSoTimeout(10_000);
            request(stream);
            assertTrue(head(stream).startsWith("HTTP/1.1 200"));
            String padding = "x".repeat(1_000);
            // candles are not kept: they reach the open streams and leave the journal as it was
            for (int i = 0; i < 20_000; i++) {
                journal.publish(ServiceEvent.CANDLE, "btc-sma", Map.of("time", "2030-01-01T00:00:00Z", "pad", padding));
            }
            long read = 0;
            byte[] buffer = new byte[65_536];
            try {
                for (int n = stream.getInputStream().read(buffer); n >= 0; n = stream.getInputStream().read(buffer)) {
                    read += n;
                }
                fail("the connection closed in order once the client had read " + read + " bytes: one that never reads keeps it");
            } catch (SocketException reset) {
                assertTrue(reset.getMessage().contains("reset"), reset.toString());
            }
        }
    }

    private static int testPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    private static void request(Socket socket) throws Exception {
        socket.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + READER
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static Socket rawStream() throws Exception {
        Socket socket = new Socket("localhost", testPort());
        socket.setSoTimeout(10_000);
        request(socket);
        return socket;
    }

    /** The answer's status line and headers, and its body when it has a length (a stream has none). */
    private static String head(Socket socket) throws Exception {
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        while (answer.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            answer.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
        if (length.find()) {
            answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    /** The status of a GET with the read token, from the answer's head alone: a stream that opens does not end. */
    private static int statusOf(String path) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + testPort() + path)).header("Authorization", "Bearer " + READER).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private static BufferedReader open(String path, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + testPort() + path))
                .header("Authorization", "Bearer " + READER).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /** The next event's lines (id, event, data), up to the blank line that ends it. */
    private static List<String> event(BufferedReader stream) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = stream.readLine()) != null) {
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    return lines;
                }
                continue;
            }
            if (!line.startsWith(":")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
