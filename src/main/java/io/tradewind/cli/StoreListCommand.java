package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A {@code list} command over the local store: rows as a table, or JSON with {@code --json}. */
abstract class StoreListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    ConfigFileOption config;

    final ExecutionStore store;
    final StoreLocation location;
    final StoreErrors errors;
    final JsonOutput output;

    StoreListCommand(ExecutionStore store, StoreLocation location, StoreErrors errors, JsonOutput output) {
        this.store = store;
        this.location = location;
        this.errors = errors;
        this.output = output;
    }

    /**
     * What {@code read} finds in the local store; nothing when no store was ever written there, so
     * that listing a mistyped data directory does not create an empty store in it.
     */
    <T> List<T> fromStore(Supplier<List<T>> read) {
        return location.exists() ? read.get() : List.of();
    }

    /** The rows to print, read from the store. */
    abstract List<Map<String, Object>> rows();

    /** The table's columns, in order. */
    abstract List<String> columns();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<Map<String, Object>> rows = rows();
            out.print(json ? output.write(rows) + "\n" : ExecutionViews.table(rows, columns()));
            out.flush();
            if (!location.exists()) {
                // the output stays the empty list a script expects; whoever reads it learns why it is empty
                spec.commandLine().getErr().println("note: nothing was ever stored in " + location.dataDir()
                        + " (tradewind.data-dir), so the list is empty; check the data directory if you expected more");
            }
            return 0;
        } catch (StoreException e) {
            return errors.report(e, spec.commandLine().getErr());
        }
    }
}
