package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One entry of {@code GET /api/v1/latest-trade-summaries/{symbol}}; TopArz gives no trade id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzTradeSummary(
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt,
        @JsonProperty("taker_order_side") @JsonAlias("takerOrderSide") String takerOrderSide,
        BigDecimal price,
        BigDecimal quantity,
        String symbol) {
}
