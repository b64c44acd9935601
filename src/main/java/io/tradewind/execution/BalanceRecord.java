package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The last known venue balance of one asset of one account, refreshed by reconciliation and moved
 * by recorded fills in between. {@code available} and {@code held} are the venue's figures.
 */
public record BalanceRecord(
        String venue,
        String account,
        String asset,
        BigDecimal available,
        BigDecimal held,
        Instant updatedAt) {

    public BigDecimal total() {
        return Decimals.plus(available, held);
    }
}
