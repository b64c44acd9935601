package io.tradewind.sim.book;

import io.tradewind.domain.Side;
import java.util.function.LongConsumer;

/**
 * The resting orders of one instrument in price-time priority: asks ascending, bids descending,
 * first in, first out within a price level. Prices and quantities are scaled longs on the
 * instrument's grid; order ids are unique among resting orders; accounts are small ints.
 *
 * <p>The book only matches and keeps priority. Balances, holds, fees, stops, time in force and
 * events belong to the exchange above it, which calls {@link #match} for an incoming order and
 * {@link #add} for whatever of it should rest.
 *
 * <p>Matching rules, the same for every implementation so that their outputs can be compared:
 * <ul>
 *   <li>An incoming order walks the opposite side from the best price while the maker's price is
 *       at or better than its limit (a buy takes asks priced at most {@code limitPrice}, a sell
 *       takes bids priced at least {@code limitPrice}); within a level, oldest first. Each fill is
 *       at the maker's price for {@code min(maker remaining, taker remaining)}.
 *   <li>Self-trade prevention, "cancel resting": a maker of the taker's own account is removed
 *       from the book (reported through {@link MatchListener#onSelfTradeCancel}) and the walk
 *       goes on. An account never trades with itself.
 *   <li>An all-or-none maker whose remaining quantity exceeds the taker's remaining quantity is
 *       skipped and keeps its place; the walk goes on behind it, so it never blocks other orders.
 * </ul>
 */
public interface OrderBook {

    /** Returned by {@link #bestPrice} for an empty side. */
    long NO_PRICE = Long.MIN_VALUE;

    /** Limit price of a market buy: takes asks at any price. */
    long MARKET_BUY_LIMIT = Long.MAX_VALUE;

    /** Limit price of a market sell: takes bids at any price. */
    long MARKET_SELL_LIMIT = 0L;

    /**
     * Matches an incoming order against the opposite side by the rules above, removing filled
     * and self-trade-cancelled makers. Reports every fill to {@code listener} in execution order,
     * while the book is being changed: the listener must not call back into the book.
     *
     * @return the quantity filled, from 0 to {@code quantity}
     */
    long match(int takerAccount, Side takerSide, long limitPrice, long quantity, MatchListener listener);

    /**
     * Reports the fills that {@link #match} with the same arguments would make, changing nothing.
     * Makers of the taker's own account are skipped (not reported), exactly as match would cancel
     * them before trading on. Used for fill-or-kill and all-or-none checks and to price market
     * orders before holding funds for them.
     *
     * @return the quantity {@link #match} would fill
     */
    long simulate(int takerAccount, Side takerSide, long limitPrice, long quantity, MatchListener listener);

    /**
     * Rests an order at the back of its price level.
     *
     * @throws IllegalArgumentException if the id is already resting, or price or quantity is not
     *                                  positive
     */
    void add(long orderId, int account, Side side, long price, long quantity, boolean allOrNone);

    /**
     * Removes a resting order.
     *
     * @return its remaining quantity, or -1 if no such order rests here (already filled,
     *         cancelled, or never added)
     */
    long cancel(long orderId);

    /**
     * Lowers a resting order's remaining quantity, keeping its place in the queue.
     *
     * @param newRemaining from 1 to the current remaining quantity minus 1
     * @return false if no such order rests here; otherwise true
     * @throws IllegalArgumentException if {@code newRemaining} is out of that range
     */
    boolean reduce(long orderId, long newRemaining);

    /** Remaining quantity of a resting order, or -1 if no such order rests here. */
    long remaining(long orderId);

    /** Best bid or ask, or {@link #NO_PRICE} if that side is empty. */
    long bestPrice(Side side);

    /** Number of resting orders on both sides. */
    int size();

    /** Visits one side's resting orders in priority order. Not for hot paths. */
    void forEachOrder(Side side, RestingOrderVisitor visitor);

    /**
     * Passes, in priority order, the ids of all-or-none orders resting on {@code side} whose price
     * crosses {@code price} (bids at or above it, asks at or below it): the orders that may have
     * become executable when liquidity arrived at {@code price} on the other side. The consumer
     * must not change the book.
     */
    void forEachAllOrNoneCrossing(Side side, long price, LongConsumer orderIds);
}
