package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fills list}: the recorded executions of our orders. */
@Command(name = "fills", description = "Fills in the local store.", subcommands = FillsCommand.ListFills.class)
public class FillsCommand {

    @Command(name = "list", description = "List fills, oldest first.")
    static class ListFills implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        final ExecutionStore store;
        final StoreErrors errors;
        final JsonOutput output;

        ListFills(ExecutionStore store, StoreErrors errors, JsonOutput output) {
            this.store = store;
            this.errors = errors;
            this.output = output;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<Map<String, Object>> rows = store.fills(null).stream().map(ExecutionViews::json).toList();
                out.print(json ? output.write(rows) + "\n" : ExecutionViews.table(rows, ExecutionViews.FILL_COLUMNS));
                out.flush();
                return 0;
            } catch (StoreException e) {
                return errors.report(e, spec.commandLine().getErr());
            }
        }
    }
}
