package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
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
     * Adds a fill of {@code quantity} at {@code price}. The status follows the fill ({@code partial}
     * or {@code filled}) where the state machine allows; a fill that arrives after a terminal status
     * (a cancel that crossed an execution) is still counted, because the money moved, but leaves
     * the status alone. A fill beyond the order's quantity is illegal, except where a venue sizes a
     * limit buy by what it spends (TopArz sends price × quantity): a better price delivers more,
     * within that amount. That fill counts too, the order is filled ({@code filled} never above
     * its quantity), and the outcome's detail says by how much.
     */
    public static Outcome applyFill(OrderRecord order, BigDecimal quantity, BigDecimal price, Instant now) {
        BigDecimal filled = order.filled().add(quantity);
        String beyond = null;
        if (filled.compareTo(order.quantity()) > 0) {
            if (!withinWhatABuySpends(order, filled, price)) {
                return Outcome.illegal(order, "fill of " + quantity.toPlainString() + " would make filled "
                        + filled.toPlainString() + " exceed quantity " + order.quantity().toPlainString());
            }
            beyond = "filled " + filled.toPlainString() + " of a quantity of " + order.quantity().toPlainString()
                    + " within the " + order.price().multiply(order.quantity()).toPlainString() + " it may spend";
            filled = order.quantity();
        }
        OrderStatus next = filled.compareTo(order.quantity()) == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL;
        return new Outcome(Outcome.Kind.APPLIED,
                order.withFill(filled, order.status().canMoveTo(next) ? next : order.status(), now), beyond);
    }

    /**
     * Whether {@code filled} of a limit buy, at {@code price} (at or under its limit), costs no more
     * than the limit times the quantity: what a buy sized by its spending can deliver. A fill
     * reported twice, or given to the wrong order, would cost more than that and stays illegal.
     */
    private static boolean withinWhatABuySpends(OrderRecord order, BigDecimal filled, BigDecimal price) {
        return order.side() == Side.BUY && order.price() != null && price.compareTo(order.price()) <= 0
                && filled.multiply(price).compareTo(order.quantity().multiply(order.price())) <= 0;
    }
}
