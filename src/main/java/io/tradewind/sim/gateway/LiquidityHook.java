package io.tradewind.sim.gateway;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;

/**
 * Lets a backtest put up the market's liquidity just before an order reaches the simulated
 * exchange and take it down right after (see {@code io.tradewind.backtest.CandleLiquidity}).
 * Quantities and prices are the exchange's scaled units.
 */
public interface LiquidityHook {

    void beforeOrder(Side side, OrderType type, long limitPrice, long quantity);

    void afterOrder();

    /** No synthetic liquidity: paper trading against whatever rests in the books. */
    LiquidityHook NONE = new LiquidityHook() {
        @Override
        public void beforeOrder(Side side, OrderType type, long limitPrice, long quantity) {
        }

        @Override
        public void afterOrder() {
        }
    };
}
