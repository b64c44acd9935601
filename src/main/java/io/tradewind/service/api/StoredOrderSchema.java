package io.tradewind.service.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order of the store as the OpenAPI document describes it. Documentation only: the answers are
 * built by {@code ExecutionViews.json}, and {@code ServiceApiTest} holds these property names to
 * that map's keys, so a field added on one side alone fails it.
 */
@Schema(name = "StoredOrder", description = "An order as the store keeps it, with the Orders API's field names;"
        + " decimals as strings, times in ISO 8601 (UTC).")
final class StoredOrderSchema {

    private StoredOrderSchema() {
    }

    @Schema(name = "client_order_id", description = "the id the execution service gave the order before any venue saw it")
    public String clientOrderId;
    public String venue;
    @Schema(description = "the venue's order id; null until the venue answered")
    public String uid;
    @Schema(name = "strategy_instance", description = "the instance that placed it, or orders-api:<user> for the Orders API")
    public String strategyInstance;
    @Schema(description = "why the strategy placed it (context.because in the strategy), 1 to 32 characters; null when it gave"
            + " no reason, and for the Orders API's and the operator's orders", example = "stop-loss")
    public String reason;
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
    @Schema(description = "null for market orders")
    public String price;
    public String quantity;
    public String filled;
    @Schema(name = "time_in_force", description = "what the order runs with (a market order runs immediate-or-cancel)",
            enumeration = {"good-till-canceled", "immediate-or-cancel", "fill-or-kill", "all-or-none"})
    public String timeInForce;
    @Schema(enumeration = {"new", "queued", "rejected", "active", "partial", "filled", "cancelled", "expired"})
    public String status;
    @Schema(name = "stop_price")
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
    @Schema(name = "cancel_requested", description = "a cancel was asked for and is still to be sent to the venue")
    public boolean cancelRequested;
    @Schema(name = "created_at", format = "date-time")
    public String createdAt;
    @Schema(name = "updated_at", format = "date-time")
    public String updatedAt;
}
