package io.tradewind.cli;

import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a store failure into a message that says what happened, where, and what to do; above all
 * a store that the running service holds open.
 */
@ApplicationScoped
public class StoreErrors {

    private final String dataDir;

    StoreErrors(@ConfigProperty(name = "tradewind.data-dir") String dataDir) {
        this.dataDir = dataDir;
    }

    String dataDir() {
        return dataDir;
    }

    int report(StoreException e, PrintWriter err) {
        err.println("error: " + explain(e));
        return ExitCode.STORE_UNAVAILABLE;
    }

    String explain(StoreException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("already in use") || message.contains("file is locked")) {
            return "the store in " + dataDir + " is open in another process (is the Tradewind service running?)."
                    + " Stop that process, or point this command at another store with -Dtradewind.data-dir=DIR.";
        }
        return "cannot use the store in " + dataDir + ": " + message;
    }
}
