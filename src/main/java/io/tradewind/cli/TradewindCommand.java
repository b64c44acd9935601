package io.tradewind.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line: {@code java -jar quarkus-run.jar <command>}. Its {@code --help}
 * and {@code --version} options are inherited by every command and subcommand.
 */
@Command(name = "tradewind",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "Tradewind 0.1.0",
        description = "Automated trading bot framework: backtests, paper and live trading.",
        subcommands = {BacktestCommand.class, SimCommand.class, DataCommand.class, OrdersCommand.class, FillsCommand.class, HoldsCommand.class,
                KillSwitchCommand.class, BenchCommand.class, ServeCommand.class, ExchangeCommand.class})
public class TradewindCommand {
}
