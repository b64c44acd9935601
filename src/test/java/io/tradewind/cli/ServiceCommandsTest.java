package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.api.ServiceFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a service announces itself in the data directory, {@code orders list}, {@code orders cancel}
 * and {@code kill-switch} go through its API (here a fake answering on a local port) with the
 * operator token, and never open the store; without one, the kill switch is switched in the store,
 * where a service finds it when it starts.
 */
@QuarkusMainTest
class ServiceCommandsTest {

    private static final String ORDER = "{\"client_order_id\": \"cid-7\", \"symbol\": \"BTC-IRR\", \"side\": \"buy\","
            + " \"type\": \"limit\", \"price\": \"100000000000\", \"quantity\": \"0.00000001\", \"filled\": \"0\","
            + " \"status\": \"active\", \"strategy_instance\": \"btc-sma\", \"created_at\": \"2026-01-02T03:00:00Z\"}";

    private static final Map<String, String> ANSWERS = Map.of(
            "GET /api/orders?status=active&symbol=BTC-IRR&limit=1001", "[" + ORDER + "]",
            "POST /api/orders/cid-7/cancel", ORDER,
            "POST /api/kill-switch?cancelOrders=true", "{\"on\": true, \"since\": \"2026-01-02T04:00:00Z\", \"ordersCancelled\": 3,"
                    + " \"changed\": true}",
            "GET /api/kill-switch", "{\"on\": true, \"since\": \"2026-01-02T04:00:00Z\", \"ordersCancelled\": 0}",
            "POST /api/kill-switch/off", "{\"on\": false, \"since\": null, \"ordersCancelled\": 0, \"changed\": false}");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Path dataDir;

    @BeforeEach
    void startFakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            String answer = ANSWERS.get(request);
            byte[] bytes = (answer == null ? "{\"status\": 404, \"error\": \"no order\"}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        dataDir = Path.of(ConfigProvider.getConfig().getValue("tradewind.data-dir", String.class));
    }

    @AfterEach
    void stopFakeService() throws IOException {
        if (serving != null) {
            serving.close(); // releases the lock with the channel
            serving = null;
        }
        server.stop(0);
        // other command tests share this data directory and must find no service
        Files.deleteIfExists(ServiceFile.in(dataDir));
    }

    /** The service lock the fake service holds, as a serving process does; null while none is held. */
    private FileChannel serving;

    /** Announces the fake service as the running one: its file, naming this live process, and the service lock held. */
    private void announceServing() throws IOException {
        announce(ProcessHandle.current().pid());
        serving = FileChannel.open(dataDir.resolve(ServiceFile.SERVICE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        serving.lock();
    }

    private void announce(long pid) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(ServiceFile.in(dataDir), "{\"baseUrl\": \"http://127.0.0.1:" + server.getAddress().getPort()
                + "\", \"pid\": " + pid + "}");
    }

    @Test
    void orders_and_the_kill_switch_go_through_the_running_service(QuarkusMainLauncher launcher) throws IOException {
        announceServing();

        LaunchResult list = launcher.launch("orders", "list", "--status", "active", "--symbol", "BTC-IRR");
        assertEquals(0, list.exitCode(), list.getErrorOutput());
        assertTrue(list.getOutput().contains("cid-7            BTC-IRR  buy   limit  100000000000  -           0.00000001  0       active"),
                list.getOutput());

        LaunchResult cancel = launcher.launch("orders", "cancel", "cid-7");
        assertEquals(0, cancel.exitCode(), cancel.getErrorOutput());
        assertTrue(cancel.getOutput().contains("cancel of order cid-7 (active) requested through the service at http://127.0.0.1:"),
                cancel.getOutput());

        LaunchResult unknown = launcher.launch("orders", "cancel", "cid-8");
        assertEquals(ExitCode.NOT_FOUND, unknown.exitCode());
        assertTrue(unknown.getErrorOutput().contains("no order with client order id 'cid-8' in the service"),
                unknown.getErrorOutput());

        LaunchResult on = launcher.launch("kill-switch", "on", "--cancel-orders");
        assertEquals(0, on.exitCode(), on.getErrorOutput());
        assertTrue(on.getOutput().contains("kill switch on in the service at http://127.0.0.1:"), on.getOutput());
        assertTrue(on.getOutput().contains("cancellation of 3 open orders requested"), on.getOutput());

        LaunchResult status = launcher.launch("kill-switch", "status");
        assertTrue(status.getOutput().contains("since 2026-01-02T04:00:00Z"), status.getOutput());

        LaunchResult off = launcher.launch("kill-switch", "off");
        assertEquals(0, off.exitCode(), off.getErrorOutput());
        // the fake answers that the switch changed nothing, as a service whose switch was off already
        assertTrue(off.getOutput().contains("the kill switch was off already in the service at http://127.0.0.1:"),
                off.getOutput());
        assertTrue(off.getOutput().contains("; nothing changed"), off.getOutput());
        assertTrue(requests.get(5).startsWith("POST /api/kill-switch/off "), requests.toString());

        assertEquals(6, requests.size(), requests.toString());
        assertTrue(requests.stream().allMatch(r -> r.endsWith(" Bearer test-operator-token")), requests.toString());
        // the service records a switch made here as made through the command line
        assertTrue(userAgents.stream().allMatch(KillSwitchSource.CLI_USER_AGENT::equals), userAgents.toString());
    }

    @Test
    void a_stale_file_or_none_means_no_service(QuarkusMainLauncher launcher) throws Exception {
        // after a kill -9 or a reboot the file's pid may be another live process's: without the service lock it is stale
        announce(ProcessHandle.current().pid());
        LaunchResult reused = launcher.launch("orders", "list", "--symbol", "NO-SUCH");
        assertEquals(0, reused.exitCode(), reused.getErrorOutput());
        assertTrue(reused.getOutput().startsWith("client_order_id"), reused.getOutput());

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        announce(gone.pid());

        LaunchResult list = launcher.launch("orders", "list", "--symbol", "NO-SUCH");
        assertEquals(0, list.exitCode(), list.getErrorOutput());
        assertTrue(list.getOutput().startsWith("client_order_id"), list.getOutput());

        LaunchResult on = launcher.launch("kill-switch", "on", "--cancel-orders");
        assertEquals(0, on.exitCode(), on.getErrorOutput());
        assertTrue(on.getOutput().startsWith("kill switch on in the store (no service is running)"), on.getOutput());
        assertTrue(on.getOutput().contains(" requested, sent by the service when it reconciles at start"),
                on.getOutput());
        LaunchResult status = launcher.launch("kill-switch", "status");
        assertEquals(0, status.exitCode(), status.getErrorOutput());
        assertTrue(status.getOutput().startsWith("kill switch on in the store (no service is running) since "), status.getOutput());
        assertTrue(status.getOutput().strip().endsWith("by cli"), status.getOutput());

        // off again: other tests start services on this data directory
        LaunchResult off = launcher.launch("kill-switch", "off");
        assertEquals(0, off.exitCode(), off.getErrorOutput());
        assertTrue(launcher.launch("kill-switch", "status").getOutput().startsWith("kill switch off in the store"));
        assertEquals(List.of(), requests);
    }
}
