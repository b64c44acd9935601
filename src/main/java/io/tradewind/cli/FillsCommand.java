package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code fills list}: the recorded executions of our orders. */
@Command(name = "fills", description = "Fills in the local store.", subcommands = FillsCommand.ListFills.class)
public class FillsCommand {

    @Command(name = "list", description = "List fills, oldest first.")
    static class ListFills extends StoreListCommand {

        ListFills(ExecutionStore store, StoreLocation location, StoreErrors errors, JsonOutput output) {
            super(store, location, errors, output);
        }

        @Override
        List<Map<String, Object>> rows() {
            return fromStore(() -> store.fills(null)).stream().map(ExecutionViews::json).toList();
        }

        @Override
        List<String> columns() {
            return ExecutionViews.FILL_COLUMNS;
        }
    }
}
