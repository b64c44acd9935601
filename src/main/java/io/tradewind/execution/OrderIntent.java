package io.tradewind.execution;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a strategy instance or an operator wants to trade; the execution service gives it a fresh
 * client order id. {@code timeInForce} {@code null} takes the type's default; {@code reason} is why
 * a strategy wants it ({@code context.because(…)}), kept with the order and never sent to a venue.
 */
public record OrderIntent(
        String account,
        String symbol,
        Side side,
        OrderType type,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal stopPrice,
        TimeInForce timeInForce,
        Instant expireAt,
        String reason) {

    /** An intent given for no particular reason: an operator's, or a strategy's that did not say. */
    public OrderIntent(String account, String symbol, Side side, OrderType type, BigDecimal price, BigDecimal quantity,
            BigDecimal stopPrice, TimeInForce timeInForce, Instant expireAt) {
        this(account, symbol, side, type, price, quantity, stopPrice, timeInForce, expireAt, null);
    }

    /** The longest reason the store keeps ({@code exec_order.reason}). */
    public static final int LONGEST_REASON = 32;

    public OrderIntent {
        // the strategy context cuts a longer one with a warning; any other caller would fail at the store's commit
        if (reason != null && (reason.isBlank() || reason.length() > LONGEST_REASON)) {
            throw new IllegalArgumentException("an order's reason is 1 to " + LONGEST_REASON + " characters and not blank,"
                    + " was " + reason.length() + " characters");
        }
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static OrderIntent limit(String account, String symbol, Side side, String price, String quantity) {
        return new OrderIntent(account, symbol, side, OrderType.LIMIT, new BigDecimal(price),
                new BigDecimal(quantity), null, null, null);
    }

    public static OrderIntent market(String account, String symbol, Side side, String quantity) {
        return new OrderIntent(account, symbol, side, OrderType.MARKET, null, new BigDecimal(quantity),
                null, null, null);
    }
}
