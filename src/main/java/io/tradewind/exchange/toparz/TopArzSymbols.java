package io.tradewind.exchange.toparz;

import io.tradewind.domain.Instrument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical symbols ({@code BTC-TMN}) and TopArz's ({@code BTCTMN}: source currency then base
 * currency, no separator). Going to the wire drops the dash; coming back uses the markets the venue
 * listed, and before they are known splits off a known quote currency at the end.
 */
final class TopArzSymbols {

    /** Quote currencies tried in this order: TMN before USDT before the crypto quotes. */
    private static final List<String> QUOTES = List.of("TMN", "IRT", "USDT", "BTC", "ETH");

    private final Map<String, String> canonicalByWire = new ConcurrentHashMap<>();

    /** Accepts either spelling, in any case. */
    static String wire(String symbol) {
        return symbol.replace("-", "").trim().toUpperCase(Locale.ROOT);
    }

    void learn(List<Instrument> instruments) {
        for (Instrument instrument : instruments) {
            canonicalByWire.put(wire(instrument.symbol()), instrument.symbol());
        }
    }

    /**
     * The canonical spelling of either spelling: a dashed symbol is already canonical.
     *
     * @throws IllegalArgumentException when the symbol is neither listed nor ends in a known quote
     */
    String canonical(String wireSymbol) {
        if (wireSymbol == null || wireSymbol.isBlank()) {
            throw new IllegalArgumentException("symbol is missing");
        }
        if (wireSymbol.contains("-")) {
            return wireSymbol.trim().toUpperCase(Locale.ROOT);
        }
        String wire = wire(wireSymbol);
        String known = canonicalByWire.get(wire);
        if (known != null) {
            return known;
        }
        for (String quote : QUOTES) {
            if (wire.length() > quote.length() && wire.endsWith(quote)) {
                return wire.substring(0, wire.length() - quote.length()) + "-" + quote;
            }
        }
        throw new IllegalArgumentException("symbol '" + wireSymbol + "' is not a TopArz market we know");
    }
}
