package io.tradewind.live;

import io.tradewind.backtest.CandleCursorView;
import io.tradewind.backtest.CandleMarketData;
import io.tradewind.backtest.CandleUnits;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import io.tradewind.sim.Market;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.time.Clock;
import java.time.Duration;
import org.ta4j.core.BarSeries;

/**
 * Stored candles played one at a time, as the {@code replay} feed hands them to an instance: each
 * step moves the strategy's market data and series to the next candle and says what the candle
 * after it opens at, which is where a decision's market order fills ({@code next-open}, as in a
 * backtest). Not thread-safe: one instance's tick uses it.
 */
public final class ReplayFeed implements AutoCloseable {

    /** The candle a step moved to, in the market's price and quantity units. */
    public record Step(long openTimeSeconds, long open, long high, long low, long close, long volume, long nextOpen,
            long nextVolume) {
    }

    private final CandleCursor cursor;
    private final CandleUnits units;
    private final CandleCursorView view;
    private final CandleMarketData marketData;
    private final Duration period;
    private CandleChunk chunk;
    private int next;

    public ReplayFeed(CandleCursor cursor, Market market, Resolution resolution, Clock clock) {
        this.cursor = cursor;
        CandleScales scales = cursor.scales();
        this.units = new CandleUnits(scales, market);
        this.view = new CandleCursorView(scales.priceScale(), scales.volumeScale());
        this.marketData = new CandleMarketData(market, clock, view);
        this.period = resolution.duration();
        this.chunk = cursor.next();
    }

    /** What the strategy reads: the last candle, its close as the last price, depth made from it. */
    public CandleMarketData marketData() {
        return marketData;
    }

    /** Open time of the candle the next step plays, in epoch seconds, or -1 when the replay is over. */
    public long nextOpenTimeSeconds() {
        return chunk == null ? -1 : chunk.openTime(next);
    }

    /**
     * Moves to the next candle, appending it to {@code series} (null when the strategy reads no series).
     *
     * @return the candle, or null when the replay is over
     */
    public Step step(BarSeries series) {
        if (chunk == null) {
            return null;
        }
        int i = next;
        view.moveTo(chunk, i);
        if (series != null) {
            Ta4jAdapters.addBar(series, chunk, i, period);
        }
        long openTime = chunk.openTime(i);
        long open = units.price(chunk.open(i));
        long high = units.price(chunk.high(i));
        long low = units.price(chunk.low(i));
        long close = units.price(chunk.close(i));
        long volume = units.quantity(chunk.volume(i));
        marketData.closed(close, volume);
        if (++next == chunk.size()) {
            chunk = cursor.next(); // overwrites the chunk: everything of candle i is copied above
            next = 0;
        }
        long nextOpen = chunk == null ? 0 : units.price(chunk.open(next));
        long nextVolume = chunk == null ? 0 : units.quantity(chunk.volume(next));
        return new Step(openTime, open, high, low, close, volume, nextOpen, nextVolume);
    }

    @Override
    public void close() {
        cursor.close();
    }
}
