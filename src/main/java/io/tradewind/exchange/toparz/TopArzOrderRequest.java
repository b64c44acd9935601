package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/account/orders}. The seed's table names the id {@code client_id}
 * (its examples misspell it {@code clint_id}). Buys are sized by {@code total_price} (quote),
 * sells by {@code quantity} (base); a limit order adds {@code price}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TopArzOrderRequest(
        @JsonProperty("client_id") String clientId,
        String symbol,
        String type,
        String side,
        BigDecimal price,
        BigDecimal quantity,
        @JsonProperty("total_price") BigDecimal totalPrice) {
}
