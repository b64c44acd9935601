package io.tradewind.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kill-switch on|off|status}: the running service's kill switch, through its API. The
 * service records each switch, so a restarted service keeps entries stopped until it is switched off.
 */
@Command(name = "kill-switch", description = "The running service's kill switch: stop all entries on every venue,"
        + " or let them through again. Needs a running service and TRADEWIND_API_TOKEN. The service keeps it across"
        + " restarts until it is switched off.",
        subcommands = {KillSwitchCommand.On.class, KillSwitchCommand.Off.class, KillSwitchCommand.Status.class})
public class KillSwitchCommand {

    @Command(name = "on", description = "Stop all entries on every venue; with --cancel-orders also cancel every open order.")
    static class On implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--cancel-orders", description = "Also cancel every open order.")
        boolean cancelOrders;

        final RunningService running;

        On(RunningService running) {
            this.running = running;
        }

        @Override
        public Integer call() {
            ServiceClient service = running.required("the kill switch");
            JsonNode state = service.post("/api/kill-switch?cancelOrders=" + cancelOrders).body();
            spec.commandLine().getOut().println("kill switch on in the service at " + service.baseUrl() + " since "
                    + state.path("since").asText() + (cancelOrders ? "; cancellation of "
                    + state.path("ordersCancelled").asInt() + " open orders requested" : "; open orders stay"));
            return ExitCode.OK;
        }
    }

    @Command(name = "off", description = "Let entries through again on every venue.")
    static class Off implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        final RunningService running;

        Off(RunningService running) {
            this.running = running;
        }

        @Override
        public Integer call() {
            ServiceClient service = running.required("the kill switch");
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

        Status(RunningService running) {
            this.running = running;
        }

        @Override
        public Integer call() {
            ServiceClient service = running.required("the kill switch");
            JsonNode state = service.get("/api/kill-switch").body();
            spec.commandLine().getOut().println(state.path("on").asBoolean()
                    ? "kill switch on in the service at " + service.baseUrl() + " since " + state.path("since").asText()
                    : "kill switch off in the service at " + service.baseUrl());
            return ExitCode.OK;
        }
    }
}
