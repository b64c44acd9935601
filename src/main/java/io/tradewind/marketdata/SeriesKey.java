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

    /**
     * Whether {@code other} names this series' market in other letter case only ({@code btc-usd} and
     * {@code BTC-USD}). The store keeps one spelling of a market: charts and order filters ignore
     * case, and found one of two such series at random.
     */
    public boolean sameMarketButForCase(SeriesKey other) {
        return other.market().equalsIgnoreCase(market()) && !other.market().equals(market());
    }

    /** The refusal of a write of {@code written} where {@code stored} spells its market in other letter case. */
    public static IllegalArgumentException spelledOtherwise(SeriesKey stored, SeriesKey written) {
        return new IllegalArgumentException("the store holds " + stored + ", the market of " + written + " in other"
                + " letter case: give the venue and symbol as stored (venue " + stored.venue() + ", symbol "
                + stored.symbol() + "), as charts and filters, which ignore case, would mix the two");
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
