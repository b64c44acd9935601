package io.tradewind.live;

import io.tradewind.backtest.CandleMarketData;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.execution.VenueException;
import io.tradewind.kernel.MarketData;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import io.tradewind.sim.Market;
import io.tradewind.strategy.CandleView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.ta4j.core.BarSeries;

/**
 * The {@code venue} feed: a venue's market data through its connector. At start it fetches the
 * closed candles the strategy's warm-up needs (paged); then, once the instance's candle is due
 * to have closed, each tick fetches the candles closed since the last one it has and hands them
 * over in order, so the instance is ticked with its candle when it closes. After an outage the
 * candles that closed meanwhile are all handed over, but only the newest is decided on: the others
 * are late, as a late tick is. Depth is fetched when
 * the strategy reads it, at most once a tick. Feeding a paper venue, it also hands over the venue's
 * book for decisions and polls the venue's public trades (at most every {@link #TRADES_EVERY}),
 * which fill the paper venue's resting orders. It may also record the venue's depth (every tick)
 * and public trades (every trades poll) into the store ({@link MarketRecording}). A venue failure is remembered for the tick
 * ({@link #failure()}) and retried a little later; it never throws out of a tick.
 */
public final class VenueFeed implements InstanceFeed {

    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    private static final Duration SHORTEST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);
    private static final int MAX_PAGES = 1_000;
    /** How often a paper feed polls public trades at most: they overlap, and some venues allow a call a second. */
    static final Duration TRADES_EVERY = Duration.ofSeconds(2);

    private final Venue venue;
    private final VenueHealth health;
    private final String symbol;
    private final Resolution resolution;
    private final Duration period;
    private final Market market;
    private final Clock clock;
    private final int warmup;
    private final Duration interval;
    private final Duration retry;
    private final CandleScales scales;
    private final CandleSteps steps;
    private final VenueMarketData marketData;
    private final FetchedCandles sink;
    private final boolean feedsPaper;
    private final MarketRecording recording;
    private final MarketRecording.Sink recorder;
    private List<PublicTrade> recentTrades = List.of();
    private Instant nextTradesPoll = Instant.MIN;
    private final Deque<CandleChunk> pending = new ArrayDeque<>();
    private boolean loaded;
    private int historyLeft;
    private Instant nextOpen;
    private Instant nextPoll = Instant.MIN;
    private Instant newestClose = Instant.MIN;
    private String failure;
    /** Whether the last trades call, and the last candles call, went unanswered: each holds until that call is made again. */
    private boolean tradesDown;
    private boolean candlesDown;

    /**
     * @param symbol       the canonical symbol
     * @param warmup       closed candles to fetch at start for the strategy's warm-up
     * @param tickInterval how often the instance is ticked, or null for every second
     * @param sink         where fetched candles are also kept (the candle store), or {@link FetchedCandles#NONE}
     * @param feedsPaper   whether a paper venue fills against it: then it serves the venue's book and trades
     * @param recording    what it records of the market besides candles, into {@code recorder}
     */
    public VenueFeed(Venue venue, VenueHealth health, String symbol, Resolution resolution, Market market, Clock clock,
            int warmup, Duration tickInterval, FetchedCandles sink, boolean feedsPaper, MarketRecording recording,
            MarketRecording.Sink recorder) {
        this.venue = venue;
        this.health = health;
        this.symbol = symbol;
        this.resolution = resolution;
        this.period = resolution.duration();
        this.market = market;
        this.clock = clock;
        this.warmup = warmup;
        this.interval = tickInterval != null ? tickInterval : DEFAULT_INTERVAL;
        Duration sixth = period.dividedBy(6);
        this.retry = sixth.compareTo(SHORTEST_RETRY) < 0 ? SHORTEST_RETRY
                : sixth.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : sixth;
        int priceScale = market.instrument().priceScale();
        int quantityScale = market.instrument().quantityScale();
        this.scales = new CandleScales(priceScale, quantityScale, Math.min(CandleScales.MAX_SCALE, priceScale + quantityScale));
        this.steps = new CandleSteps(scales, market, resolution, clock, pending::poll);
        this.marketData = new VenueMarketData(steps.marketData());
        this.sink = sink;
        this.feedsPaper = feedsPaper;
        this.recording = recording;
        this.recorder = recorder;
    }

    /** Where a feed's fetched candles are kept besides being played. */
    @FunctionalInterface
    public interface FetchedCandles {
        FetchedCandles NONE = (scales, candles) -> {
        };

        /** Keeps the candles (ascending, closed); must not throw for a failure to keep them. */
        void keep(CandleScales scales, CandleChunk candles);
    }

    @Override
    public MarketData marketData() {
        return marketData;
    }

    @Override
    public Step history(BarSeries series) {
        if (!loaded) {
            load();
        }
        if (historyLeft == 0) {
            return null;
        }
        historyLeft--;
        return steps.step(series, true, Long.MIN_VALUE);
    }

    /** Fetches the warm-up's closed candles, up to the candle forming now. */
    private void load() {
        loaded = true;
        Instant to = resolution.bucketStart(clock.instant());
        nextOpen = to;
        if (warmup == 0) {
            return;
        }
        try {
            CandleChunk history = fetch(to.minus(period.multipliedBy(warmup)), to);
            if (history != null) {
                pending.add(history);
                historyLeft = history.size();
            }
        } catch (VenueException | IllegalArgumentException e) {
            throw new FeedUnavailableException(venue.venue() + " did not serve the " + warmup + " " + symbol + " "
                    + resolution.label() + " candles of the warm-up: " + e.getMessage(), e);
        }
    }

    @Override
    public void begin(Instant now) {
        if (!loaded) {
            load();
        }
    }

    @Override
    public void poll(Instant now) {
        failure = null;
        marketData.forget();
        pollTrades(now);
        if (recording.depth()) {
            DepthSnapshot snapshot = marketData.venueDepth();
            if (snapshot != null) {
                recorder.depth(snapshot);
            }
        }
        if (now.isBefore(nextOpen.plus(period)) || now.isBefore(nextPoll)) {
            return;
        }
        try {
            CandleChunk closed = fetch(nextOpen, resolution.bucketStart(now));
            candlesDown = false;
            if (closed == null) {
                nextPoll = now.plus(retry);
                return;
            }
            pending.add(closed);
            nextOpen = Instant.ofEpochSecond(closed.openTime(closed.size() - 1)).plus(period);
            newestClose = nextOpen;
            nextPoll = Instant.MIN;
        } catch (VenueException | IllegalArgumentException e) {
            failed("candles", e);
            candlesDown = true;
            nextPoll = now.plus(retry);
        }
    }

    private void pollTrades(Instant now) {
        recentTrades = List.of();
        if (!(printsTrades() || recording.trades()) || now.isBefore(nextTradesPoll)) {
            return;
        }
        try {
            recentTrades = health.timed("trades", () -> venue.recentTrades(symbol));
            tradesDown = false;
            nextTradesPoll = now.plus(TRADES_EVERY);
            if (recording.trades()) {
                recorder.trades(recentTrades);
            }
        } catch (VenueException e) {
            failed("trades", e);
            tradesDown = true;
            nextTradesPoll = now.plus(retry);
        }
    }

    @Override
    public boolean printsTrades() {
        return feedsPaper && venue.can(VenueCapability.RECENT_TRADES);
    }

    @Override
    public List<PublicTrade> recentTrades() {
        return recentTrades;
    }

    @Override
    public DepthSnapshot book() {
        return feedsPaper ? marketData.venueDepth() : null;
    }

    /** Only the newest closed candle is decided on: those a catch-up hands over before it are late. */
    @Override
    public Step next(BarSeries series) {
        return historyLeft > 0 ? null : steps.step(series, false, newestClose.getEpochSecond());
    }

    /**
     * The closed candles with {@code from <= open time < to}, page by page, ascending and without
     * repeats, in one chunk; null when there are none.
     */
    private CandleChunk fetch(Instant from, Instant to) throws VenueException {
        List<Candle> candles = new ArrayList<>();
        long last = Long.MIN_VALUE;
        Instant at = from;
        for (int pages = 0; at.isBefore(to) && pages < MAX_PAGES; pages++) {
            Instant pageFrom = at;
            CandlePage page = health.timed("candles", () -> venue.candles(symbol, resolution, pageFrom, to));
            for (Candle candle : page.candles()) {
                long open = candle.openTime().getEpochSecond();
                resolution.requireAligned(venue.venue(), candle.openTime());
                if (open > last && !candle.openTime().isBefore(from) && candle.openTime().isBefore(to)) {
                    candles.add(candle);
                    last = open;
                }
            }
            if (page.done() || !page.nextFrom().isAfter(at)) {
                break;
            }
            at = page.nextFrom();
        }
        if (candles.isEmpty()) {
            return null;
        }
        CandleChunk chunk = new CandleChunk(scales, candles.size());
        for (Candle candle : candles) {
            chunk.add(onGrid(candle));
        }
        sink.keep(scales, chunk);
        return chunk;
    }

    /** The candle at the instrument's decimals: a venue may send a price as 100.50000000. */
    private Candle onGrid(Candle candle) {
        return new Candle(candle.openTime(), price(candle.open()), price(candle.high()), price(candle.low()),
                price(candle.close()), candle.volume().setScale(scales.volumeScale(), RoundingMode.HALF_EVEN),
                candle.quoteVolume());
    }

    private BigDecimal price(BigDecimal value) {
        return value.setScale(scales.priceScale(), RoundingMode.HALF_EVEN);
    }

    @Override
    public String finished() {
        return null;
    }

    /** Remembers a call's failure for this tick, after any earlier one. */
    private void failed(String call, Exception e) {
        String line = venue.venue() + " " + call + ": " + e.getMessage();
        failure = failure == null ? line : failure + "; " + line;
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public boolean sourceDown() {
        // the trades answer every few seconds, the candles only when one is due: each is up again once it answers
        return tradesDown || candlesDown;
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
        return venue.venue() + " feed of " + symbol + " " + resolution.label() + " candles";
    }

    @Override
    public void close() {
        pending.clear();
    }

    /** The candles' market data, with the venue's own order book when the venue serves one. */
    private final class VenueMarketData implements MarketData {
        private final CandleMarketData candles;
        private DepthSnapshot depth;
        private boolean depthFailed;

        VenueMarketData(CandleMarketData candles) {
            this.candles = candles;
        }

        void forget() {
            depth = null;
            depthFailed = false;
        }

        @Override
        public CandleView lastCandle() {
            return candles.lastCandle();
        }

        @Override
        public BigDecimal lastPrice() {
            return candles.lastPrice();
        }

        @Override
        public DepthSnapshot depth() {
            DepthSnapshot fetched = venueDepth();
            return fetched != null ? fetched : candles.depth();
        }

        /** The venue's own book, fetched at most once a tick; null when it has none or did not answer. */
        DepthSnapshot venueDepth() {
            if (depth == null && !depthFailed && venue.can(VenueCapability.DEPTH)) {
                try {
                    depth = health.timed("depth", () -> venue.depth(symbol));
                } catch (VenueException e) {
                    depthFailed = true;
                    failed("depth", e);
                }
            }
            return depth;
        }
    }
}
