package io.tradewind.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution between a resting (maker) and an incoming (taker) order, with both fees. Fees are
 * charged in the asset each side receives less of: the buyer pays its fee in quote on top of the
 * price, the seller's fee is taken from the quote it receives (the Orders API settlement example).
 */
public record Trade(
        String tradeId,
        String symbol,
        BigDecimal price,
        BigDecimal quantity,
        String makerUid,
        String takerUid,
        Side takerSide,
        BigDecimal makerFee,
        BigDecimal takerFee,
        Instant time) {
}
