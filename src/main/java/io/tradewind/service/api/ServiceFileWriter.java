package io.tradewind.service.api;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Announces a serving process in {@code ${tradewind.data-dir}/service.json} (see
 * {@link ServiceFile}) when its HTTP server starts (the process holds the data directory's
 * service lock by then), and withdraws it on shutdown. Only
 * {@code serve} starts the HTTP server; tests start it too, but must not announce themselves.
 */
@ApplicationScoped
public class ServiceFileWriter {

    private static final Logger LOG = Logger.getLogger(ServiceFileWriter.class);

    private final Path dataDir;
    private volatile ServiceFile written;

    ServiceFileWriter(@ConfigProperty(name = "tradewind.data-dir") String dataDir) {
        this.dataDir = Path.of(dataDir);
    }

    /** Quarkus fires the event asynchronously, once the server listens. */
    void announce(@ObservesAsync HttpServerStart start) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        // serve holds the data directory's service lock by now: no other service can be serving it, and a
        // file left by one that was killed is this one's to replace
        long pid = ProcessHandle.current().pid();
        int port = listeningPort(start.options().getPort(), Integer.getInteger("quarkus.http.port"));
        ServiceFile file = new ServiceFile(baseUrl(start.options().getHost(), port), pid);
        try {
            file.write(dataDir);
            written = file;
        } catch (UncheckedIOException e) {
            LOG.warnf("commands cannot find this service: %s", e.getMessage());
        }
    }

    void withdraw(@Observes ShutdownEvent stop) {
        ServiceFile file = written;
        if (file != null) {
            try {
                file.deleteIfOurs(dataDir);
            } catch (UncheckedIOException e) {
                LOG.warnf("commands may take this stopped service for a running one until its process id is reused: %s",
                        e.getMessage());
            }
        }
    }

    /**
     * The port the server listens on. A configured port 0 (any free port) reaches the server's
     * options as -1, Vert.x's "any free port"; Quarkus then publishes the port it got as the
     * system property {@code quarkus.http.port} before it announces the start.
     *
     * @param optionsPort the port in the server's options
     * @param published   the system property's value, or null when it is not set
     */
    static int listeningPort(int optionsPort, Integer published) {
        return optionsPort > 0 || published == null ? optionsPort : published;
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
