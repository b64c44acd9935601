package io.tradewind.cli;

import picocli.CommandLine.Command;

/** {@code sim}: the simulated exchange on its own, without strategies or a store. */
@Command(name = "sim",
        mixinStandardHelpOptions = true,
        description = "Run the simulated exchange: replay scripted order commands, or benchmark it.",
        subcommands = {SimReplayCommand.class})
public class SimCommand {
}
