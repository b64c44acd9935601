package io.tradewind.exchange.nami;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical symbols ({@code BTC-USDT}) and Nami's ({@code BTCUSDT}), and Nami's asset ids. Going
 * to the wire drops the dash; coming back uses the spot config's symbols, and before they are known
 * splits off a known quote asset at the end. Asset ids (balances are keyed by them) come from the
 * config's symbols, which name each base and quote asset with its id.
 */
final class NamiSymbols {

    /** Quote assets tried in this order when the config has not been read. */
    private static final List<String> QUOTES = List.of("VNDC", "VNST", "USDT", "BTC", "ETH");

    private final Map<String, String> canonicalByWire = new ConcurrentHashMap<>();
    private final Map<String, String> assetById = new ConcurrentHashMap<>();

    static String wire(String symbol) {
        return symbol.replace("-", "").trim().toUpperCase(Locale.ROOT);
    }

    void learnSymbol(String base, String quote) {
        canonicalByWire.put(wire(base + quote), base + "-" + quote);
    }

    void learnAsset(String id, String asset) {
        assetById.put(id, asset);
    }

    /** The asset an id names, or {@code null} when the config did not name it. */
    String asset(String id) {
        return assetById.get(id);
    }

    boolean knowsAssets() {
        return !assetById.isEmpty();
    }

    /**
     * The canonical spelling of either spelling.
     *
     * @throws IllegalArgumentException when the symbol is neither listed nor ends in a known quote
     */
    String canonical(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is missing");
        }
        if (symbol.contains("-")) {
            return symbol.trim().toUpperCase(Locale.ROOT);
        }
        String wire = wire(symbol);
        String known = canonicalByWire.get(wire);
        if (known != null) {
            return known;
        }
        for (String quote : QUOTES) {
            if (wire.length() > quote.length() && wire.endsWith(quote)) {
                return wire.substring(0, wire.length() - quote.length()) + "-" + quote;
            }
        }
        throw new IllegalArgumentException("symbol '" + symbol + "' is not a Nami market we know");
    }
}
