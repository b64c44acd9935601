package io.tradewind.service.ordersapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Orders API's answers as the OpenAPI document describes them. Documentation only: the
 * answers are built by {@link OrderJson} in the seed's field order, and {@code ServiceApiTest}
 * holds these property names to the seed's examples, so a field added on one side alone fails it.
 */
final class OrderSchemas {

    private OrderSchemas() {
    }

    @Schema(name = "OrdersApiOrderItem", description = "An order as the list shows it: the seed's item fields.")
    static class Item {
        @Schema(description = "the client order id the service gave the order before any venue saw it")
        public String uid;
        @Schema(name = "user_id")
        public String userId;
        @Schema(name = "wallet_id", description = "the account")
        public String walletId;
        @Schema(example = "BTC-IRR")
        public String symbol;
        @Schema(enumeration = {"buy", "sell"})
        public String side;
        @Schema(enumeration = {"limit", "market", "stop-limit", "stop-market"})
        public String type;
        @Schema(description = "null for market orders", example = "1000000000")
        public String price;
        @Schema(example = "0.5")
        public String quantity;
        @Schema(example = "0.2")
        public String filled;
        @Schema(name = "time_in_force", description = "what the order runs with (a market order runs immediate-or-cancel)",
                enumeration = {"good-till-canceled", "immediate-or-cancel", "fill-or-kill", "all-or-none"})
        public String timeInForce;
        @Schema(enumeration = {"new", "queued", "rejected", "active", "partial", "filled", "cancelled", "expired"})
        public String status;
        @Schema(name = "created_at", format = "date-time")
        public String createdAt;
    }

    @Schema(name = "OrdersApiOrder", description = "An order with every field of the seed's order structure and its trades;"
            + " decimals as strings, times in ISO 8601 (UTC).")
    static final class Order extends Item {
        @Schema(name = "stop_price", description = "stop orders only")
        public String stopPrice;
        @Schema(name = "expire_at", format = "date-time")
        public String expireAt;
        @Schema(name = "rejection_reasons")
        public List<String> rejectionReasons;
        @Schema(name = "broker_id")
        public String brokerId;
        @Schema(name = "session_id")
        public String sessionId;
        @Schema(name = "hold_id")
        public String holdId;
        public List<Trade> trades;
        @Schema(name = "updated_at", format = "date-time")
        public String updatedAt;
    }

    @Schema(name = "OrdersApiTrade", description = "One fill of an order.")
    static final class Trade {
        @Schema(name = "trade_id")
        public String tradeId;
        public String quantity;
        public String price;
        @Schema(name = "created_at", format = "date-time")
        public String createdAt;
        @Schema(enumeration = "executed")
        public String status;
    }

    @Schema(name = "OrdersApiPage", description = "A page of orders, oldest first, with the seed's column titles.")
    static final class Page {
        @Schema(description = "field name to its column title, in Persian as the seed gives them")
        public Map<String, String> heads;
        public List<Item> items;
        @Schema(description = "orders matching the filters, on every page")
        public int total;
        public int offset;
        public int limit;
    }
}
