package io.tradewind.exchange.toparz;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * TopArz settings beyond {@code VenueSettings}. The seed documents no rate limits, so the limits
 * are conservative defaults, configurable; it publishes no fees with its markets, so the fees
 * given to instruments default to the 0.35% of the seed's order example.
 *
 * @param marketCallsPerMinute  markets, candles, depth, latest trades
 * @param accountCallsPerMinute balances, order lookups and lists, own trades
 * @param orderCallsPerMinute   placements and cancels
 */
record TopArzOptions(BigDecimal makerFee, BigDecimal takerFee, long marketCallsPerMinute,
        long accountCallsPerMinute, long orderCallsPerMinute) {

    static final TopArzOptions DEFAULTS = new TopArzOptions(new BigDecimal("0.0035"), new BigDecimal("0.0035"),
            60, 60, 30);

    TopArzOptions {
        Objects.requireNonNull(makerFee, "makerFee");
        Objects.requireNonNull(takerFee, "takerFee");
        if (marketCallsPerMinute <= 0 || accountCallsPerMinute <= 0 || orderCallsPerMinute <= 0) {
            throw new IllegalArgumentException("toparz rate limits must be positive calls per minute");
        }
    }
}
