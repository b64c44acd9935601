package io.tradewind.sim.book;

/** Sees one resting order of a book walk; see {@link OrderBook#forEachOrder}. */
@FunctionalInterface
public interface RestingOrderVisitor {

    void visit(long orderId, int account, long price, long remaining, boolean allOrNone);
}
