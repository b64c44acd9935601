package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code holds list}: what open orders lock at the venue, as the local store tracks it. */
@Command(name = "holds", description = "Holds of open orders in the local store.", subcommands = HoldsCommand.ListHolds.class)
public class HoldsCommand {

    @Command(name = "list", description = "List the holds of open orders.")
    static class ListHolds extends StoreListCommand {

        ListHolds(ExecutionStore store, StoreLocation location, StoreErrors errors, JsonOutput output) {
            super(store, location, errors, output);
        }

        @Override
        List<Map<String, Object>> rows() {
            return fromStore(() -> store.holds(null)).stream().map(ExecutionViews::json).toList();
        }

        @Override
        List<String> columns() {
            return ExecutionViews.HOLD_COLUMNS;
        }
    }
}
