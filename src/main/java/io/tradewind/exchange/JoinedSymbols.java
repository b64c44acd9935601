package io.tradewind.exchange;

import io.tradewind.domain.Instrument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical symbols ({@code BTC-USDT}) and the spelling of a venue that joins base and quote
 * without a separator ({@code BTCUSDT}). Going to the wire drops the dash; coming back uses the
 * markets the venue listed, and before they are known splits off a known quote at the end: the
 * joined spelling alone does not say where the base ends. Each such venue names its quotes.
 */
public abstract class JoinedSymbols {

    private final String venue;
    private final List<String> quotes;
    private final Map<String, String> canonicalByWire = new ConcurrentHashMap<>();

    /**
     * @param venue  the venue's name in messages
     * @param quotes the quotes tried, in this order, on a symbol the venue has not listed
     */
    protected JoinedSymbols(String venue, List<String> quotes) {
        this.venue = venue;
        this.quotes = List.copyOf(quotes);
    }

    /** The venue's spelling of either spelling, in any case. */
    public static String wire(String symbol) {
        return symbol.replace("-", "").trim().toUpperCase(Locale.ROOT);
    }

    /** A market the venue listed: its joined spelling is read back as its symbol from now on. */
    public void learn(Instrument instrument) {
        canonicalByWire.put(wire(instrument.symbol()), instrument.symbol());
    }

    /**
     * The canonical spelling of either spelling: a dashed symbol is already canonical.
     *
     * @throws IllegalArgumentException when the symbol is neither listed nor ends in a known quote
     */
    public String canonical(String symbol) {
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
        for (String quote : quotes) {
            if (wire.length() > quote.length() && wire.endsWith(quote)) {
                return wire.substring(0, wire.length() - quote.length()) + "-" + quote;
            }
        }
        throw new IllegalArgumentException("symbol '" + symbol + "' is not a " + venue + " market we know");
    }
}
