package io.tradewind.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code exchange VENUE markets|candles|depth|trades|balances|orders|place|cancel|status}: one
 * call to a venue's connector from the terminal, to check credentials and connectivity. Needs
 * neither the local store nor the service.
 */
@Command(name = "exchange", description = {
        "Call a venue's connector directly: its markets, candles, depth, public trades, and with credentials"
                + " (environment variables TRADEWIND_<VENUE>_<NAME>) balances, open orders, place, cancel and status.",
        "Symbols in the venue's spelling (BTCIRT) or canonical (BTC-IRT). Amounts are printed exactly."},
        subcommands = {ExchangeMarketsCommand.class, ExchangeCandlesCommand.class, ExchangeDepthCommand.class,
                ExchangeTradesCommand.class, ExchangeBalancesCommand.class, ExchangeOrdersCommand.class,
                ExchangePlaceCommand.class, ExchangeCancelCommand.class, ExchangeStatusCommand.class})
public class ExchangeCommand {

    @Parameters(index = "0", paramLabel = "VENUE", description = "The venue id in lower case, e.g. nobitex or toparz.")
    String venue;
}
