package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One bar of {@code GET /api/v1/udf}. The seed does not say the unit of {@code start_time}; it is
 * read as seconds or milliseconds by its magnitude.
 *
 * @param tradeVolume     base volume
 * @param tradeTotalPrice quote volume
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzCandle(
        @JsonProperty("start_time") @JsonAlias("startTime") String startTime,
        @JsonProperty("open_price") @JsonAlias("openPrice") BigDecimal open,
        @JsonProperty("highest_price") @JsonAlias("highestPrice") BigDecimal high,
        @JsonProperty("lowest_price") @JsonAlias("lowestPrice") BigDecimal low,
        @JsonProperty("close_price") @JsonAlias("closePrice") BigDecimal close,
        @JsonProperty("trade_volume") @JsonAlias("tradeVolume") BigDecimal tradeVolume,
        @JsonProperty("trade_total_price") @JsonAlias("tradeTotalPrice") BigDecimal tradeTotalPrice) {
}
