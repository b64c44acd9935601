package io.tradewind.live;

import io.tradewind.backtest.CandleCursorView;
import io.tradewind.backtest.CandleMarketData;
import io.tradewind.backtest.CandleUnits;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import io.tradewind.sim.Market;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.ta4j.core.BarSeries;

/**
 * Candles handed to an instance one at a time, from chunks a source supplies (a stored replay's
 * cursor, a venue's newly closed candles): each step moves the strategy's market data and series
 * to the next candle and says what the candle after it opens at when that candle is already
 * known, which is where a decision's market order fills ({@code next-open}, as in a backtest).
 * Not thread-safe: one instance's tick uses it.
 */
final class CandleSteps {

    private final Supplier<CandleChunk> source;
    private final CandleUnits units;
    private final CandleCursorView view;
    private final CandleMarketData marketData;
    private final Duration period;
    private final RecentCandles recent = new RecentCandles(RecentCandles.CAPACITY);
    private CandleChunk chunk;
    private int next;

    /** @param source the next chunk of candles, or null when it has none (now); a chunk may be overwritten by the next call */
    CandleSteps(CandleScales scales, Market market, Resolution resolution, Clock clock, Supplier<CandleChunk> source) {
        this.source = source;
        this.units = new CandleUnits(scales, market, false);
        this.view = new CandleCursorView(scales.priceScale(), scales.volumeScale());
        this.marketData = new CandleMarketData(market, clock, view);
        this.period = resolution.duration();
    }

    CandleMarketData marketData() {
        return marketData;
    }

    /** The newest candles stepped through, exact, oldest first. */
    List<Candle> recentCandles() {
        return recent.snapshot();
    }

    /** The candle the last step handed over, exact, or null before the first. */
    Candle newestCandle() {
        return recent.newest();
    }

    /** Open time of the candle the next step hands over, in epoch seconds, or -1 when there is none (yet). */
    long nextOpenTimeSeconds() {
        return current() == null ? -1 : chunk.openTime(next);
    }

    /**
     * Moves to the next candle, appending it to {@code series} (null when the strategy reads no series).
     *
     * @param lateBefore a candle that closed before this epoch second is {@link Step#late()}
     * @return the candle, or null when the source has none
     */
    Step step(BarSeries series, boolean history, long lateBefore) {
        if (current() == null) {
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
        recent.add(chunk.candle(i));
        if (++next == chunk.size()) {
            chunk = null; // the source may overwrite it: everything of candle i is copied above
            next = 0;
        }
        boolean nextKnown = current() != null;
        long nextOpen = nextKnown ? units.price(chunk.open(next)) : 0;
        long nextVolume = nextKnown ? units.quantity(chunk.volume(next)) : 0;
        boolean late = openTime + period.getSeconds() < lateBefore;
        return new Step(openTime, open, high, low, close, volume, nextOpen, nextVolume, history, late);
    }

    private CandleChunk current() {
        if (chunk == null) {
            CandleChunk supplied = source.get();
            chunk = supplied == null || supplied.isEmpty() ? null : supplied;
            next = 0;
        }
        return chunk;
    }
}
