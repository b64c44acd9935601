package io.tradewind.execution;

import io.tradewind.domain.OrderRequest;
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

    private static final String VENUE_KEYED = "venue:";

    /**
     * The client order id a venue without client order ids reports for one of its orders it
     * cannot attribute: the execution service translates it to its order with that venue id, or
     * adopts the order under it.
     */
    public static String venueKeyed(String venueOrderId) {
        return VENUE_KEYED + venueOrderId;
    }

    /** The venue id inside a {@link #venueKeyed(String)} client order id, or null for one of ours. */
    public static String venueIdIn(String clientOrderId) {
        return clientOrderId.startsWith(VENUE_KEYED) ? clientOrderId.substring(VENUE_KEYED.length()) : null;
    }

    /**
     * The report of a request that was rejected, by the venue or before it was sent: the request as
     * asked, nothing filled, with the reasons.
     */
    public static VenueOrder rejected(OrderRequest request, List<RejectionReason> reasons, Instant at) {
        return new VenueOrder(request.uid(), null, request.account(), request.symbol(), request.side(), request.type(),
                request.price(), request.quantity(), request.stopPrice(), request.timeInForce(), OrderStatus.REJECTED,
                BigDecimal.ZERO, reasons, null, null, List.of(), at);
    }

    /** This report under another client order id. */
    public VenueOrder withClientOrderId(String id) {
        return new VenueOrder(id, venueOrderId, account, symbol, side, type, price, quantity, stopPrice, timeInForce,
                status, filled, rejectionReasons, sessionId, holdId,
                trades.stream().map(t -> t.clientOrderId().equals(clientOrderId) ? t.withClientOrderId(id) : t).toList(),
                updatedAt);
    }

    public VenueOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(status, "status");
        filled = filled == null ? BigDecimal.ZERO : filled;
        rejectionReasons = rejectionReasons == null ? List.of() : List.copyOf(rejectionReasons);
        trades = trades == null ? List.of() : List.copyOf(trades);
    }
}
