package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderJsonTest {

    private static final Instant CREATED = Instant.parse("2025-12-30T10:00:00Z");
    private static final Instant FILLED = Instant.parse("2025-12-30T10:05:00Z");

    /** The seed's order: a 0.5 BTC limit buy at 1,000,000,000 IRR, 0.2 of it filled at 999,000,000. */
    private static final OrderRecord ORDER = OrderRecord.fresh(OrderRequest.limit("ord_123abc", "wallet_456", "BTC-IRR",
            Side.BUY, "1000000000", "0.50", TimeInForce.GOOD_TILL_CANCELED), "paper", "orders-api:user_123", null, "user_123", CREATED)
            .withFill(new BigDecimal("0.20000000"), OrderStatus.PARTIAL, FILLED);
    private static final FillRecord FILL = new FillRecord("paper", "trade_456", "ord_123abc", "orders-api:user_123",
            "wallet_456", "BTC-IRR", Side.BUY, new BigDecimal("999000000"), new BigDecimal("0.2"), new BigDecimal("199.8"),
            "IRR", FILLED);

    @Test
    void an_order_has_every_field_of_the_seeds_structure_in_its_order() {
        Map<String, Object> json = OrderJson.full(ORDER, "user_123", List.of(FILL));

        assertEquals(names(SeedExamples.get("order")), new ArrayList<>(json.keySet()));
        assertEquals(names(SeedExamples.get("order").at("/trades/0")), new ArrayList<>(trade(json).keySet()));
        assertEquals("user_123", json.get("user_id"));
        assertEquals("wallet_456", json.get("wallet_id"));
        assertEquals("partial", json.get("status"));
        assertEquals("2025-12-30T10:05:00Z", json.get("updated_at"));
    }

    @Test
    void decimals_are_strings_without_trailing_zeros_and_trades_are_executed() {
        Map<String, Object> json = OrderJson.full(ORDER, "user_123", List.of(FILL));

        assertEquals("0.5", json.get("quantity"));
        assertEquals("0.2", json.get("filled"));
        assertEquals("1000000000", json.get("price"));
        assertEquals("999000000", trade(json).get("price"));
        assertEquals("executed", trade(json).get("status"));
    }

    @Test
    void a_list_item_has_the_seeds_item_fields() {
        assertEquals(names(SeedExamples.get("list_response").at("/items/0")),
                new ArrayList<>(OrderJson.item(ORDER, "user_123").keySet()));
        assertEquals(names(SeedExamples.get("list_response").get("heads")), new ArrayList<>(OrderJson.HEADS.keySet()));
        assertEquals(SeedExamples.get("list_response").at("/heads/filled").asText(), OrderJson.HEADS.get("filled"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trade(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("trades")).get(0);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
