package io.tradewind.execution;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution of one of our orders, as the venue reports it (an entry of the Orders API
 * {@code trades} list, seen from our side).
 *
 * @param tradeId       the venue's trade id; with the venue name it identifies the fill uniquely
 * @param clientOrderId our client order id of the order that traded
 * @param fee           fee charged to us for this fill, in {@code feeAsset}
 */
public record VenueTrade(
        String tradeId,
        String clientOrderId,
        String symbol,
        Side side,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal fee,
        String feeAsset,
        Instant time) {

    public VenueTrade {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(feeAsset, "feeAsset");
        Objects.requireNonNull(time, "time");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("trade " + tradeId + ": quantity must be greater than zero");
        }
    }

    /** This trade attributed to another client order id (see {@link VenueOrder#venueKeyed(String)}). */
    public VenueTrade withClientOrderId(String id) {
        return new VenueTrade(tradeId, id, symbol, side, price, quantity, fee, feeAsset, time);
    }
}
