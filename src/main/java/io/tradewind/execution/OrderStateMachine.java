package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Decides what a venue report or a fill does to an order. Pure functions: the caller writes the
 * result. Illegal moves are returned as such (never applied) so that the caller can journal and
 * report them.
 */
public final class OrderStateMachine {

    /** The outcome of one update: the order to store, or why nothing changes. */
    public record Outcome(Kind kind, OrderRecord order, String detail) {

        public enum Kind { APPLIED, UNCHANGED, ILLEGAL }

        static Outcome applied(OrderRecord order) {
            return new Outcome(Kind.APPLIED, order, null);
        }

        static Outcome unchanged(OrderRecord order) {
            return new Outcome(Kind.UNCHANGED, order, null);
        }

        static Outcome illegal(OrderRecord order, String detail) {
            return new Outcome(Kind.ILLEGAL, order, detail);
        }
    }

    private OrderStateMachine() {
    }

    /**
     * Applies a status reported by the venue. The same status again is a no-op; a move that
     * {@link OrderStatus#canMoveTo} forbids (e.g. {@code active} after {@code partial}, arriving
     * out of order) is illegal. A report of {@code filled} is accepted even before every fill is
     * recorded: the fills follow and {@code filled} counts only what was recorded.
     */
    public static Outcome applyStatus(OrderRecord order, VenueOrder report, Instant now) {
        OrderStatus next = report.status();
        if (next == order.status() && next != OrderStatus.PARTIAL) {
            return Outcome.unchanged(order);
        }
        if (next == OrderStatus.PARTIAL && order.status() == OrderStatus.PARTIAL) {
            return Outcome.unchanged(order);
        }
        if (!order.status().canMoveTo(next)) {
            return Outcome.illegal(order, "status " + order.status().wireName() + " -> "
                    + next.wireName() + " is not allowed");
        }
        return Outcome.applied(order.withStatus(next, report.rejectionReasons(), now));
    }

    /**
     * Adds a fill of {@code quantity}. A fill that would take {@code filled} above the order
     * quantity is illegal. The status follows the fill ({@code partial} or {@code filled}) where
     * the state machine allows; a fill that arrives after a terminal status (a cancel that crossed
     * an execution) is still counted, because the money moved, but leaves the status alone.
     */
    public static Outcome applyFill(OrderRecord order, BigDecimal quantity, Instant now) {
        BigDecimal filled = order.filled().add(quantity);
        if (filled.compareTo(order.quantity()) > 0) {
            return Outcome.illegal(order, "fill of " + quantity.toPlainString() + " would make filled "
                    + filled.toPlainString() + " exceed quantity " + order.quantity().toPlainString());
        }
        OrderStatus next = filled.compareTo(order.quantity()) == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL;
        return Outcome.applied(order.withFill(filled, order.status().canMoveTo(next) ? next : order.status(), now));
    }
}
