package io.tradewind.exchange;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

    /** What the venue's configuration says, each key falling back to {@code defaults}. */
    public static ConfiguredInstruments read(VenueConfig config, ConfiguredInstruments defaults) {
        Grid grid = defaults.grid();
        return new ConfiguredInstruments(config.list("symbols", defaults.symbols()),
                new Grid(config.get("tick-size", BigDecimal.class, grid.tickSize()),
                        config.get("step-size", BigDecimal.class, grid.stepSize()),
                        config.get("min-quantity", BigDecimal.class, grid.minQuantity()),
                        config.get("maker-fee", BigDecimal.class, grid.makerFee()),
                        config.get("taker-fee", BigDecimal.class, grid.takerFee())));
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
