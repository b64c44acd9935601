package io.tradewind.sim.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Wraps a book under test and checks it after every operation: each side visited in strict
 * priority order (price first, then arrival), every visited order's remaining quantity agreeing
 * with {@link #remaining} and positive, no id twice, the visit count equal to {@link #size}, the
 * best prices equal to the first visited ones, and whatever the implementation can say about
 * its own internals. Arrival order is tracked here: an add is a new arrival, a reduce is not.
 */
final class CheckedOrderBook implements OrderBook {

    private final OrderBook book;
    private final Consumer<OrderBook> internalCheck;
    private final Map<Long, Long> arrival = new HashMap<>();
    private long arrivals;

    CheckedOrderBook(OrderBook book, Consumer<OrderBook> internalCheck) {
        this.book = book;
        this.internalCheck = internalCheck;
    }

    @Override
    public long match(int takerAccount, Side takerSide, long limitPrice, long quantity, MatchListener listener) {
        long filled = book.match(takerAccount, takerSide, limitPrice, quantity, listener);
        assertTrue(filled >= 0 && filled <= quantity, "filled " + filled + " of " + quantity);
        check();
        return filled;
    }

    @Override
    public long simulate(int takerAccount, Side takerSide, long limitPrice, long quantity, MatchListener listener) {
        long filled = book.simulate(takerAccount, takerSide, limitPrice, quantity, listener);
        assertTrue(filled >= 0 && filled <= quantity, "filled " + filled + " of " + quantity);
        check();
        return filled;
    }

    @Override
    public void add(long orderId, int account, Side side, long price, long quantity, boolean allOrNone) {
        try {
            book.add(orderId, account, side, price, quantity, allOrNone);
            arrival.put(orderId, arrivals++);
        } finally {
            check();
        }
    }

    @Override
    public long cancel(long orderId) {
        long remaining = book.cancel(orderId);
        check();
        return remaining;
    }

    @Override
    public boolean reduce(long orderId, long newRemaining) {
        try {
            return book.reduce(orderId, newRemaining);
        } finally {
            check();
        }
    }

    @Override
    public long remaining(long orderId) {
        return book.remaining(orderId);
    }

    @Override
    public long bestPrice(Side side) {
        return book.bestPrice(side);
    }

    @Override
    public int size() {
        return book.size();
    }

    @Override
    public void forEachOrder(Side side, RestingOrderVisitor visitor) {
        book.forEachOrder(side, visitor);
    }

    @Override
    public void forEachAllOrNoneCrossing(Side side, long price, LongConsumer orderIds) {
        book.forEachAllOrNoneCrossing(side, price, orderIds);
    }

    /** The resting orders of one side in the order the book visits them. */
    List<long[]> orders(Side side) {
        List<long[]> orders = new ArrayList<>();
        book.forEachOrder(side, (id, account, price, remaining, allOrNone) ->
                orders.add(new long[] {id, account, price, remaining, allOrNone ? 1 : 0}));
        return orders;
    }

    private void check() {
        Set<Long> seen = new HashSet<>();
        for (Side side : Side.values()) {
            List<long[]> orders = orders(side);
            assertEquals(orders.isEmpty() ? NO_PRICE : orders.get(0)[2], book.bestPrice(side), side + " best price");
            for (int i = 0; i < orders.size(); i++) {
                long[] order = orders.get(i);
                assertTrue(seen.add(order[0]), "order " + order[0] + " visited twice");
                assertTrue(order[3] > 0, "order " + order[0] + " rests with nothing remaining");
                assertEquals(order[3], book.remaining(order[0]), "remaining of order " + order[0]);
                if (i > 0) {
                    assertInPriorityOrder(side, orders.get(i - 1), order);
                }
            }
        }
        assertEquals(seen.size(), book.size(), "size against orders visited");
        arrival.keySet().retainAll(seen);
        internalCheck.accept(book);
    }

    private void assertInPriorityOrder(Side side, long[] before, long[] after) {
        long priceOrder = side == Side.BUY ? before[2] - after[2] : after[2] - before[2];
        assertTrue(priceOrder >= 0, side + " order " + after[0] + " at " + after[2] + " visited after " + before[2]);
        if (priceOrder == 0) {
            assertTrue(arrival.get(before[0]) < arrival.get(after[0]),
                    "order " + after[0] + " visited before earlier arrival " + before[0] + " at " + after[2]);
        }
    }
}
