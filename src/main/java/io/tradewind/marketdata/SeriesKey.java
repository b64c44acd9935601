package io.tradewind.marketdata;

import java.util.Objects;

/** What identifies a stored candle series: venue, symbol and resolution. */
public record SeriesKey(String venue, String symbol, Resolution resolution) {

    /** The longest venue or symbol the store keeps (its columns' width). */
    public static final int LONGEST_NAME = 64;

    public SeriesKey {
        requireText(venue, "venue");
        requireText(symbol, "symbol");
        Objects.requireNonNull(resolution, "resolution");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (value.length() > LONGEST_NAME) {
            // the store's own refusal was an SQL error, reported as a failing store
            throw new IllegalArgumentException(field + " '" + value.substring(0, 20) + "…' is " + value.length()
                    + " characters long; the store keeps at most " + LONGEST_NAME);
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
