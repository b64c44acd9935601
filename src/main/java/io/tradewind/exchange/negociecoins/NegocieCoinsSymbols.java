package io.tradewind.exchange.negociecoins;

import java.util.Locale;

/**
 * NegocieCoins spells one market two ways: {@code BRLBTC} (quote first) in the Trade API and
 * {@code btcbrl} in the public API. Ours is {@code BTC-BRL}. Every market is quoted in reais.
 */
final class NegocieCoinsSymbols {

    static final String QUOTE = "BRL";

    private NegocieCoinsSymbols() {
    }

    /** {@code BTC-BRL} → {@code BRLBTC}. */
    static String tradePair(String symbol) {
        String[] parts = split(symbol);
        return parts[1] + parts[0];
    }

    /** {@code BTC-BRL} → {@code btcbrl}. */
    static String publicPair(String symbol) {
        String[] parts = split(symbol);
        return (parts[0] + parts[1]).toLowerCase(Locale.ROOT);
    }

    /** {@code BRLBTC} → {@code BTC-BRL}. */
    static String canonical(String tradePair) {
        String pair = tradePair == null ? "" : tradePair.toUpperCase(Locale.ROOT);
        if (!pair.startsWith(QUOTE) || pair.length() == QUOTE.length()) {
            throw new IllegalArgumentException("pair '" + tradePair + "' is not a " + QUOTE + " market");
        }
        return pair.substring(QUOTE.length()) + "-" + QUOTE;
    }

    private static String[] split(String symbol) {
        String[] parts = symbol == null ? new String[0] : symbol.toUpperCase(Locale.ROOT).split("-");
        if (parts.length != 2 || parts[0].isEmpty() || !QUOTE.equals(parts[1])) {
            throw new IllegalArgumentException("negociecoins: symbol '" + symbol
                    + "' is not a market of NegocieCoins (BASE-" + QUOTE + ", e.g. BTC-" + QUOTE + ")");
        }
        return parts;
    }
}
