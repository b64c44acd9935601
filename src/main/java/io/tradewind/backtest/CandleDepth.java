package io.tradewind.backtest;

import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The order book a candle backtest can offer a depth-aware strategy: one level a side, a tick
 * around the last close, each with the candle's volume. (Backtests do not replay recorded depth
 * yet.)
 */
final class CandleDepth {

    private CandleDepth() {
    }

    static DepthSnapshot around(String symbol, Instant time, BigDecimal close, BigDecimal tick, BigDecimal volume) {
        return new DepthSnapshot(symbol, time,
                List.of(new PriceLevel(close.subtract(tick), volume)),
                List.of(new PriceLevel(close.add(tick), volume)));
    }
}
