package io.tradewind.exchange.ordersapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Orders API's JSON as the seed shows it. Decimals arrive as strings and are read exactly;
 * times are ISO-8601 text. Nothing here leaves the package. The REST client hands us text, so
 * Quarkus does not see these types: a native executable needs them listed for Jackson's reflection.
 */
@RegisterForReflection(targets = {OrdersApiDtos.Order.class, OrdersApiDtos.Trade.class, OrdersApiDtos.Page.class,
    OrdersApiDtos.NewOrder.class, OrdersApiDtos.Detail.class})
final class OrdersApiDtos {

    private OrdersApiDtos() {
    }

    /**
     * The seed's order structure. A list item carries fewer fields (no {@code trades}): absent
     * fields are {@code null}, and {@code trades == null} means "not reported", unlike an empty list.
     *
     * @param rejectionReasons the seed does not show their shape: strings or objects, read leniently
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(
            String uid,
            @JsonProperty("user_id") String userId,
            @JsonProperty("wallet_id") String walletId,
            String symbol,
            String side,
            String type,
            BigDecimal price,
            BigDecimal quantity,
            BigDecimal filled,
            @JsonProperty("time_in_force") String timeInForce,
            String status,
            @JsonProperty("stop_price") BigDecimal stopPrice,
            @JsonProperty("expire_at") String expireAt,
            @JsonProperty("rejection_reasons") List<JsonNode> rejectionReasons,
            @JsonProperty("broker_id") String brokerId,
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("hold_id") String holdId,
            List<Trade> trades,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {
    }

    /** One entry of an order's {@code trades}: {@code status} is {@code executed} in the seed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trade(
            @JsonProperty("trade_id") String tradeId,
            BigDecimal quantity,
            BigDecimal price,
            @JsonProperty("created_at") String createdAt,
            String status) {
    }

    /** One page of {@code GET /orders}; {@code heads} (column titles) is not read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Order> items, Long total, Integer offset, Integer limit) {
    }

    /** The create body, in the seed's field order; decimals as strings, absent fields left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewOrder(
            String symbol,
            String side,
            String type,
            String price,
            String quantity,
            @JsonProperty("time_in_force") String timeInForce,
            @JsonProperty("stop_price") String stopPrice,
            @JsonProperty("expire_at") String expireAt,
            @JsonProperty("user_id") String userId,
            @JsonProperty("wallet_id") String walletId) {
    }

    /** One entry of a {@code 422} answer's {@code detail}: where, what, which check, its limits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(List<String> loc, String msg, String type, JsonNode ctx) {
    }
}
