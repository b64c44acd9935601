package io.tradewind.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Command(name = "on", description = "Stop all entries on every venue; with --cancel-orders also cancel every open order.")
    static class On implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--cancel-orders", description = "Also cancel every open order.")
        boolean cancelOrders;

        final RunningService running;
        final KillSwitchStore switches;
        final ExecutionStore orders;

        On(RunningService running, KillSwitchStore switches, ExecutionStore orders) {
            this.running = running;
            this.switches = switches;
            this.orders = orders;
        }

        @Override
        public Integer call() {
            Optional<ServiceClient> running = this.running.client();
            if (running.isEmpty()) {
                return offline();
            }
            ServiceClient service = running.get();
            JsonNode state = service.post("/api/kill-switch?cancelOrders=" + cancelOrders).body();
            spec.commandLine().getOut().println("kill switch on in the service at " + service.baseUrl() + " since "
                    + state.path("since").asText() + (cancelOrders ? "; cancellation of "
                    + state.path("ordersCancelled").asInt() + " open orders requested" : "; open orders stay"));
            return ExitCode.OK;
        }

        /** Records the switch for the next service; cancels are requested as 'orders cancel' requests them. */
        private int offline() {
            switches.record(KillSwitchEvent.on(Instant.now(), KillSwitchSource.CLI, cancelOrders));
            int cancels = 0;
            if (cancelOrders) {
                for (OrderRecord order : orders.orders(OrderQuery.all())) {
                    if (order.holdsFunds() && !order.cancelRequested()) {
                        OrdersCommand.offline(order, orders).requestCancel(order.clientOrderId(), "kill switch from the command line");
                        cancels++;
                    }
                }
            }
            spec.commandLine().getOut().println("kill switch on in the store (no service is running): a service started on"
                    + " it accepts no entries until 'kill-switch off'" + (cancelOrders ? "; cancellation of " + cancels
                    + " open orders requested, sent by the service when it reconciles at start" : "; open orders stay"));
            return ExitCode.OK;
        }
    }

    @Command(name = "off", description = "Let entries through again on every venue.")
    static class Off implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        final RunningService running;
        final KillSwitchStore switches;

        Off(RunningService running, KillSwitchStore switches) {
            this.running = running;
            this.switches = switches;
        }

        @Override
        public Integer call() {
            Optional<ServiceClient> running = this.running.client();
            if (running.isEmpty()) {
                switches.record(KillSwitchEvent.off(Instant.now(), KillSwitchSource.CLI));
                spec.commandLine().getOut().println("kill switch off in the store (no service is running):"
                        + " a service started on it accepts entries");
                return ExitCode.OK;
            }
            ServiceClient service = running.get();
            service.post("/api/kill-switch/off");
            spec.commandLine().getOut().println("kill switch off in the service at " + service.baseUrl()
                    + ": entries are accepted again");
            return ExitCode.OK;
        }
    }

    @Command(name = "status", description = "Whether entries are stopped, and since when.")
    static class Status implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        final RunningService running;
        final KillSwitchStore switches;

        Status(RunningService running, KillSwitchStore switches) {
            this.running = running;
            this.switches = switches;
        }

        @Override
        public Integer call() {
            Optional<ServiceClient> running = this.running.client();
            if (running.isEmpty()) {
                spec.commandLine().getOut().println(switches.switchedOn()
                        .map(on -> "kill switch on in the store (no service is running) since " + on.at() + ", by "
                                + on.by().wireName())
                        .orElse("kill switch off in the store (no service is running)"));
                return ExitCode.OK;
            }
            ServiceClient service = running.get();
            JsonNode state = service.get("/api/kill-switch").body();
            spec.commandLine().getOut().println(state.path("on").asBoolean()
                    ? "kill switch on in the service at " + service.baseUrl() + " since " + state.path("since").asText()
                    : "kill switch off in the service at " + service.baseUrl());
            return ExitCode.OK;
        }
    }
}
