package io.tradewind.exchange.negociecoins;

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
 * @param symbols the markets whose open orders are listed ("user / orders" filters by one pair)
 */
record NegocieCoinsOptions(long calls, Duration period, Long userId, List<String> symbols) {

    static final NegocieCoinsOptions DEFAULTS = new NegocieCoinsOptions(1, Duration.ofSeconds(1), null,
            List.of("BTC-BRL", "LTC-BRL"));

    NegocieCoinsOptions {
        Objects.requireNonNull(period, "period");
        if (calls <= 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("negociecoins rate limit must be a positive number of calls per"
                    + " positive period");
        }
        symbols = List.copyOf(symbols);
        symbols.forEach(NegocieCoinsSymbols::tradePair);
    }
}
