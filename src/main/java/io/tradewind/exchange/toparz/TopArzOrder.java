package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * An order as TopArz answers it: snake_case in the history and the placement answer, camelCase in
 * active orders, detail and cancel, so every field takes both spellings. Timestamps are kept as
 * text: the seed shows numbers (milliseconds) and strings.
 *
 * @param commandId   our client id ({@code client_id} when placing)
 * @param quantity    base quantity; absent for buys, which TopArz sizes by {@code total_price}
 * @param status      {@code ACTIVE}, {@code FINISHED}, {@code CANCELED} or {@code FAILED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzOrder(
        String id,
        @JsonProperty("command_id") @JsonAlias("commandId") String commandId,
        String symbol,
        BigDecimal quantity,
        BigDecimal price,
        @JsonProperty("total_price") @JsonAlias("totalPrice") BigDecimal totalPrice,
        @JsonProperty("filled_quantity") @JsonAlias("filledQuantity") BigDecimal filledQuantity,
        @JsonProperty("filled_total_price") @JsonAlias("filledTotalPrice") BigDecimal filledTotalPrice,
        String type,
        String side,
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt,
        @JsonProperty("updated_at") @JsonAlias("updatedAt") String updatedAt,
        String status,
        @JsonProperty("stop_price") @JsonAlias("stopPrice") BigDecimal stopPrice) {
}
