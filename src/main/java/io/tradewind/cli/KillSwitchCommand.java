package io.tradewind.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kill-switch on|off|status}: the service's kill switch, through the running service's API,
 * or, when no service runs, in the store, where the service reads it before its first tick: an
 * operator can stop entries before starting a service, or while it is down.
 */
@Command(name = "kill-switch", description = "The service's kill switch: stop all entries on every venue, or let them"
        + " through again. Through the running service (needs TRADEWIND_API_TOKEN), or, when none runs, in the store,"
        + " where the service finds it when it starts. It stays on across restarts until it is switched off.",
        subcommands = {KillSwitchCommand.On.class, KillSwitchCommand.Off.class, KillSwitchCommand.Status.class})
public class KillSwitchCommand {

    /** A kill switch subcommand: through the running service if there is one, else on the store. */
    abstract static class Subcommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigFileOption config;

        final RunningService running;
        final KillSwitchStore switches;
        final StoreLocation location;

        Subcommand(RunningService running, KillSwitchStore switches, StoreLocation location) {
            this.running = running;
            this.switches = switches;
            this.location = location;
        }

        @Override
        public Integer call() {
            // a service creates its store when it starts, so none runs where there is no store
            boolean noStore = !location.exists();
            if (noStore && !createsStore()) {
                // a mistyped data directory, where switching would create an empty store and report an emergency
                // stop that stops nothing
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: no store in " + location.dataDir() + ": no service has run on it, so it has no kill"
                        + " switch (is the data directory right? the service's --config FILE when it sets tradewind.data-dir,"
                        + " -Dtradewind.data-dir=DIR before -jar, or TRADEWIND_DATA_DIR;"
                        + " to stop entries before a first serve, 'kill-switch on --create-store')");
                err.flush();
                return ExitCode.STORE_UNAVAILABLE;
            }
            PrintWriter out = spec.commandLine().getOut();
            Optional<ServiceClient> service = noStore ? Optional.empty() : running.client();
            out.println(service.isPresent() ? inService(service.get()) : inStore());
            return ExitCode.OK;
        }

        /** Whether the command may create the store where there is none yet. */
        boolean createsStore() {
            return false;
        }

        /** Does it through the service's API; returns what to print. */
        abstract String inService(ServiceClient service);

        /** Does it on the store, for the next service; returns what to print. */
        abstract String inStore();
    }

    @Command(name = "on", description = "Stop all entries on every venue; with --cancel-orders also cancel every open order.")
    static class On extends Subcommand {

        @Option(names = "--cancel-orders", description = "Also cancel every open order.")
        boolean cancelOrders;

        @Option(names = "--create-store", description = "Where the data directory holds no store yet, create it with"
                + " entries stopped, so that a first serve starts with entries stopped (without it, no store is an error:"
                + " a mistyped data directory).")
        boolean createStore;

        @Override
        boolean createsStore() {
            return createStore;
        }

        final ExecutionStore orders;

        On(RunningService running, KillSwitchStore switches, ExecutionStore orders, StoreLocation location) {
            super(running, switches, location);
            this.orders = orders;
        }

        @Override
        String inService(ServiceClient service) {
            JsonNode state = service.post("/api/kill-switch?cancelOrders=" + cancelOrders).body();
            if (!state.path("changed").asBoolean(true)) {
                return "the kill switch was on already in the service at " + service.baseUrl() + ", since "
                        + state.path("since").asText() + "; nothing changed";
            }
            return "kill switch on in the service at " + service.baseUrl() + " since " + state.path("since").asText()
                    + (cancelOrders ? "; cancellation of " + openOrders(state.path("ordersCancelled").asInt()) + " requested"
                            : "; open orders stay");
        }

        /** Records the switch for the next service; cancels are requested as 'orders cancel' requests them. */
        @Override
        String inStore() {
            Optional<KillSwitchEvent> on = switches.switchedOn();
            if (on.isPresent() && !cancelOrders) {
                return "the kill switch was on already in the store (no service is running), since " + on.get().at()
                        + "; nothing changed";
            }
            switches.record(KillSwitchEvent.on(Instant.now(), KillSwitchSource.CLI, cancelOrders));
            int cancels = 0;
            int requestedBefore = 0;
            if (cancelOrders) {
                for (OrderRecord order : orders.orders(OrderQuery.all())) {
                    if (order.holdsFunds() && order.cancelRequested()) {
                        requestedBefore++;
                    } else if (order.holdsFunds()) {
                        OrdersCommand.offline(order, orders).requestCancel(order.clientOrderId(), "kill switch from the command line");
                        cancels++;
                    }
                }
            }
            return "kill switch on in the store (no service is running): a service started on it accepts no entries until"
                    + " 'kill-switch off'" + (cancelOrders ? "; cancellation of " + openOrders(cancels) + " requested"
                    + (requestedBefore > 0 ? " (and of " + requestedBefore + " more before)" : "")
                    + ", sent by the service when it reconciles at start" : "; open orders stay");
        }
    }

    @Command(name = "off", description = "Let entries through again on every venue.")
    static class Off extends Subcommand {

        Off(RunningService running, KillSwitchStore switches, StoreLocation location) {
            super(running, switches, location);
        }

        @Override
        String inService(ServiceClient service) {
            if (!service.post("/api/kill-switch/off").body().path("changed").asBoolean(true)) {
                return "the kill switch was off already in the service at " + service.baseUrl() + "; nothing changed";
            }
            return "kill switch off in the service at " + service.baseUrl() + ": entries are accepted again";
        }

        @Override
        String inStore() {
            if (switches.switchedOn().isEmpty()) {
                return "the kill switch was off already in the store (no service is running); nothing changed";
            }
            switches.record(KillSwitchEvent.off(Instant.now(), KillSwitchSource.CLI));
            return "kill switch off in the store (no service is running): a service started on it accepts entries";
        }
    }

    @Command(name = "status", description = "Whether entries are stopped, and since when.")
    static class Status extends Subcommand {

        Status(RunningService running, KillSwitchStore switches, StoreLocation location) {
            super(running, switches, location);
        }

        @Override
        String inService(ServiceClient service) {
            JsonNode state = service.get("/api/kill-switch").body();
            return state.path("on").asBoolean()
                    ? "kill switch on in the service at " + service.baseUrl() + " since " + state.path("since").asText()
                            + ", by " + state.path("switchedBy").asText()
                    : "kill switch off in the service at " + service.baseUrl();
        }

        @Override
        String inStore() {
            return switches.switchedOn()
                    .map(on -> "kill switch on in the store (no service is running) since " + on.at() + ", by " + on.by().wireName())
                    .orElse("kill switch off in the store (no service is running)");
        }
    }

    private static String openOrders(int count) {
        return count + (count == 1 ? " open order" : " open orders");
    }
}
