package io.tradewind.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) in a JVM of its own, as an
 * operator starts it: every line it writes (standard output and error together) is kept in order
 * and copied to a log file as it arrives, so a test can wait for a line, kill the process at any
 * moment and still read everything it wrote.
 */
public final class PackagedApp {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private PackagedApp(Process process, Path log) {
        this.process = process;
        this.reader = new Thread(() -> copy(log), "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java [jvmArgs] -jar quarkus-run.jar [args]} in the working directory with
     * {@code env} added to the inherited environment; its output goes to {@code log}.
     */
    public static PackagedApp start(List<String> jvmArgs, List<String> args, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = builder(jvmArgs, args, env).redirectErrorStream(true);
        return new PackagedApp(builder.start(), log);
    }

    /**
     * Runs a command to its end, its standard output to {@code out} and its standard error to
     * {@code err} (kept apart, so that JSON on standard output stays parseable); returns the exit code.
     */
    public static int run(List<String> jvmArgs, List<String> args, Map<String, String> env, Path out, Path err)
            throws IOException, InterruptedException {
        Process process = builder(jvmArgs, args, env).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", args) + " did not end within two minutes");
        }
        return process.exitValue();
    }

    private static ProcessBuilder builder(List<String> jvmArgs, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        return builder;
    }

    private void copy(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the output of process " + process.pid() + " to " + log, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits for the first line from index {@code from} on that {@code wanted} accepts.
     *
     * @return its index, or -1 when the process ended or the time ran out without one
     */
    public int awaitLine(int from, Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = from;
        synchronized (lines) {
            while (true) {
                for (; next < lines.size(); next++) {
                    if (wanted.test(lines.get(next))) {
                        return next;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !reader.isAlive() && next == lines.size()) {
                    return -1;
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
            }
        }
    }

    /** The lines written so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * SIGKILL: the process gets no chance to finish anything. Sent through its {@link ProcessHandle}:
     * {@link Process#destroyForcibly()} would also close our end of its output, losing the lines
     * still in the pipe.
     */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the graceful stop; returns the exit code. Every line it writes while stopping is kept. */
    public int stop() throws InterruptedException {
        process.toHandle().destroy();
        return awaitExit();
    }

    /** Waits for the process to end and for its last line to be read; returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.toHandle().destroyForcibly();
            throw new IllegalStateException("process " + process.pid() + " did not end within a minute");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** The last lines written, for a failure message. */
    public String tail(int count) {
        List<String> all = lines();
        return String.join("\n", all.subList(Math.max(0, all.size() - count), all.size()));
    }
}
