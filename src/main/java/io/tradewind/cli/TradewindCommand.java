package io.tradewind.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The root of the command line: {@code java -jar quarkus-run.jar <command>}. */
@TopCommand
@Command(name = "tradewind",
        mixinStandardHelpOptions = true,
        version = "Tradewind 0.1.0",
        description = "Automated trading bot framework: backtests, paper and live trading.",
        subcommands = {BacktestCommand.class, SimCommand.class, DataCommand.class, OrdersCommand.class, FillsCommand.class, HoldsCommand.class,
                BenchCommand.class})
public class TradewindCommand {
}
