package io.tradewind.live;

import io.tradewind.exchange.PublicTrade;
import io.tradewind.kernel.MarketData;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ta4j.core.BarSeries;

/**
 * Where one instance's candles come from, behind one port: a replay of stored candles, or a
 * venue's market data. The instance plays the feed's history at start (warm-up), then at each
 * tick {@link #poll}s it and plays what {@link #next} hands over. Not thread-safe: the instance's
 * ticks use it one at a time.
 */
public interface InstanceFeed extends AutoCloseable {

    /** What the strategy reads: the last candle, the last price, depth. */
    MarketData marketData();

    /**
     * The next candle of the history that closed before the instance started, or null when the
     * history is played.
     *
     * @throws FeedUnavailableException the history could not be fetched
     */
    Step history(BarSeries series);

    /** Ends the history: candles from now on are live. */
    void begin(Instant now);

    /** Prepares a tick at {@code now}: what it may hand over, fetched where it comes from a venue. */
    void poll(Instant now);

    /** The next candle this tick hands over, or null when there is none more this tick. */
    Step next(BarSeries series);

    /**
     * The candle {@link #next} just handed over was one the shared paper market had already moved
     * past (this instance fell behind another replaying its symbol: paused, failing, backing off).
     * A replay does not count it toward the tick's pace (up to a bound a tick), so that the instance
     * catches up with the market within a tick, or a few after a long pause, and then plays what its
     * pace makes due.
     */
    default void behindTheMarket() {
    }

    /**
     * The venue's order book for a paper decision now, or null when the feed has none (the paper
     * venue then trades at the candle's price).
     */
    default DepthSnapshot book() {
        return null;
    }

    /**
     * Whether the feed plays stored candles (a replay), whose place the paper market keeps across
     * restarts, rather than a venue's live market data.
     */
    default boolean replaysStoredCandles() {
        return false;
    }

    /**
     * Whether the feed hands over the venue's public trades ({@link #recentTrades}): the paper
     * venue then fills resting orders from them instead of along each candle's path.
     */
    default boolean printsTrades() {
        return false;
    }

    /** The venue's recent public trades as the last poll fetched them; empty when it fetched none. */
    default List<PublicTrade> recentTrades() {
        return List.of();
    }

    /** Why no candle will ever come again (a replay at its end), or null. */
    String finished();

    /** The last poll's failure to reach its source in one line, or null when it answered. */
    String failure();

    /**
     * Whether its source did not answer the last call made to it: unlike {@link #failure()}, it stays
     * true through the polls that call nothing (waiting to try again) until a call is answered.
     */
    default boolean sourceDown() {
        return false;
    }

    /** How often the instance is ticked unless configured otherwise. */
    Duration interval();

    /** The newest candles it handed over (history included), exact, oldest first; bounded. */
    List<Candle> recentCandles();

    /** The last candle it handed over, exact, or null before the first. */
    Candle newestCandle();

    /** The feed in a few words, for the log: {@code replay of sim:BTC-USD:1m at 1 candle/s}. */
    String describe();

    @Override
    void close();
}
