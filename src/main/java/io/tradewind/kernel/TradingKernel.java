package io.tradewind.kernel;

import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderGateway;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.ta4j.core.BarSeries;

/**
 * One strategy instance wired to one venue: the execution service (risk limits, holds, the store),
 * the strategy's context, its bar series and the relay of order news to its hooks. The backtest
 * and the service build it the same way and differ only in what they pass in: the clock (candle
 * time or the wall clock), the market data (stored candles or a live feed), the gateway (the
 * simulated exchange or a venue connector) and the store (in memory or the database).
 *
 * <p>Whoever feeds it candles calls {@link #candleClosed} after adding the candle to
 * {@link #series()} (when {@link #keepsSeries()}); the kernel runs the strategy's hooks and
 * hands over venue news until both are quiet.
 */
public final class TradingKernel {

    /** How long an order the venue does not know stays {@code new}: the service's default. */
    private static final Duration NOT_PLACED_GRACE = Duration.ofSeconds(30);

    private final Strategy strategy;
    private final int warmupBars;
    private final VenueEvents venueEvents;
    private final ExecutionService execution;
    private final BarSeries series;
    private final ExecutionStrategyContext context;
    private final StrategyEventRelay relay;
    private final StrategyHooks hooks;
    private final OrderRejections rejections;
    private final ImmediateOrderFills immediateFills;
    private final boolean ownsExecution;
    /** Made once: a lambda capturing the context, made per candle, was 6 % of a backtest's allocation. */
    private final Runnable onCandle;
    private final Runnable onDepth;

    /**
     * An instance with an execution service of its own, named after its strategy: a backtest.
     *
     * @throws IllegalArgumentException the strategy declares a longer warm-up than the series keeps
     */
    public TradingKernel(Clock clock, MarketData marketData, OrderGateway gateway, VenueEvents venueEvents,
            ExecutionStore store, StrategySetup setup) {
        this(setup.strategy().name(), clock, marketData, new ExecutionService(gateway, store,
                Map.of(setup.instrument().symbol(), setup.instrument()), setup.risk(), new ExecutionSettings(
                        Set.of(setup.account()), NOT_PLACED_GRACE, clock, setup.clientOrderIds(), false)),
                venueEvents, setup, OrderGuard.NONE, true);
    }

    /**
     * One of several instances on a venue's execution service (the service): it submits as
     * {@code instance}, hears only of its own orders, and its orders pass {@code guard} first.
     * Whoever owns the execution service starts it; {@link #start()} then only starts the strategy.
     *
     * @throws IllegalArgumentException the strategy declares a longer warm-up than the series keeps
     */
    public static TradingKernel sharing(String instance, Clock clock, MarketData marketData, ExecutionService execution,
            VenueEvents venueEvents, StrategySetup setup, OrderGuard guard) {
        return new TradingKernel(instance, clock, marketData, execution, venueEvents, setup, guard, false);
    }

    private TradingKernel(String instance, Clock clock, MarketData marketData, ExecutionService execution,
            VenueEvents venueEvents, StrategySetup setup, OrderGuard guard, boolean ownsExecution) {
        this.strategy = setup.strategy();
        this.warmupBars = StrategySetup.warmupBars(strategy, setup.parameters());
        StrategySetup.checkSeriesHoldsWarmup(strategy, warmupBars, setup.seriesBars());
        this.venueEvents = venueEvents;
        this.execution = execution;
        this.ownsExecution = ownsExecution;
        this.series = Ta4jAdapters.newBoundedSeries(setup.instrument().symbol(), setup.seriesBars());
        this.rejections = new OrderRejections(instance, setup.instrument());
        execution.addListener(rejections);
        this.immediateFills = new ImmediateOrderFills(instance);
        if (ownsExecution) {
            // a backtest's report reads it; the service's instances would only pay for its lock on every order change
            execution.addListener(immediateFills);
        }
        this.context = new ExecutionStrategyContext(instance, setup.account(), setup.instrument(), setup.parameters(),
                execution, series, clock::instant, rejections);
        context.depthSource(marketData::depth);
        context.lastPriceSource(marketData::lastPrice);
        context.lastCandleSource(marketData.lastCandle());
        context.guard(guard);
        if (!strategy.usesBarSeries()) {
            context.seriesNotKept(strategy.name());
        }
        this.hooks = new StrategyHooks(strategy, clock::instant, context);
        this.relay = new StrategyEventRelay(strategy, context, hooks);
        execution.addListener(relay);
        this.onCandle = () -> strategy.onCandle(context);
        this.onDepth = () -> strategy.onDepth(context);
    }

    /**
     * Loads the store's state and reconciles with the venue (when the execution service is the
     * kernel's own), then starts the strategy.
     *
     * @throws StrategyHookException the strategy's start hook threw
     */
    public void start() {
        if (ownsExecution) {
            execution.start();
        }
        hooks.call("onStart", () -> strategy.onStart(context));
        deliver();
    }

    /**
     * A candle closed: the news of its walk (recorded with {@link #recordVenueNews}) reaches the
     * strategy's order and fill hooks first, then its candle hook runs, then (once warmed up) its
     * depth hook. All of them run in the feeder's decision window, at the close: an order a fill
     * hook places trades as one the candle hook places would, never at a price inside the candle
     * it reacts to, and no hook sees the candle before it closed. During warm-up the strategy sees
     * {@code context.warmingUp()} true and its order actions are refused.
     *
     * @throws StrategyHookException one of the strategy's hooks threw; the instance must stop
     */
    public void candleClosed(boolean warmingUp) {
        // the order and fill hooks may act on their news even on a candle the strategy only learns
        // from (a late one the service catches up on): fills exist only once trading has started,
        // and a protective stop placed for one must not be refused as warm-up
        context.warmingUp(false);
        deliver();
        context.warmingUp(warmingUp);
        hooks.candleHanded();
        hooks.call("onCandle", onCandle);
        deliver();
        if (!warmingUp) {
            hooks.call("onDepth", onDepth);
            deliver();
        }
    }

    /**
     * Venue news to the execution service only; the strategy's hooks for it wait for
     * {@link #candleClosed} or {@link #deliver}. For a candle's walk: the execution service knows
     * at once what filled, and the strategy hears of it at the close.
     */
    public void recordVenueNews() {
        venueEvents.deliverTo(execution);
    }

    /**
     * Venue news to the execution service, then the strategy's hooks, until both are quiet.
     *
     * @throws StrategyHookException an order or fill hook threw
     */
    public void deliver() {
        do {
            venueEvents.deliverTo(execution);
        } while (relay.dispatch());
    }

    /**
     * Forgets which finished orders the strategy has heard of: for a backtest, on its one thread,
     * when the execution service can no longer publish them because its store has forgotten them
     * ({@link io.tradewind.execution.InMemoryExecutionStore#forgetFinishedOrders}).
     */
    public void forgetFinishedOrders() {
        relay.forgetFinishedOrders();
    }

    /** The closed candles the strategy reads; the feeder appends each candle before {@link #candleClosed}. */
    public BarSeries series() {
        return series;
    }

    /** Whether the strategy reads the series; when false, feeding it is wasted work. */
    public boolean keepsSeries() {
        return strategy.usesBarSeries();
    }

    /** How many closed candles the strategy needs before its first decision. */
    public int warmupBars() {
        return warmupBars;
    }

    public ExecutionService execution() {
        return execution;
    }

    /** The strategy's orders refused by local checks or rejected as invalid, counted by reason. */
    public OrderRejections rejections() {
        return rejections;
    }

    /** How fully the instance's market and immediate-or-cancel orders filled; counted only by a backtest's kernel. */
    public ImmediateOrderFills immediateFills() {
        return immediateFills;
    }

    public ExecutionStrategyContext context() {
        return context;
    }
}
