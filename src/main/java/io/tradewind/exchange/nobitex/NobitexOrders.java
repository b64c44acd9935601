package io.tradewind.exchange.nobitex;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Nobitex orders as {@link VenueOrder}s, and its refusal codes as rejection reasons: pure functions. */
final class NobitexOrders {

    private NobitexOrders() {
    }

    /**
     * One Nobitex order as our view of it.
     *
     * @param uid            our client order id of the order
     * @param fallbackSymbol the symbol when the answer names its currencies only by display name
     *                       (the seed's {@code "Bitcoin"}, {@code "ریال"}), or {@code null}
     */
    static VenueOrder toVenueOrder(NobitexDtos.Order order, String uid, String account, String fallbackSymbol) {
        BigDecimal filled = order.matchedAmount() == null ? BigDecimal.ZERO : order.matchedAmount();
        OrderType type = type(order.execution());
        BigDecimal stop = order.stopPrice() != null ? order.stopPrice() : order.param1();
        return new VenueOrder(uid, order.id() == null ? null : String.valueOf(order.id()), account,
                symbol(order, fallbackSymbol), Side.fromWire(order.type()), type, price(order.price()), order.amount(),
                stop != null && stop.signum() > 0 ? stop : null, timeInForce(type),
                status(order.status(), order.matchedAmount(), order.amount()), filled, List.of(), null, null, List.of(), createdAt(order.createdAt()));
    }

    /** A limit price, or {@code null} for a market order's {@code "market"} (or none). */
    static BigDecimal price(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("market")) {
            return null;
        }
        return new BigDecimal(text.trim());
    }

    /**
     * Nobitex's order status: {@code Active} (resting; {@code partial} once something matched),
     * {@code Inactive} (a stop order waiting for its trigger), {@code Done}, {@code Canceled};
     * {@code New} is an order the venue has accepted but not yet put in the book. {@code Done} with
     * less matched than its amount (a market order that ran out of book) ended with the rest
     * unfilled: cancelled, as a cancel after a part filled.
     *
     * @param filled what matched, or {@code null} when the answer does not say (then {@code Done} is filled)
     * @param amount the order's amount, or {@code null} when the answer gives none
     */
    static OrderStatus status(String status, BigDecimal filled, BigDecimal amount) {
        if (status == null) {
            throw new IllegalArgumentException("order status is missing");
        }
        boolean matched = filled != null && filled.signum() > 0;
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "active", "new" -> matched ? OrderStatus.PARTIAL : OrderStatus.ACTIVE;
            case "inactive" -> OrderStatus.QUEUED;
            case "done" -> amount != null && filled != null && filled.compareTo(amount) < 0
                    ? OrderStatus.CANCELLED : OrderStatus.FILLED;
            case "canceled", "cancelled" -> OrderStatus.CANCELLED;
            default -> throw new IllegalArgumentException("unknown order status '" + status + "'");
        };
    }

    /** {@code limit}, {@code market}, {@code stop_limit}, {@code stop_market} in any case; {@code null} if absent. */
    static OrderType type(String execution) {
        if (execution == null || execution.isBlank()) {
            return null;
        }
        return switch (execution.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "limit" -> OrderType.LIMIT;
            case "market" -> OrderType.MARKET;
            case "stoplimit" -> OrderType.STOP_LIMIT;
            case "stopmarket" -> OrderType.STOP_MARKET;
            default -> throw new IllegalArgumentException("unknown execution '" + execution + "'");
        };
    }

    /** How we spell an order type in {@code execution}. */
    static String execution(OrderType type) {
        return switch (type) {
            case LIMIT -> "limit";
            case MARKET -> "market";
            case STOP_LIMIT -> "stop_limit";
            case STOP_MARKET -> "stop_market";
        };
    }

    /**
     * A refusal code of {@code orders/add} as our reason, as Nobitex's documentation explains the
     * codes: {@code InvalidOrderPrice} is a price missing or invalid, {@code BadPrice} one more
     * than 30% from the market (or a stop order's price better than its stop), {@code OverValueOrder}
     * an order worth more than the wallet holds, {@code SmallOrder} below the minimum value.
     * Codes without a closer reason ({@code PriceConditionFailed}, {@code DuplicateOrder},
     * {@code TradingUnavailable}, {@code FeatureUnavailable}, any new code) are
     * {@link RejectionReason#VENUE_REJECTED}. The venue's own code and message are logged with the
     * order.
     */
    static RejectionReason rejection(String code) {
        return switch (code == null ? "" : code) {
            case "SmallOrder" -> RejectionReason.NOTIONAL_BELOW_MINIMUM;
            case "InvalidOrderPrice" -> RejectionReason.PRICE_MISSING;
            case "BadPrice" -> RejectionReason.OUTSIDE_PRICE_BAND;
            case "OverValueOrder" -> RejectionReason.INSUFFICIENT_BALANCE;
            case "MarketClosed" -> RejectionReason.SYMBOL_NOT_ACTIVE;
            case "InvalidMarketPair" -> RejectionReason.UNKNOWN_SYMBOL;
            case "DuplicateClientOrderId" -> RejectionReason.DUPLICATE_UID;
            default -> RejectionReason.VENUE_REJECTED;
        };
    }

    /** The order as rejected by the venue with the reason of its code. */
    static VenueOrder rejected(OrderRequest request, String code, Instant now) {
        return VenueOrder.rejected(request, List.of(rejection(code)), now);
    }

    private static TimeInForce timeInForce(OrderType type) {
        if (type == null) {
            return null;
        }
        return type == OrderType.MARKET || type == OrderType.STOP_MARKET ? TimeInForce.IMMEDIATE_OR_CANCEL
                : TimeInForce.GOOD_TILL_CANCELED;
    }

    private static String symbol(NobitexDtos.Order order, String fallback) {
        if (order.market() != null && !order.market().isBlank()) {
            return NobitexSymbols.pair(order.market()).canonical();
        }
        if (NobitexSymbols.isCurrencyCode(order.srcCurrency()) && NobitexSymbols.isCurrencyCode(order.dstCurrency())) {
            return NobitexSymbols.fromCurrencies(order.srcCurrency(), order.dstCurrency());
        }
        return fallback;
    }

    static Instant createdAt(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }
}
