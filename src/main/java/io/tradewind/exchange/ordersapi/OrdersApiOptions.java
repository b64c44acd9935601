package io.tradewind.exchange.ordersapi;

import io.tradewind.exchange.ConfiguredInstruments;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Orders API settings beyond {@code VenueSettings}.
 *
 * @param calls    at most this many calls per {@code period}, all calls together: the seed documents
 *                 no rate limit, so a cautious default (60 a minute) that configuration can change
 * @param userId   sent as {@code user_id} with every placement and list when set (an admin token
 *                 acting for one user); {@code null}: the token's own user
 * @param walletId sent as {@code wallet_id} with every placement when set
 * @param markets  the instruments, since the API lists no markets
 */
record OrdersApiOptions(long calls, Duration period, String userId, String walletId, ConfiguredInstruments markets) {

    /**
     * The seed's own market and figures: BTC-IRR, prices in whole rials, quantities in 8 decimals,
     * the minimum quantity of its {@code 422} example (0.0001) and the 0.1% fee of its settlement
     * example.
     */
    static final ConfiguredInstruments.Grid GRID = new ConfiguredInstruments.Grid(BigDecimal.ONE,
            new BigDecimal("0.00000001"), new BigDecimal("0.0001"), new BigDecimal("0.001"), new BigDecimal("0.001"));

    static final OrdersApiOptions DEFAULTS = new OrdersApiOptions(60, Duration.ofMinutes(1), null, null,
            new ConfiguredInstruments(List.of("BTC-IRR"), GRID));

    OrdersApiOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(markets, "markets");
        if (calls <= 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("ordersapi rate limit must be a positive number of calls per positive"
                    + " period");
        }
    }
}
