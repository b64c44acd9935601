package io.tradewind.execution;

import io.tradewind.domain.Decimals;
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
 * An order as the execution service tracks it: every field of the Orders API order structure
 * (its executions are the {@link FillRecord}s with this client order id) plus where it was sent
 * and for whom. Immutable; changes produce a copy.
 *
 * @param clientOrderId    our id, generated and stored before the venue is called
 * @param venueOrderId     the venue's id (the seed's {@code uid}), once the venue answered
 * @param strategyInstance who submitted it: a strategy instance name, {@code operator}, or
 *                         {@code adopted} for an order found at the venue but not known locally
 * @param reason           why a strategy placed it ({@code context.because("stop-loss")}), or null
 * @param account          the account (the seed's {@code wallet_id}) the order trades for
 * @param filled           sum of the recorded fills; never above {@code quantity}
 * @param cancelRequested  a cancel was asked for (e.g. from the command line) and is still to be
 *                         sent to the venue
 */
public record OrderRecord(
        String clientOrderId,
        String venue,
        String venueOrderId,
        String strategyInstance,
        String reason,
        String userId,
        String account,
        String symbol,
        Side side,
        OrderType type,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal filled,
        TimeInForce timeInForce,
        OrderStatus status,
        BigDecimal stopPrice,
        Instant expireAt,
        List<RejectionReason> rejectionReasons,
        String brokerId,
        String sessionId,
        String holdId,
        boolean cancelRequested,
        Instant createdAt,
        Instant updatedAt) {

    public OrderRecord {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(strategyInstance, "strategyInstance");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(filled, "filled");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        rejectionReasons = rejectionReasons == null ? List.of() : List.copyOf(rejectionReasons);
    }

    /** A freshly submitted order in status {@code new}, before the venue has seen it. */
    public static OrderRecord fresh(OrderRequest request, String venue, String strategyInstance, String reason,
            String userId, Instant now) {
        return new OrderRecord(request.uid(), venue, null, strategyInstance, reason, userId, request.account(),
                request.symbol(), request.side(), request.type(), request.price(), request.quantity(),
                BigDecimal.ZERO, request.timeInForce(), OrderStatus.NEW, request.stopPrice(),
                request.expireAt(), List.of(), null, null, null, false, now, now);
    }

    /** An order found at the venue that the local store did not know. */
    public static OrderRecord adopted(VenueOrder order, String venue, Instant now) {
        return new OrderRecord(order.clientOrderId(), venue, order.venueOrderId(), "adopted", null, null,
                order.account(), order.symbol(), order.side(), order.type(), order.price(),
                order.quantity(), BigDecimal.ZERO, timeInForceOrDefault(order), OrderStatus.NEW,
                order.stopPrice(), null, List.of(), null, order.sessionId(), order.holdId(), false,
                now, now);
    }

    private static TimeInForce timeInForceOrDefault(VenueOrder order) {
        return order.timeInForce() != null ? order.timeInForce() : TimeInForce.effective(order.type(), null);
    }

    /** Whether funds are (or may be) locked for this order: known locally or open at the venue. */
    /** The placement this order was written ahead of: what a venue is asked to find when its answer was lost. */
    public OrderRequest request() {
        return new OrderRequest(clientOrderId, account, symbol, side, type, price, quantity, null, stopPrice,
                timeInForce, expireAt);
    }

    public boolean holdsFunds() {
        return status == OrderStatus.NEW || status.isOpen();
    }

    public BigDecimal remaining() {
        return Decimals.minus(quantity, filled);
    }

    public OrderRecord withStatus(OrderStatus next, List<RejectionReason> reasons, Instant now) {
        return new OrderRecord(clientOrderId, venue, venueOrderId, strategyInstance, reason, userId, account,
                symbol, side, type, price, quantity, filled, timeInForce, next, stopPrice, expireAt,
                reasons == null || reasons.isEmpty() ? rejectionReasons : reasons, brokerId,
                sessionId, holdId, cancelRequested && !next.isTerminal(), createdAt, now);
    }

    public OrderRecord withFilled(BigDecimal newFilled, Instant now) {
        return new OrderRecord(clientOrderId, venue, venueOrderId, strategyInstance, reason, userId, account,
                symbol, side, type, price, quantity, newFilled, timeInForce, status, stopPrice,
                expireAt, rejectionReasons, brokerId, sessionId, holdId, cancelRequested, createdAt,
                now);
    }

    /**
     * {@link #withFilled} and then, if {@code next} differs from the status, {@link #withStatus}
     * without reasons, in one copy: a fill is the commonest change.
     */
    public OrderRecord withFill(BigDecimal newFilled, OrderStatus next, Instant now) {
        boolean requested = next == status ? cancelRequested : cancelRequested && !next.isTerminal();
        return new OrderRecord(clientOrderId, venue, venueOrderId, strategyInstance, reason, userId, account,
                symbol, side, type, price, quantity, newFilled, timeInForce, next, stopPrice,
                expireAt, rejectionReasons, brokerId, sessionId, holdId, requested, createdAt, now);
    }

    /**
     * Copies the venue's identifiers (its order id, session and hold ids) when it gave them;
     * this same record when the venue gave none that differ, so callers can tell a change.
     */
    public OrderRecord withVenueIds(VenueOrder order, Instant now) {
        String newVenueOrderId = order.venueOrderId() != null ? order.venueOrderId() : venueOrderId;
        String newSessionId = order.sessionId() != null ? order.sessionId() : sessionId;
        String newHoldId = order.holdId() != null ? order.holdId() : holdId;
        if (Objects.equals(newVenueOrderId, venueOrderId) && Objects.equals(newSessionId, sessionId)
                && Objects.equals(newHoldId, holdId)) {
            return this;
        }
        return new OrderRecord(clientOrderId, venue, newVenueOrderId, strategyInstance, reason, userId, account, symbol,
                side, type, price, quantity, filled, timeInForce, status, stopPrice, expireAt, rejectionReasons,
                brokerId, newSessionId, newHoldId, cancelRequested, createdAt, now);
    }

    /** The order with the price and quantity a venue accepted it at, which may differ from those sent. */
    public OrderRecord withTerms(BigDecimal newPrice, BigDecimal newQuantity, Instant now) {
        return new OrderRecord(clientOrderId, venue, venueOrderId, strategyInstance, reason, userId, account,
                symbol, side, type, newPrice, newQuantity, filled, timeInForce, status, stopPrice,
                expireAt, rejectionReasons, brokerId, sessionId, holdId, cancelRequested, createdAt, now);
    }

    /** This same record when the flag is already {@code requested}. */
    public OrderRecord withCancelRequested(boolean requested, Instant now) {
        if (requested == cancelRequested) {
            return this;
        }
        return new OrderRecord(clientOrderId, venue, venueOrderId, strategyInstance, reason, userId, account,
                symbol, side, type, price, quantity, filled, timeInForce, status, stopPrice,
                expireAt, rejectionReasons, brokerId, sessionId, holdId, requested, createdAt, now);
    }
}
