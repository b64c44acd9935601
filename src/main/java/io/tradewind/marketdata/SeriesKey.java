package io.tradewind.marketdata;

import java.util.Objects;

/** What identifies a stored candle series: venue, symbol and resolution. */
public record SeriesKey(String venue, String symbol, Resolution resolution) {

    public SeriesKey {
        requireText(venue, "venue");
        requireText(symbol, "symbol");
        Objects.requireNonNull(resolution, "resolution");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    /** {@code venue:SYMBOL}: the market whatever the resolution, as charts name it (a UDF ticker). */
    public String market() {
        return venue + ":" + symbol;
    }

    @Override
    public String toString() {
        return market() + ":" + resolution.label();
    }
}
