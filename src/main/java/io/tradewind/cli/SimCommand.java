package io.tradewind.cli;

import picocli.CommandLine.Command;

/** {@code sim}: the simulated exchange on its own, without strategies or a store. */
@Command(name = "sim",
        description = "Run the simulated exchange: replay scripted order commands, or benchmark it.",
        subcommands = {SimReplayCommand.class, SimBenchCommand.class})
public class SimCommand {
}
