package io.tradewind.exchange;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * The instruments of a venue whose API lists no markets, from configuration:
 * {@code tradewind.venues.<venue>.symbols} ({@code BASE-QUOTE}, comma-separated) sharing one grid,
 * {@code .tick-size}, {@code .step-size}, {@code .min-quantity}, {@code .maker-fee} and
 * {@code .taker-fee}. Nothing is asked of the venue.
 */
public record ConfiguredInstruments(List<String> symbols, Grid grid) {

    /** The grid and fees every configured symbol of the venue shares. */
    public record Grid(BigDecimal tickSize, BigDecimal stepSize, BigDecimal minQuantity, BigDecimal makerFee,
            BigDecimal takerFee) {
    }

    public ConfiguredInstruments {
        Objects.requireNonNull(grid, "grid");
        symbols = symbols.stream().map(symbol -> symbol.trim().toUpperCase(Locale.ROOT)).toList();
        for (String symbol : symbols) {
            if (!symbol.matches("[A-Z0-9]+-[A-Z0-9]+")) {
                throw new IllegalArgumentException("symbol '" + symbol + "' is not BASE-QUOTE, e.g. BTC-IRR");
            }
        }
    }

    /** What configuration says for the venue, each key falling back to {@code defaults}. */
    public static ConfiguredInstruments read(Config config, String venue, ConfiguredInstruments defaults) {
        String prefix = "tradewind.venues." + venue + ".";
        Grid grid = defaults.grid();
        return new ConfiguredInstruments(
                config.getOptionalValues(prefix + "symbols", String.class).map(List::copyOf).orElse(defaults.symbols()),
                new Grid(decimal(config, prefix + "tick-size", grid.tickSize()),
                        decimal(config, prefix + "step-size", grid.stepSize()),
                        decimal(config, prefix + "min-quantity", grid.minQuantity()),
                        decimal(config, prefix + "maker-fee", grid.makerFee()),
                        decimal(config, prefix + "taker-fee", grid.takerFee())));
    }

    private static BigDecimal decimal(Config config, String key, BigDecimal otherwise) {
        return config.getOptionalValue(key, BigDecimal.class).orElse(otherwise);
    }

    /** One active, round-the-clock instrument per symbol, on the shared grid. */
    public List<Instrument> instruments() {
        List<Instrument> instruments = new ArrayList<>();
        for (String symbol : symbols) {
            String[] parts = symbol.split("-");
            instruments.add(new Instrument(symbol, parts[0], parts[1], grid.tickSize(), grid.stepSize(),
                    grid.minQuantity(), null, null, grid.makerFee(), grid.takerFee(), InstrumentStatus.ACTIVE, List.of(),
                    null, 0));
        }
        return instruments;
    }
}
