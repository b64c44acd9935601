package io.tradewind.kernel;

import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.strategy.CandleView;
import java.math.BigDecimal;

/**
 * Where a strategy's market data comes from: stored candles in a backtest, a live feed in the
 * service. The kernel reads it only when the strategy asks, never per candle.
 */
public interface MarketData {

    /**
     * The candle that just closed, as one view the source moves in place as candles close (a
     * backtest sees millions of candles and makes no object per candle).
     */
    CandleView lastCandle();

    /** The last trade price, or null before the first; it prices the hold of a market order. */
    BigDecimal lastPrice();

    /** The latest order-book snapshot, or null before the first. */
    DepthSnapshot depth();
}
