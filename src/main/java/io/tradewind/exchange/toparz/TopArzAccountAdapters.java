package io.tradewind.exchange.toparz;

import static io.tradewind.exchange.toparz.TopArzMarketAdapters.required;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.VenueTimes;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * TopArz account DTOs to domain types and our order requests to TopArz's body: pure functions,
 * tested against the seed's examples.
 */
final class TopArzAccountAdapters {

    private TopArzAccountAdapters() {
    }

    /** {@code value} is the whole amount, {@code locked_value} the part held for open orders. */
    static List<Balance> balances(List<TopArzBalance> balances) {
        List<Balance> result = new ArrayList<>();
        for (TopArzBalance balance : balances) {
            BigDecimal total = required(balance.value(), "value");
            BigDecimal locked = Objects.requireNonNullElse(balance.lockedValue(), BigDecimal.ZERO);
            result.add(new Balance(required(balance.currency(), "currency").toUpperCase(Locale.ROOT),
                    total.subtract(locked), locked));
        }
        return result;
    }

    /**
     * Our request in TopArz's words: a sell is sized by {@code quantity}, a buy by
     * {@code total_price} — for a limit buy exactly {@code price × quantity}, for a market buy the
     * request's own {@code totalPrice}. Call {@link #refusal} first.
     */
    static TopArzOrderRequest orderRequest(OrderRequest request, TopArzClientIds ids) {
        boolean limit = request.type() == OrderType.LIMIT;
        boolean buy = request.side() == Side.BUY;
        BigDecimal totalPrice = !buy ? null
                : (limit ? request.price().multiply(request.quantity()) : request.totalPrice()).stripTrailingZeros();
        return new TopArzOrderRequest(ids.toWire(request.uid()), TopArzSymbols.wire(request.symbol()), limit ? "LIMIT" : "MARKET",
                buy ? "BUY" : "SELL", limit ? request.price() : null, buy ? null : request.quantity(), totalPrice);
    }

    /**
     * Why the request cannot be sent, or {@code null}: a market buy needs the quote amount to spend
     * ({@link OrderRequest#totalPrice()}), because TopArz sizes market buys by it and we will not
     * guess a price to turn a quantity into one.
     */
    static List<RejectionReason> refusal(OrderRequest request) {
        if (request.type() == OrderType.MARKET && request.side() == Side.BUY && request.totalPrice() == null) {
            return List.of(RejectionReason.TOTAL_PRICE_MISSING);
        }
        if (request.type() == OrderType.LIMIT && request.price() == null) {
            return List.of(RejectionReason.PRICE_MISSING);
        }
        return null;
    }

    /**
     * An order with the trades TopArz listed with it (reverted ones left out). Status:
     * {@code ACTIVE} is active, or partial once something filled; {@code FINISHED} is filled, or
     * cancelled when a known quantity was not reached (a market order that ran out of book);
     * {@code CANCELED} is cancelled; {@code FAILED} is rejected. A buy carries no quantity at
     * TopArz (it is sized by {@code total_price}): a limit buy's is {@code total_price / price}
     * where that division is exact, a market buy has none. An order placed without a client id
     * (on the website) is keyed by TopArz's id.
     */
    static VenueOrder order(TopArzOrder order, List<TopArzTrade> trades, String account, TopArzSymbols symbols,
            TopArzClientIds ids) {
        String venueId = required(order.id(), "id");
        String clientId = order.commandId() == null || order.commandId().isBlank() ? venueId : ids.fromWire(order.commandId());
        String symbol = symbols.canonical(order.symbol());
        Side side = side(order.side(), "side");
        OrderType type = type(order.type());
        BigDecimal filled = Objects.requireNonNullElse(order.filledQuantity(), BigDecimal.ZERO);
        BigDecimal quantity = quantity(order, type, side);
        OrderStatus status = status(order.status(), filled, quantity);
        List<VenueTrade> fills = new ArrayList<>();
        for (TopArzTrade trade : trades == null ? List.<TopArzTrade>of() : trades) {
            if (!Boolean.TRUE.equals(trade.reverted())) {
                fills.add(trade(trade, clientId, symbols, ids));
            }
        }
        Instant updated = VenueTimes.instant(order.updatedAt());
        return new VenueOrder(clientId, venueId, account, symbol, side, type,
                type == OrderType.LIMIT ? order.price() : null, quantity, order.stopPrice(),
                type == OrderType.LIMIT ? TimeInForce.GOOD_TILL_CANCELED : TimeInForce.IMMEDIATE_OR_CANCEL,
                status, filled, status == OrderStatus.REJECTED ? List.of(RejectionReason.VENUE_REJECTED) : List.of(),
                null, null, fills, updated != null ? updated : VenueTimes.instant(order.createdAt()));
    }

    private static BigDecimal quantity(TopArzOrder order, OrderType type, Side side) {
        if (order.quantity() != null || side == Side.SELL || type != OrderType.LIMIT
                || order.totalPrice() == null || order.price() == null || order.price().signum() == 0) {
            return order.quantity();
        }
        try {
            return order.totalPrice().divide(order.price()).stripTrailingZeros();
        } catch (ArithmeticException notExact) {
            return null;
        }
    }

    private static OrderStatus status(String status, BigDecimal filled, BigDecimal quantity) {
        return switch (required(status, "status").toUpperCase(Locale.ROOT)) {
            case "ACTIVE" -> filled.signum() > 0 ? OrderStatus.PARTIAL : OrderStatus.ACTIVE;
            case "FINISHED" -> quantity != null && filled.compareTo(quantity) < 0 ? OrderStatus.CANCELLED
                    : OrderStatus.FILLED;
            case "CANCELED", "CANCELLED" -> OrderStatus.CANCELLED;
            case "FAILED" -> OrderStatus.REJECTED;
            default -> throw new IllegalArgumentException("order status '" + status
                    + "' is not one of ACTIVE, FINISHED, CANCELED, FAILED");
        };
    }

    private static OrderType type(String type) {
        return switch (required(type, "type").toUpperCase(Locale.ROOT)) {
            case "LIMIT" -> OrderType.LIMIT;
            case "MARKET" -> OrderType.MARKET;
            default -> throw new IllegalArgumentException("order type '" + type + "' is not LIMIT or MARKET");
        };
    }

    private static Side side(String side, String field) {
        return Side.fromWire(required(side, field).toLowerCase(Locale.ROOT));
    }

    /**
     * One of our executions. A fee without a currency is taken to be in what the trade brought
     * in (the base asset for a buy, the quote asset for a sell), as in the seed's example.
     */
    static VenueTrade trade(TopArzTrade trade, TopArzSymbols symbols, TopArzClientIds ids) {
        return trade(trade, null, symbols, ids);
    }

    /**
     * One execution of a known order: a trade listed with its order is that order's even without
     * an {@code order_command_id}, which an order placed on the website (keyed by TopArz's id) has
     * none of.
     */
    private static VenueTrade trade(TopArzTrade trade, String orderClientId, TopArzSymbols symbols,
            TopArzClientIds ids) {
        String clientOrderId = orderClientId != null && !attributable(trade) ? orderClientId
                : ids.fromWire(required(trade.orderCommandId(), "order_command_id"));
        String symbol = symbols.canonical(trade.symbol());
        Side side = side(trade.orderSide(), "order_side");
        String[] baseAndQuote = symbol.split("-", 2);
        String feeAsset = trade.feeCurrency() != null && !trade.feeCurrency().isBlank()
                ? trade.feeCurrency().toUpperCase(Locale.ROOT)
                : side == Side.BUY ? baseAndQuote[0] : baseAndQuote[1];
        return new VenueTrade(required(trade.id(), "id"), clientOrderId, symbol,
                side, required(trade.price(), "price"), required(trade.quantity(), "quantity"),
                Objects.requireNonNullElse(trade.fee(), BigDecimal.ZERO), feeAsset,
                VenueTimes.required(trade.createdAt(), "created_at"));
    }

    /**
     * Whether a trade of the list of own trades names its order ({@code order_command_id}): a trade
     * of an order placed on the website has none, and no other field says whose it is.
     */
    static boolean attributable(TopArzTrade trade) {
        return trade.orderCommandId() != null && !trade.orderCommandId().isBlank();
    }

    /** Whether a page lists its trades with falling ids: the newest first. */
    static boolean newestFirst(List<TopArzTrade> trades) {
        return trades.size() > 1 && id(trades.get(0)).compareTo(id(trades.get(trades.size() - 1))) > 0;
    }

    /** The lowest trade id among {@code trades}, which must not be empty. */
    static String lowestId(List<TopArzTrade> trades) {
        return trades.stream().map(TopArzAccountAdapters::id).min(Comparator.naturalOrder()).orElseThrow().toString();
    }

    /** Whether every trade's id is below {@code id}: a page asked for {@code id<} that. */
    static boolean allBelow(List<TopArzTrade> trades, String id) {
        BigInteger bound = new BigInteger(id);
        return trades.stream().allMatch(trade -> id(trade).compareTo(bound) < 0);
    }

    private static BigInteger id(TopArzTrade trade) {
        return new BigInteger(required(trade.id(), "id"));
    }

    /**
     * A page of own trades after {@code cursor} (a trade id), oldest first. Reverted trades, and
     * trades that name no order ({@link #attributable}: not the bot's, which always sends a
     * {@code client_id}; such an order's fills come with its detail), are left out but still move
     * the cursor past them: one such trade failing the page would keep every later fill of ours
     * out for good. {@code more} when the page was full.
     */
    static TradePage tradePage(List<TopArzTrade> trades, String cursor, int pageSize, TopArzSymbols symbols,
            TopArzClientIds ids) {
        List<TopArzTrade> sorted = new ArrayList<>(trades);
        sorted.sort(Comparator.comparing(TopArzAccountAdapters::id));
        List<VenueTrade> page = new ArrayList<>();
        String next = cursor;
        for (TopArzTrade trade : sorted) {
            if (cursor != null && id(trade).compareTo(new BigInteger(cursor)) <= 0) {
                continue;
            }
            next = trade.id();
            if (!Boolean.TRUE.equals(trade.reverted()) && attributable(trade)) {
                page.add(trade(trade, symbols, ids));
            }
        }
        return new TradePage(page, next, trades.size() >= pageSize);
    }
}
