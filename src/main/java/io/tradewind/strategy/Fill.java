package io.tradewind.strategy;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;

/** One execution of one of the strategy's orders; the fee is in {@code feeAsset}. */
public record Fill(String uid, Side side, BigDecimal price, BigDecimal quantity, BigDecimal fee, String feeAsset,
        Instant time) {
}
