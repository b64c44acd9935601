package io.tradewind.cli;

import io.tradewind.domain.Instrument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the market a user means among a venue's instruments: the canonical symbol ({@code BTC-IRT})
 * or the venue's own spelling ({@code BTCIRT}, {@code btcirt}), compared without case and without
 * the dash, since venues write their markets as base and quote run together.
 */
final class ExchangeSymbols {

    private static final int EXAMPLES = 5;

    private ExchangeSymbols() {
    }

    /** The instrument the text names, or empty when the venue lists none that matches. */
    static Optional<Instrument> find(String text, List<Instrument> instruments) {
        String wanted = text.trim();
        for (Instrument instrument : instruments) {
            if (instrument.symbol().equalsIgnoreCase(wanted)) {
                return Optional.of(instrument);
            }
        }
        String squeezed = squeeze(wanted);
        return instruments.stream().filter(i -> squeeze(i.symbol()).equals(squeezed)).findFirst();
    }

    /** Why a symbol is unknown, with a few of the venue's markets to choose from. */
    static String unknown(String venue, String text, List<Instrument> instruments) {
        String examples = instruments.stream().map(Instrument::symbol).sorted().limit(EXAMPLES)
                .collect(Collectors.joining(", "));
        return venue + " has no market '" + text + "'" + (instruments.isEmpty() ? " (it lists none)"
                : "; its markets include " + examples + (instruments.size() > EXAMPLES ? ", …" : "")
                        + " (see 'exchange " + venue + " markets')");
    }

    private static String squeeze(String symbol) {
        return symbol.replace("-", "").replace("_", "").replace("/", "").toUpperCase(Locale.ROOT);
    }
}
