package io.tradewind.exchange.nami;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Nami settings beyond {@code VenueSettings}: the fees given to instruments (the spot config
 * publishes none; 0.1% is the {@code feeRatio} of the seed's order) and the calls per minute
 * (Nami says about 60, for all calls together).
 */
record NamiOptions(BigDecimal makerFee, BigDecimal takerFee, long callsPerMinute) {

    static final NamiOptions DEFAULTS = new NamiOptions(new BigDecimal("0.001"), new BigDecimal("0.001"), 60);

    NamiOptions {
        Objects.requireNonNull(makerFee, "makerFee");
        Objects.requireNonNull(takerFee, "takerFee");
        if (callsPerMinute <= 0) {
            throw new IllegalArgumentException("nami rate limit must be positive calls per minute");
        }
    }
}
