package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A {@code list} command over the local store: rows as a table, or JSON with {@code --json}. */
abstract class StoreListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    final ExecutionStore store;
    final StoreErrors errors;
    final JsonOutput output;

    StoreListCommand(ExecutionStore store, StoreErrors errors, JsonOutput output) {
        this.store = store;
        this.errors = errors;
        this.output = output;
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
            return 0;
        } catch (StoreException e) {
            return errors.report(e, spec.commandLine().getErr());
        }
    }
}
