package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second {@code serve} on a store someone serves stops with exit code 3, naming the running
 * service, and leaves that service's {@code service.json} alone. It used to write its own file as
 * soon as its HTTP server was up, name itself as "the running service", and delete the file on its
 * way out: commands then took the store for unserved and wrote the kill switch into it while the
 * running service went on trading.
 */
class OneServicePerStoreIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void aSecondServiceIsRefusedAndTheFirstStaysFindable() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        Path work = Files.createDirectories(Path.of("target", "OneServicePerStoreIT", "run-" + System.currentTimeMillis()));
        Path data = work.resolve("data").toAbsolutePath();
        // the data directory from the configuration file, as deploy/sandbox.properties sets it
        Path config = work.resolve("demo.properties").toAbsolutePath();
        Files.writeString(config, Files.readString(Path.of("deploy", "demo.properties"))
                + "\ntradewind.data-dir=" + data.toString().replace("\\", "/") + "\n");
        List<String> jvmArgs = List.of("-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=0");
        List<String> serve = List.of("serve", "--config", config.toString());
        Map<String, String> token = Map.of("TRADEWIND_API_TOKEN", "one-service-per-store-it-token-7Hq2");

        PackagedApp first = PackagedApp.start(jvmArgs, serve, token, work.resolve("first.log"));
        try {
            assertTrue(first.awaitLine(0, line -> line.startsWith("Tradewind is running"), START_TIMEOUT) >= 0,
                    first.tail(40));
            String announced = Files.readString(data.resolve("service.json"));
            assertTrue(announced.contains("\"pid\":" + first.pid()), announced);

            Path out = work.resolve("second.out");
            Path err = work.resolve("second.err");
            int exit = PackagedApp.run(jvmArgs, serve, Map.of(), out, err);
            String refusal = Files.readString(err);
            assertEquals(3, exit, refusal);
            assertTrue(refusal.contains("another service already runs on the store in " + data + " (pid " + first.pid()
                    + ", API at " + announced.replaceAll(".*\"baseUrl\":\"([^\"]+)\".*", "$1").strip() + ")"), refusal);
            assertEquals(announced, Files.readString(data.resolve("service.json")), "the running service's file is kept");

            // a tool given the service's file finds the service (it looked in ./data, and a kill switch thrown there
            // stopped nothing)
            exit = PackagedApp.run(jvmArgs, List.of("kill-switch", "status", "--config", config.toString()), token, out, err);
            assertEquals(0, exit, Files.readString(err));
            assertTrue(Files.readString(out).startsWith("kill switch off in the service at http://"), Files.readString(out));
        } finally {
            first.stop();
        }
    }
}
