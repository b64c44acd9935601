package io.tradewind.exchange.ordersapi;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Orders API DTOs to domain types and our requests to its body: pure functions, tested against the
 * seed's examples. The seed's vocabulary is the project's own, so statuses, types, sides and time
 * in force map one to one by their wire names.
 */
final class OrdersApiAdapters {

    /** Trade statuses that mean the execution did not happen after all; the seed shows only {@code executed}. */
    private static final Set<String> UNDONE = Set.of("cancelled", "canceled", "reverted", "failed", "rejected");

    private OrdersApiAdapters() {
    }

    /** Our request as the create body; decimals as plain strings, the type's unused prices left out. */
    static OrdersApiDtos.NewOrder newOrder(OrderRequest request, String userId, String walletId) {
        OrderType type = request.type();
        return new OrdersApiDtos.NewOrder(request.symbol(), request.side().wireName(), type.wireName(),
                type.needsPrice() ? plain(request.price()) : null, plain(request.quantity()),
                request.timeInForce().wireName(), type.needsStopPrice() ? plain(request.stopPrice()) : null,
                request.expireAt() == null ? null : request.expireAt().toString(), userId, walletId);
    }

    /**
     * The venue's order under {@code clientOrderId} (the request's uid, or
     * {@link VenueOrder#venueKeyed} of the venue's {@code uid} for an order we cannot attribute),
     * with its executed trades as our fills. The venue reports no fee per trade; the seed's
     * settlement charges it in the quote asset on both sides (a buy of 0.5 BTC at 100M: the buyer
     * pays 50K IRR more, the seller receives 50K less), so each fill carries the configured rate of
     * its market ({@code instruments}): the maker fee for limit orders, the taker fee for market
     * and stop orders; exact, not rounded (the venue's own rounding is not documented). A market
     * not configured gets a fee of zero.
     */
    static VenueOrder order(OrdersApiDtos.Order order, String clientOrderId, String account,
            Map<String, Instrument> instruments) {
        String uid = required(order.uid(), "uid");
        String symbol = required(order.symbol(), "symbol").toUpperCase(Locale.ROOT);
        Side side = Side.fromWire(lower(required(order.side(), "side")));
        OrderType type = OrderType.fromWire(lower(required(order.type(), "type")));
        OrderStatus status = OrderStatus.fromWire(lower(required(order.status(), "status")));
        TimeInForce timeInForce = order.timeInForce() == null ? null : TimeInForce.fromWire(lower(order.timeInForce()));
        List<RejectionReason> reasons = status == OrderStatus.REJECTED
                ? OrdersApiRejections.ofOrder(order.rejectionReasons()) : List.of();
        List<VenueTrade> fills = new ArrayList<>();
        for (OrdersApiDtos.Trade trade : order.trades() == null ? List.<OrdersApiDtos.Trade>of() : order.trades()) {
            if (trade.status() == null || !UNDONE.contains(lower(trade.status()))) {
                fills.add(trade(trade, clientOrderId, symbol, side, feeRate(instruments.get(symbol), type)));
            }
        }
        Instant updated = order.updatedAt() != null ? time(order.updatedAt(), "updated_at")
                : time(required(order.createdAt(), "created_at"), "created_at");
        return new VenueOrder(clientOrderId, uid, account, symbol, side, type, order.price(),
                required(order.quantity(), "quantity"), order.stopPrice(),
                timeInForce != null ? timeInForce : defaultTimeInForce(type), status,
                Objects.requireNonNullElse(order.filled(), BigDecimal.ZERO), reasons, order.sessionId(), order.holdId(),
                fills, updated);
    }

    static VenueTrade trade(OrdersApiDtos.Trade trade, String clientOrderId, String symbol, Side side,
            BigDecimal feeRate) {
        String[] baseAndQuote = symbol.split("-", 2);
        String feeAsset = baseAndQuote.length < 2 ? baseAndQuote[0] : baseAndQuote[1];
        BigDecimal price = required(trade.price(), "price");
        BigDecimal quantity = required(trade.quantity(), "quantity");
        return new VenueTrade(required(trade.tradeId(), "trade_id"), clientOrderId, symbol, side, price, quantity,
                price.multiply(quantity).multiply(feeRate), feeAsset, time(required(trade.createdAt(), "created_at"),
                        "created_at"));
    }

    private static BigDecimal feeRate(Instrument instrument, OrderType type) {
        if (instrument == null) {
            return BigDecimal.ZERO;
        }
        // a resting limit makes the book; a market or a triggered stop (a stop-limit usually crosses) takes it
        return type == OrderType.LIMIT ? instrument.makerFee() : instrument.takerFee();
    }

    /**
     * Whether a listed order is the one a placement whose answer was lost created: same symbol,
     * side, type, price, stop price and quantity, created at or after {@code since}, and not one of
     * {@code claimed}.
     */
    static boolean samePlacement(OrdersApiDtos.Order order, OrderRequest request, Instant since, Set<String> claimed) {
        return order.uid() != null && !claimed.contains(order.uid())
                && request.symbol().equalsIgnoreCase(order.symbol())
                && request.side().wireName().equalsIgnoreCase(order.side())
                && request.type().wireName().equalsIgnoreCase(order.type())
                && (!request.type().needsPrice() || sameDecimal(request.price(), order.price()))
                && (!request.type().needsStopPrice() || sameDecimal(request.stopPrice(), order.stopPrice()))
                && sameDecimal(request.quantity(), order.quantity())
                && order.createdAt() != null && !time(order.createdAt(), "created_at").isBefore(since);
    }

    /** Whether an order may still trade: {@code new} (accepted, not yet in the book) counts too. */
    static boolean open(OrdersApiDtos.Order order) {
        String status = lower(order.status());
        return status.equals("new") || OrderStatus.fromWire(status).isOpen();
    }

    /** An ISO-8601 time with an offset ({@code 2025-12-30T10:00:00Z}), or without one, taken as UTC. */
    static Instant time(String text, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + " '" + text + "' is not an ISO-8601 time");
            }
        }
    }

    private static TimeInForce defaultTimeInForce(OrderType type) {
        return type == OrderType.MARKET || type == OrderType.STOP_MARKET ? TimeInForce.IMMEDIATE_OR_CANCEL
                : TimeInForce.GOOD_TILL_CANCELED;
    }

    private static boolean sameDecimal(BigDecimal ours, BigDecimal theirs) {
        return ours == null ? theirs == null : theirs != null && ours.compareTo(theirs) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("the answer has no " + field);
        }
        return value;
    }
}
