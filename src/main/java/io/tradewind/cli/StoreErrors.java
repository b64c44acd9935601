package io.tradewind.cli;

import io.tradewind.exchange.SecretMask;
import io.tradewind.execution.StoreException;
import io.tradewind.service.api.ServiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a store failure into a message that says what happened, where, and what to do; above all
 * a store file that another process holds locked.
 */
@ApplicationScoped
public class StoreErrors {

    private final String dataDir;
    private final String where;

    StoreErrors(@ConfigProperty(name = "tradewind.data-dir") String dataDir,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataDir = dataDir;
        // an H2 file lives in the data directory; a database server is named by its URL (password masked, query cut)
        this.where = dbKind.equals("h2") ? dataDir
                : "the " + dbKind + " database at " + SecretMask.mask(jdbcUrl.replaceFirst("\\?.*", ""));
    }

    /** Where the store is, for messages: the data directory, or the database server. */
    String where() {
        return where;
    }

    String dataDir() {
        return dataDir;
    }

    /**
     * How to run the benchmarks, which write thousands of orders, on an empty store: another data
     * directory holds an H2 file, but a PostgreSQL store stays the database, whatever the data
     * directory (the advice of a new data directory sent an operator round in circles there).
     */
    String freshStore() {
        return where.equals(dataDir) ? "-Dtradewind.data-dir=$(mktemp -d)"
                : "an empty database of its own in TRADEWIND_DB_URL (createdb -O <user> tradewind_bench), not the service's";
    }

    int report(StoreException e, PrintWriter err) {
        if (ranOutOfMemory(e)) {
            // the store is fine: the heap was too small to open it (H2's cache, the migrations' checks)
            err.println("error: ran out of memory while opening the store in " + where + " (" + e.getMessage()
                    + "): give Java a larger heap, e.g. java -Xmx512m -jar target/quarkus-app/quarkus-run.jar ...");
            return ExitCode.INTERNAL_ERROR;
        }
        // a database URL in the message may carry its password
        err.println("error: " + SecretMask.mask(explain(e)));
        return ExitCode.STORE_UNAVAILABLE;
    }

    private static boolean ranOutOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    String explain(StoreException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("already in use") || message.contains("file is locked")) {
            // commands share the store (AUTO_SERVER); only a process that opened the file without sharing locks it
            return "the store in " + dataDir + " is locked by another process: one that opened it without sharing it,"
                    + " or one of many commands started on it at once (a command waits up to 30 s for its turn). Run the"
                    + " command again when fewer run, stop that process, or use another store: java -Dtradewind.data-dir=DIR"
                    + " -jar quarkus-run.jar ... (the -D option only works before -jar).";
        }
        if (message.contains("TimeoutException")) {
            // the H2 file is served by the running service (AUTO_SERVER); a service that does not answer (stopped with
            // SIGSTOP, swapping) made this a bare exception name after a long wait
            // serve announces itself before it starts trading: its own file names no other service
            Optional<ServiceFile> service = ServiceFile.running(Path.of(dataDir))
                    .filter(running -> running.pid() != ProcessHandle.current().pid());
            if (service.isPresent()) {
                return "the store in " + dataDir + " is served by the service at " + service.get().baseUrl() + " (pid "
                        + service.get().pid() + "), which does not answer (" + message + "): wait until it answers, or"
                        + " stop it (kill " + service.get().pid() + ") and run the command again";
            }
        }
        if (message.contains("DB_CLOSE_ON_EXIT")) {
            // H2 closes its files as the JVM shuts down (Ctrl-C, SIGTERM) and says so with advice meant for its own users
            return "stopped: the process was asked to stop (Ctrl-C or SIGTERM) and closed the store in " + where
                    + " before this command finished; what it had committed is kept. Run the command again to finish it";
        }
        return "cannot use the store in " + where + ": " + message;
    }
}
