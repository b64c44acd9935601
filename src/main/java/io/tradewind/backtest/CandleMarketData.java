package io.tradewind.backtest;

import io.tradewind.kernel.MarketData;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.sim.Market;
import io.tradewind.strategy.CandleView;
import java.math.BigDecimal;
import java.time.Clock;

/** A backtest's market data: the candle that just closed, its close as the last price, depth made from it. */
public final class CandleMarketData implements MarketData {

    private final Market market;
    private final Clock clock;
    private final CandleCursorView view;
    private long close;
    private long volume;

    public CandleMarketData(Market market, Clock clock, CandleCursorView view) {
        this.market = market;
        this.clock = clock;
        this.view = view;
    }

    /** The candle closed at {@code close} (market price units) after {@code volume} traded (quantity units). */
    public void closed(long close, long volume) {
        this.close = close;
        this.volume = volume;
    }

    public long closePrice() {
        return close;
    }

    public long closeVolume() {
        return volume;
    }

    @Override
    public CandleView lastCandle() {
        return view;
    }

    @Override
    public BigDecimal lastPrice() {
        // null before the first candle, as the interface says: a price of 0 valued a restarted
        // instance's position at nothing, an unrealised loss of all it cost
        return close == 0 ? null : market.price(close);
    }

    /** Made only when a strategy asks for depth: most never do, and a candle backtest has millions of candles. */
    @Override
    public DepthSnapshot depth() {
        return CandleDepth.around(market.symbol(), clock.instant(), market.price(close), market.instrument().tickSize(),
                market.quantity(volume));
    }
}
