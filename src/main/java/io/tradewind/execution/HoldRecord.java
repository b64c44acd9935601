package io.tradewind.execution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one open order locks at the venue, as tracked locally: a buy holds quote (price ×
 * remaining quantity plus the fee), a sell holds base (the remaining quantity). One per order;
 * it disappears when the order is filled, cancelled, expired or rejected.
 */
public record HoldRecord(
        String clientOrderId,
        String venue,
        String account,
        String asset,
        BigDecimal amount,
        Instant updatedAt) {
}
