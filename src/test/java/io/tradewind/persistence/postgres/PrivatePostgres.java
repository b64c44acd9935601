package io.tradewind.persistence.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests: {@code initdb} into a new directory under
 * {@code target/}, started with {@code pg_ctl} on a free port of 127.0.0.1, trust authentication,
 * no fsync; stopped and deleted when the test JVM exits. One cluster serves every test class of a
 * run. The server binaries are Debian's ({@code /usr/lib/postgresql/<version>/bin}, the newest
 * version) or those on the PATH. PostgreSQL refuses to run as root, so as root the commands run
 * as the {@code postgres} user that Debian's package creates.
 */
public final class PrivatePostgres {

    static final String USER = "tradewind";
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
    private static final String SERVICE_ACCOUNT = "postgres";
    private static PrivatePostgres shared;

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Where {@code initdb} and {@code pg_ctl} are, if this machine has them. */
    static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(DEBIAN_VERSIONS)) {
            try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing(PrivatePostgres::majorVersion).reversed())
                        .forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The run's cluster, started on first use. */
    public static synchronized PrivatePostgres shared() {
        if (shared == null) {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL server binaries (initdb, pg_ctl); install Debian's postgresql package"));
            shared = start(bin, Path.of("target"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-private-postgres"));
        }
        return shared;
    }

    private static PrivatePostgres start(Path bin, Path under) {
        try {
            Files.createDirectories(under);
            Path dir = Files.createTempDirectory(under.toAbsolutePath(), "postgres-");
            if (isRoot()) {
                UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SERVICE_ACCOUNT);
                Files.setOwner(dir, owner);
            }
            PrivatePostgres cluster = new PrivatePostgres(bin, dir, freePort());
            cluster.run("initdb", "-D", cluster.data(), "-U", USER, "--auth=trust", "--encoding=UTF8",
                    "--no-sync");
            cluster.run("pg_ctl", "-D", cluster.data(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                    "-p " + cluster.port + " -k '" + dir + "' -c listen_addresses=127.0.0.1 -F", "start");
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a private PostgreSQL server", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** The JDBC URL of a database of this cluster ({@code postgres} always exists). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        } finally {
            deleteTree(dir);
        }
    }

    private void run(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", SERVICE_ACCOUNT, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path output = dir.resolve(tool + ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish within 60 s; see " + output);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
