package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code GET /api/v1/markets}. TopArz calls the quote currency "base" ({@code TMN} in
 * {@code BTCTMN}) and the traded one "source".
 *
 * @param buySideEnabled {@code NONE}, {@code OTC}, {@code P2P} (the order book) or {@code BOTH}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzMarket(
        String symbol,
        @JsonProperty("base_currency") @JsonAlias("baseCurrency") String baseCurrency,
        @JsonProperty("source_currency") @JsonAlias("sourceCurrency") String sourceCurrency,
        @JsonProperty("buy_side_enabled") @JsonAlias("buySideEnabled") String buySideEnabled,
        @JsonProperty("sell_side_enabled") @JsonAlias("sellSideEnabled") String sellSideEnabled,
        @JsonProperty("price_digits_count") @JsonAlias("priceDigitsCount") Integer priceDigits,
        @JsonProperty("volume_digits_count") @JsonAlias("volumeDigitsCount") Integer volumeDigits) {
}
