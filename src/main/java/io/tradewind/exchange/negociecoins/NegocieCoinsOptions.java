package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.ConfiguredInstruments;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * NegocieCoins settings beyond {@code VenueSettings}.
 *
 * @param calls   at most this many calls per {@code period}, all calls together: the seed documents
 *                no rate limit, and one call a second is the customary pace
 * @param userId  the account's NegocieCoins user id, which the seed's "user / order" body requires
 *                ({@code userID}); {@code null} until configured, and placing refuses without it
 * @param markets the markets traded, with the grid and fees the seed does not publish: their open
 *                orders are listed ("user / orders" filters by one pair) and they are the
 *                instruments, since the API lists no markets
 */
record NegocieCoinsOptions(long calls, Duration period, Long userId, ConfiguredInstruments markets) {

    /**
     * Prices in centavos and quantities in satoshis by default; fees default to a conservative
     * 0.5% (NegocieCoins publishes none in the API): set the account's own.
     */
    static final ConfiguredInstruments.Grid GRID = new ConfiguredInstruments.Grid(new BigDecimal("0.01"),
            new BigDecimal("0.00000001"), new BigDecimal("0.00000001"), new BigDecimal("0.005"),
            new BigDecimal("0.005"));

    static final NegocieCoinsOptions DEFAULTS = new NegocieCoinsOptions(1, Duration.ofSeconds(1), null,
            new ConfiguredInstruments(List.of("BTC-BRL", "LTC-BRL"), GRID));

    NegocieCoinsOptions {
        Objects.requireNonNull(period, "period");
        if (calls <= 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("negociecoins rate limit must be a positive number of calls per"
                    + " positive period");
        }
        Objects.requireNonNull(markets, "markets");
        markets.symbols().forEach(NegocieCoinsSymbols::tradePair);
    }
}
