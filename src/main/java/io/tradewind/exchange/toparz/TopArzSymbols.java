package io.tradewind.exchange.toparz;

import io.tradewind.exchange.JoinedSymbols;
import java.util.List;

/** TopArz's symbols ({@code BTCTMN}: source currency then base currency, no separator). */
final class TopArzSymbols extends JoinedSymbols {

    /** Quote currencies tried in this order: TMN before USDT before the crypto quotes. */
    private static final List<String> QUOTES = List.of("TMN", "IRT", "USDT", "BTC", "ETH");

    TopArzSymbols() {
        super("TopArz", QUOTES);
    }
}
