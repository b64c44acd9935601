package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A venue's view of one of our orders: the Orders API order structure, keyed by our client order
 * id. Venue adapters map their DTOs into this record; it never carries credentials.
 *
 * @param venueOrderId the venue's own id (the seed's {@code uid}), or {@code null} if not given
 * @param filled       quantity the venue reports as executed
 * @param trades       executions of this order known to the venue, possibly empty even when
 *                     {@code filled} is positive (some venues report trades separately)
 */
public record VenueOrder(
        String clientOrderId,
        String venueOrderId,
        String account,
        String symbol,
        Side side,
        OrderType type,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal stopPrice,
        TimeInForce timeInForce,
        OrderStatus status,
        BigDecimal filled,
        List<RejectionReason> rejectionReasons,
        String sessionId,
        String holdId,
        List<VenueTrade> trades,
        Instant updatedAt) {

    public VenueOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(status, "status");
        filled = filled == null ? BigDecimal.ZERO : filled;
        rejectionReasons = rejectionReasons == null ? List.of() : List.copyOf(rejectionReasons);
        trades = trades == null ? List.of() : List.copyOf(trades);
    }
}
