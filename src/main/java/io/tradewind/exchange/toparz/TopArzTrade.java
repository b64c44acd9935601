package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One of our executions ({@code GET /api/v1/account/trades}, and the {@code trades} of a placement
 * or an order detail). {@code side} there is TAKER or MAKER; the order's side is {@code order_side}.
 *
 * @param reverted whether TopArz undid the trade
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzTrade(
        String id,
        @JsonProperty("order_command_id") @JsonAlias("orderCommandId") String orderCommandId,
        @JsonProperty("order_side") @JsonAlias("orderSide") String orderSide,
        String symbol,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal fee,
        @JsonProperty("fee_currency") @JsonAlias("feeCurrency") String feeCurrency,
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt,
        Boolean reverted) {
}
