package io.tradewind.live;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.Position;
import io.tradewind.execution.RiskConfig;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.kernel.TradingKernel;
import io.tradewind.marketdata.Candle;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.sim.Market;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ta4j.core.BarSeries;

/**
 * One strategy instance running in the service on the kernel, fed by its {@link InstanceFeed} (a
 * replay of stored candles, or a venue's market data) on its venue (the paper venue or a live
 * connector). Each candle is handled as a backtest handles it: on the paper venue its path fills
 * the orders resting from earlier decisions; it joins the series, and the strategy decides (on
 * the paper venue with liquidity at the next candle's open when the feed has it, else at the
 * close). Paper trading on a venue's live market data uses the venue's own market instead: its
 * order book for decisions, its public trades (where it publishes them) for resting orders. Warm-up follows the backtest's rule: the feed's history, then its first candles until
 * the strategy's warm-up is complete, reach it with {@code warmingUp()} true.
 *
 * <p>Ticks come from the scheduler; {@link TickGate} skips overlapping and late ones and backs off
 * or pauses the instance when it fails. A failure is the instance's own: it is counted, logged with
 * the instance id and never reaches the scheduler or the other instances. A feed that cannot reach
 * its venue is counted apart ({@link TickGate#feedFailed}): the tick itself succeeds, and the feed
 * tries again at a later tick.
 */
public final class LiveInstance {

    private static final System.Logger LOG = System.getLogger(LiveInstance.class.getName());
    /**
     * How late past its interval a tick may fire and still run. Quarkus' scheduler looks for due
     * jobs once a second and hands them to a worker thread, so a tick is routinely up to a second late.
     */
    private static final Duration LATENESS_ALLOWED = Duration.ofSeconds(2);
    /** The longest flatten waits for a running tick: a tick is a few candles' decisions, normally milliseconds. */
    private static final Duration FLATTEN_WAIT = Duration.ofSeconds(10);
    /** Why an instance is paused after an operator flattened it. */
    public static final String FLATTENED = "flattened by the operator";

    private final InstanceSpec spec;
    private final VenueRuntime venue;
    private final ExecutionService execution;
    private final InstanceFeed feed;
    private final Market market;
    private final TradingKernel kernel;
    private final BudgetGuard guard;
    private final OrderActivity activity;
    private final TickGate gate;
    private final InstanceMonitor monitor;
    private final Duration interval;
    private final AtomicBoolean reduceOnly = new AtomicBoolean();
    private final int warmup;
    private volatile boolean started;
    private volatile boolean stopped;
    private volatile Instant lastCandle;
    private final SkippedTicksLog skippedTicks;
    /** Whether the running tick had the strategy decide on a candle it could trade on. */
    private boolean decided;
    /** When the running tick began (nanoTime). */
    private long tickBegan;
    /** What the running tick threw, reported when it ends; null while it has not failed. */
    private Throwable tickError;
    private long fed;
    /** Whether the last tick's feed could not reach its venue: an outage is told when it begins and ends. */
    private boolean feedDown;

    /**
     * @param feed its candles, on {@code venue.market(symbol)}'s units
     * @throws IllegalArgumentException the strategy's warm-up is longer than its series keeps
     */
    public LiveInstance(InstanceSpec spec, VenueRuntime venue, InstanceFeed feed, TickGate gate,
            InstanceMonitor monitor, Clock clock, Supplier<String> clientOrderIds) {
        this.spec = spec;
        this.venue = venue;
        this.execution = venue.execution();
        this.gate = gate;
        this.monitor = monitor;
        this.market = venue.market(spec.instrument().symbol());
        this.feed = feed;
        this.guard = new BudgetGuard(spec.id(), spec.instrument(), spec.budget(), execution, reduceOnly::get,
                venue::killSwitchOn, () -> monitor.orderChanged(spec.id(), "rejected"));
        StrategySetup setup = new StrategySetup(spec.strategy(), spec.parameters(), spec.instrument(), spec.account(),
                RiskConfig.none(), spec.seriesBars(), clientOrderIds);
        this.kernel = TradingKernel.sharing(spec.id(), clock, feed.marketData(), execution, venue.events(), setup, guard);
        this.activity = new OrderActivity(spec.id(), monitor);
        execution.addListener(activity);
        this.warmup = kernel.warmupBars();
        kernel.context().decisionListener(new DecisionLog(spec.id(), () -> lastCandle));
        this.skippedTicks = new SkippedTicksLog(spec.id());
        this.interval = spec.tickInterval() != null ? spec.tickInterval() : feed.interval();
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
     * Starts the strategy and warms it up on the feed's history.
     *
     * @throws io.tradewind.kernel.StrategyHookException the strategy threw while starting or warming up
     * @throws FeedUnavailableException                  the feed could not fetch its history
     */
    public void start(Instant now) {
        kernel.start();
        Step candle;
        while ((candle = feed.history(series())) != null) {
            play(candle);
        }
        feed.begin(now);
        started = true;
        LOG.log(Level.INFO, "instance {0}: {1} on {2} {3} {4}, account {5}, warmed up on {6} candles; {7}{8}",
                spec.id(), spec.strategy().name(), spec.venue(), spec.instrument().symbol(), spec.resolution().label(),
                spec.account(), fed, feed.describe(), positionKept());
    }

    /**
     * What a finished replay leaves as it is, said with its end: the market no longer moves, so open
     * orders hold their funds until the operator flattens the instance.
     */
    private String leftOpen() {
        int open = openOrders();
        BigDecimal held = position().quantity();
        if (open == 0 && held.signum() == 0) {
            return "";
        }
        String orders = open == 1 ? "1 open order holding its funds" : open + " open orders holding their funds";
        String position = "a position of " + held.stripTrailingZeros().toPlainString() + " " + spec.instrument().symbol();
        String flatten = "POST /api/strategies/" + spec.id() + "/flatten ";
        if (held.signum() == 0) {
            return "; left as it is: " + orders + " (" + flatten + (open == 1 ? "cancels it)" : "cancels them)");
        }
        if (open == 0) {
            return "; left as it is: " + position + " (" + flatten + "closes it)";
        }
        return "; left as it is: " + orders + ", " + position + " (" + flatten + "cancels the orders and closes the position)";
    }

    /** The instance's orders the venue has not finished with. */
    private int openOrders() {
        return (int) execution.liveOrders().stream().filter(o -> o.strategyInstance().equals(spec.id())).count();
    }

    /** The position the store kept from before this start, said so that a restart is not read as starting flat. */
    private String positionKept() {
        Position kept = position();
        return kept.quantity().signum() == 0 ? ""
                : "; position " + kept.quantity().stripTrailingZeros().toPlainString() + " " + spec.instrument().symbol() + " kept from before this start";
    }

    /**
     * A scheduled tick: plays the candles due, unless the gate skips it.
     *
     * @param scheduled when the tick was due
     */
    public void tick(Instant scheduled, Instant now) {
        if (beginTick(scheduled, now)) {
            while (playNext()) {
                // one candle at a time, as a tick shared with other instances plays them (see ReplayGroup)
            }
            endTick();
        }
    }

    /**
     * A tick's start: whether it runs (the gate may skip it), and if so the feed polled for what is
     * due. A tick begun is played with {@link #playNext} and must be ended with {@link #endTick}.
     */
    public boolean beginTick(Instant scheduled, Instant now) {
        if (!started || stopped) {
            return false;
        }
        TickGate.Decision decision = gate.enter(now, scheduled, interval.plus(LATENESS_ALLOWED));
        if (decision == TickGate.Decision.SKIPPED) {
            saySkipped(now);
            return false;
        }
        if (decision != TickGate.Decision.RUN) {
            return false;
        }
        tickBegan = System.nanoTime();
        tickError = null;
        decided = false;
        try {
            feed.poll(now);
            if (feed.printsTrades()) {
                venue.printed(spec.instrument().symbol(), feed.recentTrades());
                kernel.deliver();
            }
        } catch (RuntimeException | Error e) {
            tickError = e;
        }
        return true;
    }

    /**
     * Counts a tick that its {@link ReplayGroup} skipped, due while the group's last tick still ran:
     * in the instance's view as well as in the metrics and the log.
     */
    public void skipTick(Instant now) {
        if (!gate.skippedBeforeEntering(now)) {
            return;
        }
        saySkipped(now);
    }

    /** The metrics and the log of a tick that did not run: due while the one before still ran, or fired too late. */
    private void saySkipped(Instant now) {
        monitor.tickSkipped(spec.id());
        skippedTicks.skipped(now, "due while the one before still ran, or fired too late");
    }

    /**
     * Plays the tick's next due candle; false when none is left, a pause came (the rest wait for
     * the resume) or the tick failed (what it threw is reported by {@link #endTick}).
     */
    public boolean playNext() {
        if (tickError != null || stopped || gate.pausedReason() != null) {
            return false;
        }
        try {
            Step candle = feed.next(series());
            if (candle == null) {
                return false;
            }
            if (!play(candle)) {
                feed.behindTheMarket();
            }
            return true;
        } catch (RuntimeException | Error e) {
            tickError = e;
            return false;
        }
    }

    /**
     * Ends a tick begun: a finished replay pauses the instance, news reaches the strategy, and the
     * tick is counted, as failed if it threw. The gate lets the next tick in only now, so that a
     * failure never lets one start while this one is still under way. The JVM's own troubles (out
     * of memory) go on up once counted.
     */
    public void endTick() {
        try {
            if (tickError == null) {
                try {
                    if (feed.finished() != null) {
                        gate.pause(feed.finished());
                        monitor.stateChanged(spec.id(), "paused", feed.finished());
                        LOG.log(Level.INFO, "instance {0}: {1}{2}{3}", spec.id(), feed.finished(),
                                lastCandle == null ? " (it played no candle in this run)" : " (last candle " + lastCandle + ")",
                                leftOpen());
                    }
                    kernel.deliver();
                    noteFeedFailure();
                    gate.succeeded(Instant.now(), decided);
                } catch (RuntimeException | Error e) {
                    tickError = e;
                }
            }
            if (tickError != null) {
                reportFailure(tickError);
            }
        } finally {
            Throwable error = tickError;
            tickError = null;
            monitor.tickFinished(spec.id(), System.nanoTime() - tickBegan, error != null);
            noteFeedOutage();
            if (error instanceof VirtualMachineError fatal && !(error instanceof StackOverflowError)) {
                throw fatal;
            }
        }
    }

    /** Counts what a tick threw, so the instance never hangs as if still ticking; repeated failures pause it. */
    private void reportFailure(Throwable e) {
        String error = e instanceof StrategyHookException hook ? hook.oneLine()
                : e.getMessage() == null ? e.toString() : e.getMessage();
        gate.failed(Instant.now(), error);
        monitor.tickFailed(spec.id(), error);
        if (gate.pausedReason() != null) {
            monitor.stateChanged(spec.id(), "paused", gate.pausedReason());
        }
        // the error's own time is the wall clock's; on a replay the candle says where in the data it failed
        LOG.log(Level.WARNING, "instance {0}: tick failed ({1}){2}: {3}", spec.id(),
                gate.pausedReason() == null ? "more failures in a row pause it" : "paused now",
                lastCandle == null ? "" : " on the candle of " + lastCandle, error);
    }

    private void noteFeedFailure() {
        String failure = feed.failure();
        if (failure != null) {
            gate.feedFailed(Instant.now(), failure);
            LOG.log(Level.WARNING, "instance {0}: feed failed, tries again at a later tick: {1}", spec.id(), failure);
        }
    }

    /**
     * Tells when an outage of the feed's source begins and ends, not every tick: the last error alone
     * changed nothing an operator follows (the dashboard, the notifications) while the venue stayed
     * down. Asked after every tick, failed or not: skipped after a tick that threw, the outage's
     * beginning went untold and the next tick, calling nothing, told it as its end.
     */
    private void noteFeedOutage() {
        if (feed.sourceDown() != feedDown) {
            feedDown = feed.sourceDown();
            String failure = feed.failure();
            monitor.feedChanged(spec.id(), feedDown ? (failure == null ? "no answer" : failure) : null);
        }
    }

    private BarSeries series() {
        return kernel.keepsSeries() ? kernel.series() : null;
    }

    /**
     * Hands one candle to the strategy: history only warms it up; a live candle walks the venue
     * first; a late one is seen as warm-up (no orders) and counted as a skipped tick.
     *
     * @return false when the shared paper market had moved past the candle (see {@link PaperVenue#walk})
     */
    private boolean play(Step candle) {
        // set first: the fills of its walk belong to it (candleOf)
        lastCandle = Instant.ofEpochSecond(candle.openTimeSeconds());
        boolean current = true;
        if (!candle.history() && !feed.printsTrades()) {
            current = venue.walk(spec.instrument().symbol(), candle, feed.replaysStoredCandles());
            kernel.recordVenueNews();
        }
        fed++;
        if (!candle.history()) {
            monitor.candlePlayed(spec.id(), feed.newestCandle());
        }
        if (candle.late()) {
            gate.skippedLate();
            monitor.tickSkipped(spec.id());
            skippedTicks.skipped(Instant.now(), "a candle that came too late to decide on");
        }
        if (candle.history()) {
            kernel.candleClosed(true);
            return true;
        }
        // a late candle, or one the shared paper market has moved past (this instance fell behind), is
        // only learnt from; the news of its walk still reaches the order and fill hooks in the decision
        // window, so what they place trades at the decision price
        boolean warm = candle.late() || !current || fed <= warmup;
        decided |= !warm;
        boolean atNextOpen = candle.nextOpen() > 0;
        decide(atNextOpen ? candle.nextOpen() : candle.close(), atNextOpen, candle.close(),
                atNextOpen ? candle.nextVolume() : candle.volume(), () -> kernel.candleClosed(warm));
        return current;
    }

    /**
     * Runs {@code decision} with the venue's decision window open: on the feed's book, else at
     * {@code price} (the next candle's open when {@code atNextOpen}) for what could trade at
     * {@code decisionPrice}, the price the strategy saw.
     */
    private void decide(long price, boolean atNextOpen, long decisionPrice, long volume, Runnable decision) {
        venue.deciding(spec.instrument().symbol(), price, atNextOpen, decisionPrice, volume, feed.book(), decision);
    }

    /**
     * The open time of the candle a fill at {@code fillTime} belongs to, where a chart of the
     * instance marks it: on a venue feed the candle its time falls in; on a replay the candle being
     * played, since the paper venue stamps fills with the wall clock, long after the replayed
     * candles' times. Null before the first candle.
     */
    public Instant candleOf(Instant fillTime) {
        if (spec.feed().equals(InstanceSpec.VENUE) && fillTime != null) {
            return spec.resolution().bucketStart(fillTime);
        }
        return lastCandle;
    }

    /** Why it was paused for failing again and again, or null. */
    public String pausedByFailures() {
        return gate.pausedByFailures();
    }

    public void pause(String reason) {
        gate.pause(reason);
        monitor.stateChanged(spec.id(), "paused", reason);
        LOG.log(Level.INFO, "instance {0}: paused: {1}", spec.id(), reason);
    }

    public void resume() {
        reduceOnly.set(false);
        gate.resume();
        monitor.stateChanged(spec.id(), "resumed", null);
        LOG.log(Level.INFO, "instance {0}: resumed", spec.id());
    }

    /**
     * Keeps it ticking, with only orders that shrink its position: a paused instance ticks again
     * (reduce-only is a way of trading, so it would otherwise show no change, and a later resume
     * clears it).
     */
    public void reduceOnly() {
        reduceOnly.set(true);
        String wasPaused = gate.pausedReason();
        if (wasPaused != null) {
            gate.resume();
        }
        monitor.stateChanged(spec.id(), "reduce_only", null);
        LOG.log(Level.INFO, "instance {0}: reduce-only{1}", spec.id(), wasPaused == null ? "" : " (was paused: " + wasPaused + ")");
    }

    /**
     * Only orders that shrink its position from now on, as {@link #reduceOnly()}, but a paused
     * instance is never ticked again: a pause that comes meanwhile (failures, an ended replay) stands,
     * and a later resume clears reduce-only with it.
     */
    public void stopEntries() {
        reduceOnly.set(true);
        monitor.stateChanged(spec.id(), "reduce_only", null);
        LOG.log(Level.INFO, "instance {0}: reduce-only", spec.id());
    }

    /**
     * Pauses it, waits for a running tick to finish (so that no decision of it reopens the position
     * afterwards), cancels its open orders and closes its position at market.
     */
    public void flatten() {
        pause(FLATTENED);
        awaitTickEnd();
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
        if (last == null || !venue.isPaper()) {
            execution.submit(spec.id(), close);
        } else {
            decide(market.toPriceUnits(last), false, market.toPriceUnits(last), Long.MAX_VALUE / 64,
                    () -> execution.submit(spec.id(), close));
        }
        venue.deliver();
    }

    /** Waits, a bounded while, for a tick that was running when the instance was paused. */
    private void awaitTickEnd() {
        long deadline = System.nanoTime() + FLATTEN_WAIT.toNanos();
        while (gate.running() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops ticking; a running tick finishes. */
    public void stop() {
        stopped = true;
    }

    /** Whether a tick is running now. */
    public boolean ticking() {
        return gate.running();
    }

    /** The newest candles it has played (warm-up included), exact, oldest first. */
    public List<Candle> recentCandles() {
        return feed.recentCandles();
    }

    /** Releases what its feed holds (the stored candles a replay reads). */
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
        BigDecimal average = position.averagePrice(spec.instrument().priceScale());
        int open = openOrders();
        return new InstanceView(spec.id(), spec.strategy().name(), spec.venue(), spec.account(),
                spec.instrument().symbol(), spec.resolution().label(),
                spec.candleSeries().market(), state(now), gate.pausedReason(), execution.dailyLossHalt(spec.id()), gate.lastTick(), lastCandle, gate.ticks(),
                gate.skipped(), gate.errors(), gate.lastError(), gate.lastErrorAt(), open, quantity, average, spec.budget(),
                position.realisedPnl(), unrealised, activity.placed(), activity.filled(),
                activity.rejected() + guard.refusals() + kernel.rejections().invalid(), activity.cancelled());
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
