package io.tradewind.service.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Announces a serving process in {@code ${tradewind.data-dir}/service.json} (see
 * {@link ServiceFile}) and withdraws it when it stops. Only {@code serve} announces, once it holds
 * the data directory's service lock: a second service, refused the lock, must not replace the
 * first one's file (its HTTP server is up by then too), nor delete it on its way out, which left
 * commands writing to the store behind the running service's back.
 */
@ApplicationScoped
public class ServiceFileWriter {

    private static final Logger LOG = Logger.getLogger(ServiceFileWriter.class);

    private final Path dataDir;
    private final int configuredPort;
    private final String host;

    ServiceFileWriter(@ConfigProperty(name = "tradewind.data-dir") String dataDir,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int configuredPort,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0") String host) {
        this.dataDir = Path.of(dataDir);
        this.configuredPort = configuredPort;
        this.host = host;
    }

    /** This process, where its API answers: Quarkus starts the HTTP server before it runs a command. */
    public ServiceFile thisProcess() {
        int port = listeningPort(configuredPort, Integer.getInteger("quarkus.http.port"));
        return new ServiceFile(baseUrl(host, port), ProcessHandle.current().pid());
    }

    /** Writes the file; a file left by a service that was killed is this one's to replace. */
    public void announce(ServiceFile file) {
        try {
            file.write(dataDir);
        } catch (UncheckedIOException e) {
            LOG.warnf("commands cannot find this service: %s", e.getMessage());
        }
    }

    public void withdraw(ServiceFile file) {
        try {
            file.deleteIfOurs(dataDir);
        } catch (UncheckedIOException e) {
            LOG.warnf("commands may take this stopped service for a running one until its process id is reused: %s",
                    e.getMessage());
        }
    }

    /**
     * The port the server listens on. For a configured port 0 (any free port; -1 in Vert.x's
     * options) Quarkus publishes the port it got as the system property {@code quarkus.http.port}
     * once the server listens, which is before it runs a command.
     *
     * @param configured the configured port
     * @param published  the system property's value, or null when it is not set
     */
    static int listeningPort(int configured, Integer published) {
        return configured > 0 || published == null ? configured : published;
    }

    /** Where a local command reaches a server listening on {@code host}: any-address hosts mean loopback. */
    static String baseUrl(String host, int port) {
        String reachable = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]", "0:0:0:0:0:0:0:0" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + reachable + ":" + port;
    }
}
