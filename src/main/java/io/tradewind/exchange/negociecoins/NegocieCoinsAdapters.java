package io.tradewind.exchange.negociecoins;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** NegocieCoins' JSON into domain types. A missing or unreadable field throws, which callers report as malformed. */
final class NegocieCoinsAdapters {

    /**
     * The zone of the venue's times without an offset ({@code "2015-09-10T12:36:30"}): the seed's
     * PHP example sets {@code America/Sao_Paulo}.
     */
    static final ZoneId VENUE_ZONE = ZoneId.of("America/Sao_Paulo");

    private NegocieCoinsAdapters() {
    }

    /** One order, reported under {@code clientOrderId} (ours, or {@link VenueOrder#venueKeyed}). */
    static VenueOrder order(NegocieCoinsDtos.Order order, String clientOrderId, String account) {
        String venueId = Objects.requireNonNull(order.id(), "order id");
        String symbol = NegocieCoinsSymbols.canonical(order.pair());
        Side side = side(order.type());
        BigDecimal filled = order.executedQuantity() == null ? BigDecimal.ZERO : order.executedQuantity();
        OrderStatus status = status(order.status(), filled);
        List<VenueTrade> trades = new ArrayList<>();
        Instant updated = time(order.created());
        for (NegocieCoinsDtos.Operation operation : order.operations() == null
                ? List.<NegocieCoinsDtos.Operation>of() : order.operations()) {
            VenueTrade trade = trade(operation, clientOrderId, symbol, side);
            trades.add(trade);
            updated = trade.time().isAfter(updated) ? trade.time() : updated;
        }
        return new VenueOrder(clientOrderId, venueId, account, symbol, side, OrderType.LIMIT,
                Objects.requireNonNull(order.price(), "price"), Objects.requireNonNull(order.quantity(), "quantity"),
                null, TimeInForce.GOOD_TILL_CANCELED, status, filled,
                status == OrderStatus.REJECTED ? List.of(RejectionReason.VENUE_REJECTED) : List.of(), null, null,
                trades, updated);
    }

    /**
     * Why the fees recorded for an order's operations may be wrong, or null: the seed calls each
     * operation's {@code feeRate} "taxa paga" without saying in what (read as a rate of the trade's
     * value), and the order's own {@code fee} "taxa paga na ordem". When the order states a fee and
     * the operations' differ from it by more than 1 %, one of the two readings is not NegocieCoins'.
     */
    static String feeDisagreement(NegocieCoinsDtos.Order order, VenueOrder adapted) {
        if (order.fee() == null || order.fee().signum() <= 0 || adapted.trades().isEmpty()) {
            return null;
        }
        BigDecimal recorded = adapted.trades().stream().map(VenueTrade::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = recorded.subtract(order.fee()).abs();
        if (difference.multiply(BigDecimal.valueOf(100)).compareTo(order.fee()) <= 0) {
            return null;
        }
        return "order " + order.id() + ": its operations' fees (feeRate × price × quantity) come to "
                + recorded.stripTrailingZeros().toPlainString() + " " + NegocieCoinsSymbols.QUOTE + " where the order states a fee of "
                + order.fee().stripTrailingZeros().toPlainString() + "; the fees recorded may be wrong: compare them with"
                + " NegocieCoins' statement";
    }

    /**
     * One execution. The seed calls {@code feeRate} "taxa paga" without saying in what; it is read
     * as a rate of the trade's value in reais.
     */
    private static VenueTrade trade(NegocieCoinsDtos.Operation operation, String clientOrderId, String symbol,
            Side side) {
        BigDecimal price = Objects.requireNonNull(operation.price(), "operation price");
        BigDecimal quantity = Objects.requireNonNull(operation.quantity(), "operation quantity");
        BigDecimal rate = operation.feeRate() == null ? BigDecimal.ZERO : operation.feeRate();
        return new VenueTrade(Objects.requireNonNull(operation.id(), "operation id"), clientOrderId, symbol, side,
                price, quantity, rate.multiply(price).multiply(quantity), NegocieCoinsSymbols.QUOTE,
                time(operation.created()));
    }

    static OrderStatus status(String status, BigDecimal filled) {
        return switch (Objects.requireNonNull(status, "status").toLowerCase(Locale.ROOT)) {
            case "pending" -> filled.signum() > 0 ? OrderStatus.PARTIAL : OrderStatus.ACTIVE;
            case "partially filled" -> OrderStatus.PARTIAL;
            case "filled" -> OrderStatus.FILLED;
            case "cancelled", "canceled" -> OrderStatus.CANCELLED;
            case "rejected" -> OrderStatus.REJECTED;
            default -> throw new IllegalArgumentException("unknown order status '" + status + "'");
        };
    }

    static Side side(String type) {
        return switch (Objects.requireNonNull(type, "type").toLowerCase(Locale.ROOT)) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> throw new IllegalArgumentException("unknown order type '" + type + "'");
        };
    }

    static String wireSide(Side side) {
        return side == Side.BUY ? "buy" : "sell";
    }

    /** A venue time: ISO local time in {@link #VENUE_ZONE}, or with an offset when it gives one. */
    static Instant time(String text) {
        Objects.requireNonNull(text, "time");
        try {
            return LocalDateTime.parse(text).atZone(VENUE_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    /**
     * "user / balance": what can be traded is the net balance ({@code total}, after open orders and
     * requested withdrawals); what open orders hold is {@code -openOrders}.
     */
    static List<Balance> balances(Map<String, NegocieCoinsDtos.Balance> balances) {
        List<Balance> result = new ArrayList<>();
        balances.forEach((asset, balance) -> {
            BigDecimal held = balance.openOrders() == null ? BigDecimal.ZERO : balance.openOrders().abs();
            result.add(new Balance(asset.toUpperCase(Locale.ROOT), Objects.requireNonNull(balance.total(), asset
                    + " total"), held));
        });
        return result;
    }

    static DepthSnapshot depth(NegocieCoinsDtos.Book book, String symbol, Instant now) {
        return new DepthSnapshot(symbol, now,
                levels(book.bid(), Comparator.comparing(PriceLevel::price).reversed()),
                levels(book.ask(), Comparator.comparing(PriceLevel::price)));
    }

    private static List<PriceLevel> levels(List<NegocieCoinsDtos.Level> levels, Comparator<PriceLevel> bestFirst) {
        List<PriceLevel> result = new ArrayList<>();
        for (NegocieCoinsDtos.Level level : levels == null ? List.<NegocieCoinsDtos.Level>of() : levels) {
            result.add(new PriceLevel(Objects.requireNonNull(level.price(), "price"),
                    Objects.requireNonNull(level.quantity(), "quantity")));
        }
        result.sort(bestFirst);
        return result;
    }

    /** Public trades, oldest first (by time, then id). */
    static List<PublicTrade> publicTrades(List<NegocieCoinsDtos.Trade> trades, String symbol) {
        List<PublicTrade> result = new ArrayList<>();
        for (NegocieCoinsDtos.Trade trade : trades) {
            result.add(new PublicTrade(trade.tid(), symbol, trade.price(), trade.amount(), takerSide(trade.type()),
                    tradeTime(Objects.requireNonNull(trade.date(), "trade date"))));
        }
        result.sort(Comparator.comparing(PublicTrade::time).thenComparing(t -> t.tradeId() == null ? ""
                : t.tradeId(), Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
        return result;
    }

    private static Side takerSide(String type) {
        return type == null ? null : switch (type.toLowerCase(Locale.ROOT)) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> null;
        };
    }

    /** Unix seconds as documented; a value too large for seconds is read as milliseconds. */
    private static Instant tradeTime(long date) {
        return date > 100_000_000_000L ? Instant.ofEpochMilli(date) : Instant.ofEpochSecond(date);
    }
}
