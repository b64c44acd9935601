package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while {@code serve} is still booting: the service gives up its start-up with one line and
 * exit code 143, not with the stack traces of a store closed under it, and the store it leaves
 * starts and stops again cleanly. The signal is sent at the application's first line of output,
 * while Quarkus boots (its store migrations, its beans), before the service starts.
 */
class ServeStopSignalIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void sigtermWhileBootingStopsWithOneLineAndLeavesAStoreThatStartsAgain() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        Path work = Files.createDirectories(Path.of("target", "ServeStopSignalIT", "run-" + System.currentTimeMillis()));
        List<String> jvmArgs = List.of("-XX:TieredStopAtLevel=1", "-Dtradewind.data-dir=" + work.resolve("data").toAbsolutePath(),
                "-Dquarkus.http.port=0");
        List<String> serve = List.of("serve", "--config", Path.of("deploy", "demo.properties").toString());

        PackagedApp booting = PackagedApp.start(jvmArgs, serve, Map.of(), work.resolve("booting.log"));
        int exit;
        try {
            assertTrue(booting.awaitLine(0, line -> true, START_TIMEOUT) >= 0, "no output:\n" + booting.tail(20));
        } finally {
            exit = booting.stop();
        }
        List<String> lines = booting.lines();
        assertEquals(143, exit, booting.tail(40));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("stopped by SIGTERM during start-up")), booting.tail(40));
        assertTrue(lines.stream().noneMatch(line -> line.contains("Exception") || line.startsWith("\tat ")),
                "no stack trace:\n" + String.join("\n", lines));

        PackagedApp again = PackagedApp.start(jvmArgs, serve, Map.of(), work.resolve("again.log"));
        try {
            assertTrue(again.awaitLine(0, line -> line.startsWith("Tradewind is running"), START_TIMEOUT) >= 0,
                    again.tail(40));
            theStoreIsServedOnLoopbackOnly(work.resolve("data"));
        } finally {
            exit = again.stop();
        }
        assertEquals(143, exit, again.tail(40));
        // the demo trades market orders only: none can be open
        assertTrue(again.lines().stream().anyMatch(line -> line.contains("service stopped; no order left open")), again.tail(40));
    }

    /** From /proc/net/tcp{,6}: the listening sockets on the port, each bound to a loopback address. */
    private static boolean listensOnLoopbackOnly(int port) throws Exception {
        String hexPort = String.format(":%04X ", port);
        List<String> local = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] fields = line.trim().split("\\s+");
                // field 1 is the local address:port, field 3 the state; 0A is LISTEN
                if (fields.length > 3 && (fields[1] + " ").endsWith(hexPort) && fields[3].equals("0A")) {
                    local.add(fields[1]);
                }
            }
        }
        // 127.0.0.1 is 0100007F; as IPv4 mapped in IPv6, 0000000000000000FFFF00000100007F
        return !local.isEmpty() && local.stream().allMatch(address -> address.startsWith("0100007F:")
                || address.startsWith("0000000000000000FFFF00000100007F:"));
    }

    /**
     * H2's AUTO_SERVER port, which the lock file names, listened on every interface: anyone who
     * read the key could reach the store, which has no password, from another machine.
     */
    private static void theStoreIsServedOnLoopbackOnly(Path dataDir) throws Exception {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(dataDir.resolve("tradewind.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        int port = Integer.parseInt(server.replaceAll(".*:", ""));
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertTrue(loopback.isConnected());
        }
        // on a machine with loopback alone the loop below checks nothing: the socket's own address must be loopback
        assertTrue(listensOnLoopbackOnly(port), "the store's server at " + server + " listens beyond loopback");
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress()) {
                    assertThrows(SocketException.class, () -> new Socket(address, port).close(),
                            "the store's server answers on " + address);
                }
            }
        }
    }
}
