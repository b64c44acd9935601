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

/** {@code holds list}: what open orders lock, as tracked locally. */
@Command(name = "holds", description = "Holds of open orders in the local store.", subcommands = HoldsCommand.ListHolds.class)
public class HoldsCommand {

    @Command(name = "list", description = "List the holds of open orders.")
    static class ListHolds implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        final ExecutionStore store;
        final StoreErrors errors;
        final JsonOutput output;

        ListHolds(ExecutionStore store, StoreErrors errors, JsonOutput output) {
            this.store = store;
            this.errors = errors;
            this.output = output;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<Map<String, Object>> rows = store.holds(null).stream().map(ExecutionViews::json).toList();
                out.print(json ? output.write(rows) + "\n" : ExecutionViews.table(rows, ExecutionViews.HOLD_COLUMNS));
                out.flush();
                return 0;
            } catch (StoreException e) {
                return errors.report(e, spec.commandLine().getErr());
            }
        }
    }
}
