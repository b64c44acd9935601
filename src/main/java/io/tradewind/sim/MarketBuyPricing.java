package io.tradewind.sim;

import io.tradewind.domain.Side;
import io.tradewind.sim.book.MatchListener;
import io.tradewind.sim.book.OrderBook;

/**
 * Prices a market buy before it executes, by walking the book without changing it. A market buy
 * has no limit price to hold funds against, so the exchange holds exactly what the walk says the
 * fills will cost; matching then makes those same fills.
 */
final class MarketBuyPricing {

    private MarketBuyPricing() {
    }

    /** What buying {@code quantity} at market costs now, taker fee included (fills beyond the book's depth cost nothing). */
    static long cost(SimOrder order, long quantity) {
        if (quantity == 0) {
            return 0;
        }
        CostWalk walk = new CostWalk(order.market);
        order.market.book.simulate(order.account.id, Side.BUY, OrderBook.MARKET_BUY_LIMIT, quantity, walk);
        return walk.cost;
    }

    /**
     * The largest quantity, on the step grid, whose market buy costs at most {@code budget}.
     * A first walk spends the budget level by level; since all-or-none makers can make a
     * smaller order fill differently, the result is then checked and, if needed, lowered by
     * bisection until it fits.
     */
    static long affordableQuantity(SimOrder order, long budget) {
        Market market = order.market;
        BudgetWalk walk = new BudgetWalk(market, budget);
        market.book.simulate(order.account.id, Side.BUY, OrderBook.MARKET_BUY_LIMIT, Long.MAX_VALUE / 4, walk);
        long quantity = walk.quantity;
        if (cost(order, quantity) <= budget) {
            return quantity;
        }
        long low = 0;
        long high = quantity / market.stepUnits;
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (cost(order, mid * market.stepUnits) <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low * market.stepUnits;
    }

    private static final class CostWalk implements MatchListener {
        private final Market market;
        long cost;

        CostWalk(Market market) {
            this.market = market;
        }

        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
            cost = ExactMath.add(cost, market.buyCost(price, quantity, market.takerFee));
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    }

    private static final class BudgetWalk implements MatchListener {
        private final Market market;
        private long budgetLeft;
        private boolean exhausted;
        long quantity;

        BudgetWalk(Market market, long budget) {
            this.market = market;
            this.budgetLeft = budget;
        }

        @Override
        public void onFill(long makerId, int makerAccount, long price, long available, long makerRemaining) {
            if (exhausted) {
                return;
            }
            long cost = market.buyCost(price, available, market.takerFee);
            if (cost <= budgetLeft) {
                budgetLeft -= cost;
                quantity += available;
                return;
            }
            quantity += largestAffordable(price, available);
            exhausted = true;
        }

        /** Bisection over step multiples: cost is monotonic in quantity at one price. */
        private long largestAffordable(long price, long available) {
            long low = 0;
            long high = available / market.stepUnits;
            while (low < high) {
                long mid = (low + high + 1) >>> 1;
                if (market.buyCost(price, mid * market.stepUnits, market.takerFee) <= budgetLeft) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low * market.stepUnits;
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    }
}
