package io.tradewind.live;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.Position;
import io.tradewind.execution.RiskConfig;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.kernel.TradingKernel;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.sim.Market;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One strategy instance running in the service on the kernel, fed by a replay of stored candles on
 * the paper venue. Each candle is handled as a backtest handles it: its path fills the orders
 * resting from earlier decisions, it joins the series, and the strategy decides with liquidity at
 * the next candle's open. Warm-up follows the backtest's rule: stored candles before the replay's
 * start, then the first candles from it until the strategy's warm-up is complete, reach it with
 * {@code warmingUp()} true.
 *
 * <p>Ticks come from the scheduler; {@link TickGate} skips overlapping and late ones and backs off
 * or pauses the instance when it fails. A failure is the instance's own: it is counted, logged with
 * the instance id and never reaches the scheduler or the other instances.
 */
public final class LiveInstance {

    private static final System.Logger LOG = System.getLogger(LiveInstance.class.getName());
    private static final int MAX_CANDLES_PER_TICK_FACTOR = 4;
    /**
     * How late past its interval a tick may fire and still run. Quarkus' scheduler looks for due
     * jobs once a second and hands them to a worker thread, so a tick is routinely up to a second late.
     */
    private static final Duration LATENESS_ALLOWED = Duration.ofSeconds(2);

    private final InstanceSpec spec;
    private final VenueRuntime venue;
    private final ExecutionService execution;
    private final ReplayFeed feed;
    private final Market market;
    private final TradingKernel kernel;
    private final BudgetGuard guard;
    private final OrderActivity activity;
    private final TickGate gate;
    private final InstanceMonitor monitor;
    private final Duration interval;
    private final AtomicBoolean reduceOnly = new AtomicBoolean();
    private final long fromSecond;
    private final int warmup;
    private volatile boolean started;
    private volatile boolean stopped;
    private volatile Instant lastCandle;
    private ReplayPace pace;
    private long fed;

    /**
     * @param cursor the instance's stored candles from the first its warm-up needs
     * @throws IllegalArgumentException the strategy's warm-up is longer than its series keeps
     */
    public LiveInstance(InstanceSpec spec, VenueRuntime venue, CandleCursor cursor, TickGate gate,
            InstanceMonitor monitor, Clock clock, Supplier<String> clientOrderIds) {
        this.spec = spec;
        this.venue = venue;
        this.execution = venue.execution();
        this.gate = gate;
        this.monitor = monitor;
        this.market = venue.paper().market(spec.instrument().symbol());
        this.feed = new ReplayFeed(cursor, market, spec.resolution(), clock);
        this.guard = new BudgetGuard(spec.id(), spec.instrument(), spec.budget(), execution, reduceOnly::get,
                venue::killSwitchOn);
        StrategySetup setup = new StrategySetup(spec.strategy(), spec.parameters(), spec.instrument(), spec.account(),
                RiskConfig.none(), spec.seriesBars(), clientOrderIds);
        this.kernel = TradingKernel.sharing(spec.id(), clock, feed.marketData(), execution, venue.paper(), setup, guard);
        this.activity = new OrderActivity(spec.id(), monitor);
        execution.addListener(activity);
        this.fromSecond = spec.replayFrom().getEpochSecond();
        this.warmup = kernel.warmupBars();
        this.interval = spec.tickInterval() != null ? spec.tickInterval()
                : ReplayPace.interval(spec.candlesPerSecond(), Duration.ofSeconds(1));
    }

    public String id() {
        return spec.id();
    }

    public InstanceSpec spec() {
        return spec;
    }

    /** How often the scheduler should tick it. */
    public Duration interval() {
        return interval;
    }

    /**
     * Starts the strategy and warms it up on the stored candles before the replay's start.
     *
     * @throws io.tradewind.kernel.StrategyHookException the strategy threw while starting or warming up
     */
    public void start(Instant now) {
        kernel.start();
        long next;
        while ((next = feed.nextOpenTimeSeconds()) >= 0 && next < fromSecond) {
            play();
        }
        int perTick = Math.max(1, spec.candlesPerSecond().multiply(BigDecimal.valueOf(interval.toMillis()))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.UP).intValue() * MAX_CANDLES_PER_TICK_FACTOR);
        pace = new ReplayPace(spec.candlesPerSecond(), perTick, now);
        started = true;
        LOG.log(Level.INFO, "instance {0}: {1} on {2} {3} {4}, account {5}, warmed up on {6} stored candles; replaying {7}"
                + " at {8} candles per second", spec.id(), spec.strategy().name(), spec.venue(),
                spec.instrument().symbol(), spec.resolution().label(), spec.account(), fed, spec.replaySeries(),
                spec.candlesPerSecond().toPlainString());
    }

    /**
     * A scheduled tick: plays the candles due, unless the gate skips it.
     *
     * @param scheduled when the tick was due
     */
    public void tick(Instant scheduled, Instant now) {
        if (!started || stopped) {
            return;
        }
        TickGate.Decision decision = gate.enter(now, scheduled, interval.plus(LATENESS_ALLOWED));
        if (decision == TickGate.Decision.SKIPPED) {
            monitor.tickSkipped(spec.id());
            return;
        }
        if (decision != TickGate.Decision.RUN) {
            return;
        }
        long began = System.nanoTime();
        boolean failed = false;
        try {
            int due = pace.due(now);
            for (int i = 0; i < due && !stopped; i++) {
                if (!play()) {
                    gate.pause("replay finished: no stored " + spec.replaySeries() + " candles after " + lastCandle);
                    LOG.log(Level.INFO, "instance {0}: replay finished after {1}", spec.id(), lastCandle);
                    break;
                }
            }
            kernel.deliver();
            gate.succeeded(Instant.now());
        } catch (RuntimeException | StackOverflowError e) {
            failed = true;
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            gate.failed(Instant.now(), error);
            LOG.log(Level.WARNING, "instance {0}: tick failed ({1} in a row pauses it): {2}", spec.id(),
                    gate.pausedReason() == null ? "more failures" : "paused now", error);
        } finally {
            monitor.tickFinished(spec.id(), System.nanoTime() - began, failed);
        }
    }

    /** Plays the next stored candle; false when there is none. */
    private boolean play() {
        ReplayFeed.Step candle = feed.step(kernel.keepsSeries() ? kernel.series() : null);
        if (candle == null) {
            return false;
        }
        boolean history = candle.openTimeSeconds() < fromSecond;
        if (!history) {
            venue.paper().walk(spec.instrument().symbol(), candle.open(), candle.high(), candle.low(), candle.close(),
                    candle.volume());
            kernel.deliver();
        }
        fed++;
        lastCandle = Instant.ofEpochSecond(candle.openTimeSeconds());
        if (history || fed < warmup) {
            kernel.candleClosed(true);
            return true;
        }
        boolean atNextOpen = candle.nextOpen() > 0;
        decide(atNextOpen ? candle.nextOpen() : candle.close(), atNextOpen ? candle.nextVolume() : candle.volume(),
                () -> kernel.candleClosed(false));
        return true;
    }

    /** Runs {@code decision} with the candle liquidity's decision window open at {@code price}. */
    private void decide(long price, long volume, Runnable decision) {
        venue.paper().deciding(spec.instrument().symbol(), price, volume, decision);
    }

    public void pause(String reason) {
        gate.pause(reason);
        LOG.log(Level.INFO, "instance {0}: paused: {1}", spec.id(), reason);
    }

    public void resume() {
        reduceOnly.set(false);
        gate.resume();
        LOG.log(Level.INFO, "instance {0}: resumed", spec.id());
    }

    public void reduceOnly() {
        reduceOnly.set(true);
        LOG.log(Level.INFO, "instance {0}: reduce-only", spec.id());
    }

    /** Pauses it, cancels its open orders and closes its position at market. */
    public void flatten() {
        pause("flattened by the operator");
        execution.cancelAllForStrategy(spec.id());
        BigDecimal position = position().quantity();
        if (position.signum() == 0) {
            return;
        }
        BigDecimal last = feed.marketData().lastPrice();
        if (last != null) {
            execution.onLastPrice(spec.instrument().symbol(), last);
        }
        OrderIntent close = new OrderIntent(spec.account(), spec.instrument().symbol(),
                position.signum() > 0 ? Side.SELL : Side.BUY, OrderType.MARKET, null, position.abs(), null, null, null);
        if (last == null) {
            execution.submit(spec.id(), close);
        } else {
            decide(market.toPriceUnits(last), Long.MAX_VALUE / 64, () -> execution.submit(spec.id(), close));
        }
        venue.paper().deliverTo(execution);
    }

    /** Stops ticking; a running tick finishes. */
    public void stop() {
        stopped = true;
    }

    /** Whether a tick is running now. */
    public boolean ticking() {
        return gate.running();
    }

    /** Releases the stored candles it reads. */
    public void close() {
        feed.close();
    }

    private Position position() {
        return execution.position(spec.id(), spec.instrument().symbol());
    }

    public InstanceView view(Instant now) {
        Position position = position();
        BigDecimal quantity = position.quantity();
        BigDecimal last = started ? feed.marketData().lastPrice() : null;
        BigDecimal unrealised = last == null || quantity.signum() == 0 ? BigDecimal.ZERO
                : quantity.multiply(last).subtract(position.cost());
        BigDecimal average = quantity.signum() == 0 ? null
                : position.cost().divide(quantity, spec.instrument().priceScale() + 2, RoundingMode.HALF_EVEN);
        int open = (int) execution.liveOrders().stream().filter(o -> o.strategyInstance().equals(spec.id())).count();
        return new InstanceView(spec.id(), spec.strategy().name(), spec.venue(), spec.account(),
                spec.instrument().symbol(), state(now), gate.pausedReason(), gate.lastTick(), lastCandle, gate.ticks(),
                gate.skipped(), gate.errors(), gate.lastError(), open, quantity, average, spec.budget(),
                position.realisedPnl(), unrealised, activity.placed(), activity.filled(),
                activity.rejected() + guard.refusals(), activity.cancelled());
    }

    private InstanceState state(Instant now) {
        if (stopped) {
            return InstanceState.STOPPED;
        }
        if (!started) {
            return gate.pausedReason() != null ? InstanceState.PAUSED : InstanceState.STARTING;
        }
        if (gate.pausedReason() != null) {
            return InstanceState.PAUSED;
        }
        if (gate.backingOff(now)) {
            return InstanceState.BACKING_OFF;
        }
        return reduceOnly.get() ? InstanceState.REDUCE_ONLY : InstanceState.RUNNING;
    }
}
