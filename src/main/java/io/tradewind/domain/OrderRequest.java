package io.tradewind.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a strategy or an operator asks a venue to do: the create-order body of the Orders API.
 *
 * @param uid         client order id, unique per account; lets a retry be recognised
 * @param account     the account (wallet) the order trades for
 * @param price       limit price; required for {@code limit} and {@code stop-limit}
 * @param quantity    base quantity; {@code null} only for a market buy sized by {@code totalPrice}
 * @param totalPrice  quote amount to spend, for a market buy (TopArz's {@code total_price})
 * @param stopPrice   trigger price of a stop order: a buy stop triggers when the last trade price
 *                    rises to it, a sell stop when it falls to it
 * @param expireAt    when a resting order expires, or {@code null}
 */
public record OrderRequest(
        String uid,
        String account,
        String symbol,
        Side side,
        OrderType type,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal totalPrice,
        BigDecimal stopPrice,
        TimeInForce timeInForce,
        Instant expireAt) {

    public OrderRequest {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        if (quantity == null && totalPrice == null) {
            throw new IllegalArgumentException("order " + uid + ": quantity is missing");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw new IllegalArgumentException("order " + uid + ": quantity must be greater than zero");
        }
        if (totalPrice != null) {
            if (type != OrderType.MARKET || side != Side.BUY) {
                throw new IllegalArgumentException(
                        "order " + uid + ": total_price applies only to a market buy");
            }
            if (quantity != null) {
                throw new IllegalArgumentException(
                        "order " + uid + ": give either quantity or total_price, not both");
            }
            if (totalPrice.signum() <= 0) {
                throw new IllegalArgumentException("order " + uid + ": total_price must be greater than zero");
            }
        }
        if (timeInForce == null) {
            timeInForce = type == OrderType.MARKET || type == OrderType.STOP_MARKET
                    ? TimeInForce.IMMEDIATE_OR_CANCEL
                    : TimeInForce.GOOD_TILL_CANCELED;
        }
    }

    public static OrderRequest limit(String uid, String account, String symbol, Side side,
            String price, String quantity, TimeInForce timeInForce) {
        return new OrderRequest(uid, account, symbol, side, OrderType.LIMIT, new BigDecimal(price),
                new BigDecimal(quantity), null, null, timeInForce, null);
    }

    public static OrderRequest market(String uid, String account, String symbol, Side side,
            String quantity) {
        return new OrderRequest(uid, account, symbol, side, OrderType.MARKET, null,
                new BigDecimal(quantity), null, null, null, null);
    }
}
