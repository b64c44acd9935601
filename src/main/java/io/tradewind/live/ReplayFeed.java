package io.tradewind.live;

import io.tradewind.backtest.CandleMarketData;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.Resolution;
import io.tradewind.sim.Market;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ta4j.core.BarSeries;

/**
 * The {@code replay} feed: stored candles played at a configured speed. Those before the replay's
 * start are the instance's history; from the start on, each tick plays the candles its pace makes
 * due, and each step says what the next stored candle opens at ({@code next-open}, as in a backtest).
 */
public final class ReplayFeed implements InstanceFeed {

    private static final int MAX_CANDLES_PER_TICK_FACTOR = 4;
    /** Stale candles a tick may play beyond its pace, as a multiple of the most it plays otherwise. */
    private static final int STALE_CANDLES_PER_TICK_FACTOR = 10;

    private final CandleCursor cursor;
    private final CandleSteps steps;
    private final String series;
    private final long fromSecond;
    private final BigDecimal candlesPerSecond;
    private final Duration interval;
    /** The pace, shared with the other instances replaying the symbol in step (see {@link ReplayGroup}). */
    private final SharedReplayPace pace;
    private boolean exhausted;
    private int maxPerTick;
    private int due;
    private int staleLeft;
    /** The candle handed over last was one the shared market had moved past. */
    private boolean lastWasStale;
    /** Stale candles were played since the instance last was level with the market. */
    private boolean catchingUp;
    private String finished;

    /**
     * @param cursor           the stored candles from the first the warm-up needs
     * @param from             the first candle the instance may trade on
     * @param tickInterval     how often the instance is ticked, or null for the speed's own interval
     * @param pace             the pace of the symbol's replays, one per {@link ReplayGroup}
     */
    public ReplayFeed(CandleCursor cursor, Market market, Resolution resolution, Clock clock, String series,
            Instant from, BigDecimal candlesPerSecond, Duration tickInterval, SharedReplayPace pace) {
        this.pace = pace;
        this.cursor = cursor;
        this.series = series;
        this.fromSecond = from.getEpochSecond();
        this.candlesPerSecond = candlesPerSecond;
        this.interval = tickInterval != null ? tickInterval : ReplayPace.interval(candlesPerSecond, Duration.ofSeconds(1));
        this.steps = new CandleSteps(cursor.scales(), market, resolution, clock, this::nextChunk);
    }

    /** The cursor's next chunk; never asks an exhausted cursor again. */
    private CandleChunk nextChunk() {
        if (exhausted) {
            return null;
        }
        CandleChunk chunk = cursor.next();
        exhausted = chunk == null;
        return chunk;
    }

    @Override
    public CandleMarketData marketData() {
        return steps.marketData();
    }

    @Override
    public Step history(BarSeries series) {
        long next = steps.nextOpenTimeSeconds();
        return next >= 0 && next < fromSecond ? steps.step(series, true, Long.MIN_VALUE) : null;
    }

    @Override
    public void begin(Instant now) {
        maxPerTick = Math.max(1, candlesPerSecond.multiply(BigDecimal.valueOf(interval.toMillis()))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.UP).intValue() * MAX_CANDLES_PER_TICK_FACTOR);
        pace.begin(candlesPerSecond, maxPerTick, now);
    }

    @Override
    public void poll(Instant now) {
        if (!lastWasStale) {
            // a tick that ended (or paused) on a candle the market had not left is level with it
            catchingUp = false;
        }
        due = pace.due(now);
        staleLeft = STALE_CANDLES_PER_TICK_FACTOR * maxPerTick;
    }

    @Override
    public Step next(BarSeries series) {
        if (catchingUp && !lastWasStale) {
            // level with the market: the rest of this tick's due would put this instance ahead of
            // the pace the others keep, and them behind it in turn, speeding up the market for all
            catchingUp = false;
            due = 0;
        }
        if (due <= 0 || finished != null) {
            return null;
        }
        due--;
        lastWasStale = false;
        Step step = steps.step(series, false, Long.MIN_VALUE);
        if (step == null) {
            finished = "replay finished: no stored " + this.series + " candles after the last one played";
        }
        return step;
    }

    /**
     * A stale candle is not one of the tick's due: the next one is handed over in its place, up to
     * ten times the most a tick plays, so that catching up after a long pause (hours of candles,
     * each through the strategy) takes several ticks rather than one without end.
     */
    @Override
    public void behindTheMarket() {
        lastWasStale = true;
        catchingUp = true;
        if (staleLeft > 0) {
            staleLeft--;
            due++;
        }
    }

    @Override
    public boolean replaysStoredCandles() {
        return true;
    }

    @Override
    public String finished() {
        return finished;
    }

    @Override
    public String failure() {
        return null;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Candle> recentCandles() {
        return steps.recentCandles();
    }

    @Override
    public Candle newestCandle() {
        return steps.newestCandle();
    }

    @Override
    public String describe() {
        return "replay of " + series + " at " + candlesPerSecond.toPlainString() + " candles per second";
    }

    @Override
    public void close() {
        cursor.close();
    }
}
