package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import java.time.Instant;

/**
 * One entry of the append-only journal: what happened to an order and why. Statuses are
 * {@code null} where an event does not change them.
 */
public record OrderEvent(
        String clientOrderId,
        OrderEventType type,
        OrderStatus fromStatus,
        OrderStatus toStatus,
        String detail,
        Instant time) {
}
