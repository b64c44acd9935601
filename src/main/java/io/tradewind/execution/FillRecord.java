package io.tradewind.execution;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution of one of our orders as recorded locally. Unique per {@code (venue, tradeId)}:
 * the store refuses a second record with the same pair, so a fill seen twice counts once.
 */
public record FillRecord(
        String venue,
        String tradeId,
        String clientOrderId,
        String strategyInstance,
        String account,
        String symbol,
        Side side,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal fee,
        String feeAsset,
        Instant time) {

    static FillRecord of(String venue, VenueTrade trade, String strategyInstance, String account) {
        return new FillRecord(venue, trade.tradeId(), trade.clientOrderId(), strategyInstance, account,
                trade.symbol(), trade.side(), trade.price(), trade.quantity(), trade.fee(),
                trade.feeAsset(), trade.time());
    }

    public BigDecimal notional() {
        return price.multiply(quantity);
    }
}
