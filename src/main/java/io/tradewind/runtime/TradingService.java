package io.tradewind.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.tradewind.domain.Balance;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.Position;
import io.tradewind.execution.PositionRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import io.tradewind.execution.VenueException;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.live.FeedUnavailableException;
import io.tradewind.live.InstanceFeed;
import io.tradewind.live.InstanceSpec;
import io.tradewind.live.LiveInstance;
import io.tradewind.live.MonitoredGateway;
import io.tradewind.live.OrderEvents;
import io.tradewind.live.OrderLog;
import io.tradewind.live.PaperVenue;
import io.tradewind.live.PaperVenueFactory;
import io.tradewind.live.ReplayFeed;
import io.tradewind.live.ReplayGroup;
import io.tradewind.live.SharedReplayPace;
import io.tradewind.live.TickGate;
import io.tradewind.live.VenueFeed;
import io.tradewind.live.VenueHealth;
import io.tradewind.live.VenueRuntime;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.ChunkByChunkCursor;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.WarmupHistory;
import io.tradewind.service.BalanceView;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.EventJournal;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.ServiceEvent;
import io.tradewind.service.ordersapi.OrdersApiService;
import io.tradewind.service.InstanceView;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import io.tradewind.service.OperatorModeStore;
import io.tradewind.service.KillSwitchView;
import io.tradewind.service.LiveCandles;
import io.tradewind.service.LiveSeries;
import io.tradewind.service.Readiness;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.UnknownInstanceException;
import io.tradewind.sim.gateway.PaperVenueStore;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The long-running service: builds the configured strategy instances on their venue's shared
 * execution service (the paper venue's, or a live connector's), ticks each with its own Quarkus
 * Scheduler job and reconciles each venue with another, and is what operators see and do ({@link ServiceOperations}). Started by {@code serve}
 * (or a test) through {@link #start()}; other commands never start it.
 */
@ApplicationScoped
@Typed(TradingService.class) // operator surfaces get it as ServiceOperations from ServiceOperationsProducer
public class TradingService implements ServiceOperations, LiveCandles {

    /**
     * The execution service's clock, in the microseconds the stores keep: a finer instant is rounded
     * when stored, so an order read back would differ from the one answered when it was created.
     */
    private static final Clock STORE_PRECISION_CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private static final Logger LOG = Logger.getLogger(TradingService.class);
    private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final String JOB_PREFIX = "tradewind-";

    private final ServiceConfig.Strategies strategiesConfig;
    private final ServiceConfig.Paper paperConfig;
    private final ServiceConfig.Service serviceConfig;
    private final ServiceConfig.OrdersApi ordersApiConfig;
    private final ExecutionConfig executionConfig;
    private final ExecutionStore store;
    private final PaperVenueStore paperStore;
    private final CandleStore candles;
    private final RecordedMarketDataStore recorded;
    private final EventJournal journal;
    private final Scheduler scheduler;
    private final InstanceMonitor monitor;
    private final Instance<Strategy> strategies;
    private final ServiceKillSwitch killSwitch;
    private final OperatorChoices operatorChoices;
    private final VenueRegistry registry;
    private final Map<String, VenueHealth> health = new LinkedHashMap<>();
    private final Map<String, LiveInstance> instances = new LinkedHashMap<>();
    /** The pace of each paper symbol's replays, shared by the instances replaying it in step (see ReplayGroup). */
    private final Map<String, SharedReplayPace> replayPaces = new LinkedHashMap<>();
    /** The same instances, for the candle a fill event names: read on venue threads, without the service's lock. */
    private final Map<String, LiveInstance> instancesOfFills = new ConcurrentHashMap<>();
    /**
     * The configured instances' ids, known before any venue starts: the start-up reconciliation's
     * order changes and fills, before the instances are built, are theirs too (a log line and a fill
     * event name them as instances).
     */
    private final Set<String> configuredInstances = ConcurrentHashMap.newKeySet();
    private final Map<String, VenueRuntime> venues = new LinkedHashMap<>();
    private final List<String> jobs = new ArrayList<>();
    private final ActiveRuns reconciliations = new ActiveRuns();
    /** What the last reconciliation of each venue could not do, to log changes only. */
    private final Map<String, List<String>> reconcileFailures = new ConcurrentHashMap<>();
    private final CountDownLatch stopFinished = new CountDownLatch(1);
    private volatile ServicePlan plan;
    private volatile boolean stopped;
    /** The venues start-up is waiting for, with why, until the configuration is read: readiness names them. */
    private volatile Map<String, String> awaitedVenues = Map.of();
    /**
     * Held by {@link #start()} from its first step to its last, which read the configuration and wait
     * for venues without the service's lock: {@link #stop()} takes it before it stops anything, so that
     * the application's shutdown never closes the store under a start-up still importing a replay's file.
     */
    private final ReentrantLock starting = new ReentrantLock();
    /** Set, without the lock, by a stop signal: a running {@link #start()} gives up at its next step. */
    private volatile boolean stopRequested;

    @Inject
    TradingService(ServiceConfig.Strategies strategiesConfig, ServiceConfig.Paper paperConfig,
            ServiceConfig.Service serviceConfig, ServiceConfig.OrdersApi ordersApiConfig, ExecutionConfig executionConfig,
            ExecutionStore store, PaperVenueStore paperStore, CandleStore candles, KillSwitchStore killSwitchStore,
            OperatorModeStore operatorModes, Scheduler scheduler, InstanceMonitor monitor, @Any Instance<Strategy> strategies,
            VenueRegistry registry, RecordedMarketDataStore recorded, EventJournal journal, EquityHistory equity) {
        this.strategiesConfig = strategiesConfig;
        this.paperConfig = paperConfig;
        this.serviceConfig = serviceConfig;
        this.ordersApiConfig = ordersApiConfig;
        this.executionConfig = executionConfig;
        this.store = store;
        this.paperStore = paperStore;
        this.candles = candles;
        this.scheduler = scheduler;
        this.monitor = new EquitySampling(new JournalingMonitor(monitor, journal), equity, this::instance, Clock.systemUTC());
        this.journal = journal;
        this.strategies = strategies;
        this.killSwitch = new ServiceKillSwitch(killSwitchStore);
        this.operatorChoices = new OperatorChoices(operatorModes);
        this.registry = registry;
        this.recorded = recorded;
    }

    /**
     * Checks the configuration, reads the kept kill switch, reconciles each venue with the store,
     * warms every instance up and schedules its ticks.
     *
     * <p>A venue that does not answer is waited for ({@link VenuesAtStart}) without the service's lock,
     * so that the API answers meanwhile (no instance, not ready).
     *
     * @throws ServiceConfigException the configuration cannot run; names the property
     * @throws StartAbandonedException {@link #requestStop()} came first; {@link #stop()} then stops what was started
     */
    public void start() {
        starting.lock();
        try {
            if (plan == null) {
                start(checkedPlan());
            }
        } finally {
            starting.unlock();
        }
    }

    /** The configuration read and checked, once every venue it needs has answered. */
    private ServicePlan checkedPlan() {
        Config config = ConfigProvider.getConfig();
        Set<String> written = WrittenPropertyNames.of(config);
        ConfigRoots.check(written);
        try {
            registry.checkSettings(written);
        } catch (VenueRegistry.UnknownVenueException e) {
            throw new ServiceConfigException(e.getMessage());
        }
        warnOfUnreadEnvironment(config, written);
        // before the wait for venues, which can last as long as an outage
        ServiceConfigReader.checkExecution(executionConfig.reconcileInterval(), executionConfig.notPlacedGrace());
        return VenuesAtStart.read(() -> new ServiceConfigReader(this::strategy, candles, connectors())
                .read(strategiesConfig, paperConfig, serviceConfig, OrdersApiWallets.venues(ordersApiConfig)),
                () -> stopRequested, Thread::sleep, this::awaitVenues);
    }

    /** Start-up waits for these venues, each with why (VenuesAtStart tells after each attempt). */
    void awaitVenues(Map<String, String> unanswered) {
        awaitedVenues = Map.copyOf(unanswered);
    }

    private synchronized void start(ServicePlan checked) {
        // a stop that came while the configuration was read: a stopped service must not start after it
        abandonIfStopRequested("starting the venues");
        awaitedVenues = Map.of();
        RiskConfig risk = riskConfig(checked.instances());
        checked.instances().forEach(spec -> configuredInstances.add(spec.id()));
        killSwitch.load();
        Instant now = Instant.now();
        ClientOrderIds ids = new ClientOrderIds(now.toEpochMilli());
        Set<String> apiWallets = OrdersApiWallets.paperAccounts(ordersApiConfig, checked);
        if (checked.usesPaper() || !apiWallets.isEmpty()) {
            abandonIfStopRequested("starting the paper venue");
            PaperVenue paper = openPaperVenue(checked);
            MonitoredGateway gateway = new MonitoredGateway(paper.gateway(), monitor);
            Set<String> accounts = new TreeSet<>(apiWallets);
            checked.instances().stream().filter(i -> i.venue().equals(PaperVenue.NAME)).forEach(i -> accounts.add(i.account()));
            ExecutionService execution = new ExecutionService(gateway, store, checked.instruments(), risk, settings(accounts, ids));
            startVenue(new VenueRuntime(PaperVenue.NAME, execution, paper, gateway), now);
        }
        for (LiveVenuePlan live : checked.live().values()) {
            abandonIfStopRequested("starting venue " + live.id());
            MonitoredGateway gateway = new MonitoredGateway(live.connector(), health(live.id()));
            ExecutionService execution = new ExecutionService(gateway, store, live.instruments(), risk,
                    settings(Set.of(live.account()), ids));
            startVenue(VenueRuntime.live(execution, gateway, live.instruments()), now);
        }
        for (InstanceSpec spec : checked.instances()) {
            LiveInstance instance = build(spec, venues.get(spec.venue()), checked, ids);
            instances.put(spec.id(), instance);
            instancesOfFills.put(spec.id(), instance);
        }
        plan = checked;
        for (LiveInstance instance : instances.values()) {
            abandonIfStopRequested("starting instance " + instance.id());
            startInstance(instance);
        }
        operatorChoices.restore(instances);
        warnOfUnmanagedPositions();
        abandonIfStopRequested("scheduling ticks");
        schedule();
        LOG.infof("service started: %d strategy instance(s) %s", instances.size(), instances.keySet());
        if (instances.isEmpty()) {
            LOG.warnf("no strategy instance is configured, so nothing trades (the API and the Orders API answer):"
                    + " add tradewind.strategies.<id>.plugin and its other keys to %s (README, Running the service)",
                    WorkingDirectoryConfigSourceProvider.configFileDescription());
        }
    }

    /**
     * Asks the service to stop without waiting for its lock: a {@link #start()} under way gives up at
     * its next step (a venue, an instance) instead of finishing first. {@link #stop()} does the stopping.
     */
    public void requestStop() {
        stopRequested = true;
    }

    private void abandonIfStopRequested(String step) {
        if (stopRequested) {
            throw new StartAbandonedException(step);
        }
    }

    private ExecutionSettings settings(Set<String> accounts, ClientOrderIds ids) {
        return new ExecutionSettings(accounts, executionConfig.notPlacedGrace(), STORE_PRECISION_CLOCK, ids);
    }

    /** Loads the venue's live state from the store and reconciles it with the venue before any tick. */
    private void startVenue(VenueRuntime venue, Instant now) {
        killSwitch.attach(venue);
        OrderEvents events = new OrderEvents(journal, configuredInstances::contains, (instance, time) -> {
            LiveInstance running = instancesOfFills.get(instance);
            return running == null ? null : running.candleOf(time);
        }, venue.execution()::order);
        venue.execution().addListener(events);
        venue.execution().addListener(new OrderLog(configuredInstances::contains));
        venue.execution().start();
        events.startFrom(venue.execution().positions());
        reconciled(venue, venue.reconcile(now).failures());
        venues.put(venue.name(), venue);
        LOG.infof("venue %s: reconciled at start, %s", venue.name(), venue.up() ? "up" : "NOT answering; reconciliation retries");
    }

    /** The registry's connectors, as the configuration reader asks for them. */
    private Connectors connectors() {
        return new Connectors() {
            @Override
            public Set<String> ids() {
                return registry.ids();
            }

            @Override
            public Venue venue(String id) {
                return registry.venue(id);
            }

            @Override
            public String account(String id) {
                return registry.settings(id, null).account();
            }
        };
    }

    /** One health per connector, shared by its gateway and the feeds on it. */
    private VenueHealth health(String venue) {
        return health.computeIfAbsent(venue, v -> new VenueHealth(v, monitor));
    }

    private PaperVenue openPaperVenue(ServicePlan checked) {
        try {
            return PaperVenueFactory.open(paperStore, checked.instruments(), checked.accounts(), checked.slippage(),
                    checked.maxVolumeShare());
        } catch (IllegalArgumentException e) {
            // an instrument whose terms differ from the kept venue's, or a balance its asset cannot hold:
            // the message names which
            throw new ServiceConfigException("tradewind.paper: " + e.getMessage());
        }
    }

    private LiveInstance build(InstanceSpec spec, VenueRuntime venue, ServicePlan checked, ClientOrderIds ids) {
        InstanceFeed feed = spec.feed().equals(InstanceSpec.VENUE) ? venueFeed(spec, venue, checked) : replayFeed(spec, venue);
        try {
            return new LiveInstance(spec, venue, feed, new TickGate(checked.maxFailures(), checked.backOff(), MAX_BACK_OFF),
                    monitor, Clock.systemUTC(), ids);
        } catch (IllegalArgumentException e) {
            feed.close();
            throw new ServiceConfigException(ServiceConfigReader.PREFIX + spec.id() + ".series-bars: " + e.getMessage());
        }
    }

    private InstanceFeed replayFeed(InstanceSpec spec, VenueRuntime venue) {
        StoredSeries stored = candles.describe(spec.replaySeries()).orElseThrow();
        int warmup = StrategySetup.warmupBars(spec.strategy(), spec.parameters());
        Instant end = stored.last().plus(spec.resolution().duration());
        Instant from = ReplayStart.of(spec, venue.paper().lastCandleWalked(spec.instrument().symbol()), stored.last(), end);
        Instant history = WarmupHistory.start(candles, stored, from, warmup, spec.resolution().duration());
        // read a chunk at a time, each in its own short read: a replay plays for hours
        var cursor = new ChunkByChunkCursor(candles, spec.replaySeries(), history, end, CandleChunk.DEFAULT_CAPACITY);
        // replays run on the paper venue only (a live instance's feed is its venue's)
        SharedReplayPace pace = replayPaces.computeIfAbsent(spec.instrument().symbol(), symbol -> new SharedReplayPace());
        return new ReplayFeed(cursor, venue.market(spec.instrument().symbol()), spec.resolution(), Clock.systemUTC(),
                spec.replaySeries().toString(), from, spec.candlesPerSecond(), spec.tickInterval(), pace);
    }

    private InstanceFeed venueFeed(InstanceSpec spec, VenueRuntime venue, ServicePlan checked) {
        SeriesKey key = new SeriesKey(spec.feedVenue(), spec.feedSymbol(), spec.resolution());
        return new VenueFeed(checked.feeds().get(spec.feedVenue()), health(spec.feedVenue()), spec.feedSymbol(),
                spec.resolution(), venue.market(spec.instrument().symbol()), Clock.systemUTC(),
                StrategySetup.warmupBars(spec.strategy(), spec.parameters()), spec.tickInterval(), new StoredCandles(candles, key),
                venue.isPaper(), spec.recording(), new RecordedMarket(recorded, spec.feedVenue(), spec.feedSymbol()));
    }

    private void startInstance(LiveInstance instance) {
        try {
            instance.start(Instant.now());
        } catch (StrategyHookException e) {
            instance.pause("failed to start: " + e.oneLine());
            LOG.warnf("instance %s: %s", instance.id(), e.oneLine());
        } catch (FeedUnavailableException e) {
            throw new ServiceConfigException(ServiceConfigReader.PREFIX + instance.id() + ".feed: " + e.getMessage());
        }
    }

    private void schedule() {
        Map<String, List<LiveInstance>> replaysOfPaperSymbols = new LinkedHashMap<>();
        for (LiveInstance instance : instances.values()) {
            InstanceSpec spec = instance.spec();
            if (spec.feed().equals(InstanceSpec.REPLAY)) {
                replaysOfPaperSymbols.computeIfAbsent(spec.instrument().symbol(), symbol -> new ArrayList<>()).add(instance);
                continue;
            }
            String job = JOB_PREFIX + instance.id();
            scheduler.newJob(job).setInterval(instance.interval().toString())
                    .setTask(execution -> instance.tick(execution.getScheduledFireTime(), Instant.now()))
                    .schedule();
            jobs.add(job);
        }
        replaysOfPaperSymbols.forEach((symbol, members) -> {
            // one job: the instances sharing a symbol's paper market play each candle in turn
            ReplayGroup group = new ReplayGroup(members);
            // not an instance id's shape (those have no space), so no instance's job can take the name
            String job = JOB_PREFIX + "replays of " + symbol;
            scheduler.newJob(job).setInterval(group.interval().toString())
                    .setTask(execution -> group.tick(execution.getScheduledFireTime(), Instant.now()))
                    .schedule();
            jobs.add(job);
        });
        Duration reconcile = executionConfig.reconcileInterval();
        for (VenueRuntime venue : venues.values()) {
            String job = JOB_PREFIX + "reconcile-" + venue.name();
            scheduler.newJob(job).setInterval(reconcile.toString())
                    .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> reconcile(venue)).schedule();
            jobs.add(job);
        }
    }

    private void reconcile(VenueRuntime venue) {
        reconciliations.run(() -> {
            try {
                reconciled(venue, venue.reconcile(Instant.now()).failures());
            } catch (RuntimeException e) {
                reconciled(venue, List.of(String.valueOf(e.getMessage())));
            }
        });
    }

    /**
     * Tells the operator when a venue's reconciliation starts failing, when what fails changes, and
     * when it succeeds again; not every interval: a venue down for an hour is not 720 lines.
     */
    private void reconciled(VenueRuntime venue, List<String> failures) {
        List<String> before = reconcileFailures.put(venue.name(), failures);
        if (failures.equals(before)) {
            return;
        }
        if (!failures.isEmpty()) {
            Duration every = executionConfig.reconcileInterval();
            LOG.warnf("venue %s: reconciliation incomplete, retried every %s: %s", venue.name(),
                    every.toMillis() % 1000 == 0 ? every.toSeconds() + " s" : every.toMillis() + " ms",
                    String.join("; ", failures));
        } else if (before != null && !before.isEmpty()) {
            LOG.infof("venue %s: reconciled again", venue.name());
        }
    }

    /**
     * Stops scheduling, lets running ticks and reconciliations finish, cancels open orders when
     * configured to, and releases the stored candles. Safe to call twice, also at once: {@code serve}
     * stops it when the application is told to exit while the application's shutdown stops it too,
     * and the shutdown must not go on (closing the store) before the first stop has finished.
     */
    public void stop() {
        // a start-up under way gives up at its next step, and is waited for: it may be importing into the store
        stopRequested = true;
        starting.lock();
        starting.unlock();
        List<LiveInstance> running;
        synchronized (this) {
            if (stopped) {
                running = null;
            } else if (plan == null) {
                stopped = true;
                stopFinished.countDown();
                return;
            } else {
                stopped = true;
                jobs.forEach(scheduler::unscheduleJob);
                reconciliations.close();
                running = List.copyOf(instances.values());
            }
        }
        if (running == null) {
            awaitStopFinished();
            return;
        }
        try {
            stopRunning(running);
        } finally {
            stopFinished.countDown();
        }
    }

    private void awaitStopFinished() {
        try {
            stopFinished.await(STOP_WAIT.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopRunning(List<LiveInstance> running) {
        running.forEach(LiveInstance::stop);
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while ((running.stream().anyMatch(LiveInstance::ticking) || reconciliations.busy())
                && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (plan.cancelOrdersOnStop()) {
            for (VenueRuntime venue : venues.values()) {
                for (OrderRecord order : venue.execution().liveOrders()) {
                    venue.execution().cancel(order.clientOrderId());
                }
            }
        }
        for (LiveInstance instance : running) {
            try {
                instance.close();
            } catch (RuntimeException e) {
                // the store may already be closing with the application; the read holds nothing to keep
                LOG.debugf("instance %s: closing its candle read: %s", instance.id(), e.getMessage());
            }
        }
        LOG.info("service stopped" + ordersLeftOpen() + positionsKept());
    }

    /** From the store, of every venue the service knows: removing a venue's only instance leaves that venue unopened. */
    private void warnOfUnmanagedPositions() {
        Map<String, List<Position>> positions = new LinkedHashMap<>();
        Set<String> known = new TreeSet<>(registry.ids());
        known.add(PaperVenue.NAME);
        for (String venue : known) {
            positions.put(venue, store.positions(venue).stream().map(PositionRecord::position).toList());
        }
        UnmanagedPositions.warning(positions, instances.keySet()).ifPresent(LOG::warn);
    }

    /** The instances' positions, which the store keeps for the next start: "no order left open" is not "flat". */
    private String positionsKept() {
        List<String> held = new ArrayList<>();
        for (VenueRuntime venue : venues.values()) {
            for (Position position : venue.execution().positions()) {
                if (position.quantity().signum() != 0 && !OrdersApiService.placedByAUser(position.strategyInstance())) {
                    held.add(position.strategyInstance() + " " + position.quantity().stripTrailingZeros().toPlainString() + " "
                            + position.symbol());
                }
            }
        }
        return held.isEmpty() ? "" : "; positions kept for the next start: " + String.join(", ", held);
    }

    /** What the operator finds at the venues after a stop: open orders stay there, and the next start reconciles them. */
    private String ordersLeftOpen() {
        List<String> open = new ArrayList<>();
        for (Map.Entry<String, VenueRuntime> venue : venues.entrySet()) {
            int orders = venue.getValue().execution().liveOrders().size();
            if (orders > 0) {
                open.add(orders + " at " + venue.getKey());
            }
        }
        return open.isEmpty() ? "; no order left open"
                : "; orders left open (the next start reconciles them): " + String.join(", ", open);
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    private RiskConfig riskConfig(List<InstanceSpec> specs) {
        RiskConfig configured;
        try {
            configured = executionConfig.riskConfig();
        } catch (IllegalArgumentException e) {
            throw new ServiceConfigException(e.getMessage());
        }
        ServiceConfigReader.checkLimitedInstances(configured.perStrategy().keySet(),
                specs.stream().map(InstanceSpec::id).toList());
        Map<String, RiskLimits> perStrategy = new LinkedHashMap<>(configured.perStrategy());
        // tradewind.execution.strategies."<id>".* and tradewind.strategies.<id>.risk.* both hold: the
        // instance's own used to replace the execution settings' limits, which were then never checked
        specs.forEach(spec -> perStrategy.merge(spec.id(), spec.risk(), RiskLimits::tighterOf));
        return new RiskConfig(configured.global(), perStrategy);
    }

    /** A fresh strategy of the plugin named {@code name}: two instances of one plugin must not share state. */
    private Strategy strategy(String name) {
        Map<String, String> nameByClassName = new TreeMap<>();
        for (Instance.Handle<Strategy> handle : strategies.handles()) {
            Strategy strategy = handle.get();
            if (strategy.name().equals(name)) {
                return strategy;
            }
            nameByClassName.put(strategy.getClass().getSimpleName(), strategy.name());
            handle.destroy();
        }
        throw StrategyNames.unknown(name, nameByClassName);
    }

    /** A running venue by name ({@code paper} or a connector's id), for the Orders API. */
    public Optional<VenueRuntime> venue(String name) {
        synchronized (this) {
            return Optional.ofNullable(venues.get(name));
        }
    }

    // ---- ServiceOperations ----

    @Override
    public List<InstanceView> instances() {
        Instant now = Instant.now();
        return instancesNow().stream().map(i -> i.view(now)).toList();
    }

    @Override
    public Optional<InstanceView> instance(String id) {
        return Optional.ofNullable(instanceNow(id)).map(i -> i.view(Instant.now()));
    }

    @Override
    public InstanceView pause(String id) {
        return operatorChoices.pause(known(id));
    }

    @Override
    public InstanceView resume(String id) {
        return operatorChoices.resume(known(id));
    }

    @Override
    public InstanceView reduceOnly(String id) {
        return operatorChoices.reduceOnly(known(id));
    }

    @Override
    public InstanceView stopEntries(String id) {
        return operatorChoices.stopEntries(known(id));
    }

    @Override
    public InstanceView flatten(String id) {
        return operatorChoices.flatten(known(id));
    }

    /** Names the TRADEWIND_* variables nothing reads: misspelt, they would be ignored without a word. */
    private void warnOfUnreadEnvironment(Config config, Set<String> written) {
        // raw, not expanded: a token setting of ${TRADEWIND_DESK_TOKEN:} names the variable, its value is the secret
        List<String> settingValues = written.stream().map(name -> config.getConfigValue(name).getRawValue())
                .filter(Objects::nonNull).toList();
        IgnoredDatabaseVariables.warning(System.getenv(), config.getValue("quarkus.datasource.jdbc.url", String.class))
                .ifPresent(LOG::warn);
        UnreadEnvironment.names(System.getenv(), registry.ids(), settingValues).forEach(variable -> LOG.warnf(
                "environment variable %s is not a name Tradewind reads (no setting group, connector or setting names"
                        + " it): misspelt? It is ignored (README, Running the service, lists the settings)", variable));
    }

    @Override
    public KillSwitchView killSwitch(boolean cancelOrders, KillSwitchSource by) {
        return published(killSwitch.on(cancelOrders, by, Instant.now()), by);
    }

    @Override
    public KillSwitchView killSwitchOff(KillSwitchSource by) {
        return published(killSwitch.off(by, Instant.now()), by);
    }

    private KillSwitchView published(KillSwitchView view, KillSwitchSource by) {
        if (view.changed()) {
            journal.publish(ServiceEvent.KILL_SWITCH, null, Map.of("on", Boolean.toString(view.on()), "by", by.wireName(),
                    "orders_cancelled", Integer.toString(view.ordersCancelled())));
        }
        return view;
    }

    @Override
    public KillSwitchView killSwitchState() {
        return killSwitch.state();
    }

    @Override
    public List<BalanceView> balances() {
        List<BalanceView> balances = new ArrayList<>();
        for (VenueRuntime venue : venuesNow()) {
            for (String account : new TreeSet<>(venue.execution().accounts())) {
                List<Balance> held;
                try {
                    held = venue.balances(account);
                } catch (VenueException e) {
                    LOG.warnf("venue %s: balances of %s: %s", venue.name(), account, e.getMessage());
                    continue;
                }
                for (Balance balance : held) {
                    balances.add(new BalanceView(venue.name(), account, balance.asset(), balance.total(), balance.held(),
                            balance.available()));
                }
            }
        }
        return balances;
    }

    @Override
    public Optional<OrderRecord> cancelOrder(String clientOrderId) {
        for (VenueRuntime venue : venuesNow()) {
            if (venue.execution().order(clientOrderId).isPresent()) {
                return Optional.of(venue.execution().requestCancel(clientOrderId, "cancelled by the operator"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Readiness readiness() {
        Map<String, String> awaited = awaitedVenues;
        if (plan == null && awaited.isEmpty() || stopped) {
            // starting or stopped: not ready, and the store is not asked; a readiness probe (three
            // checks, each a store query) every few milliseconds would compete with the start for the CPU
            return new Readiness(false, Map.of(), null, Map.of(), Map.of(), null, false);
        }
        if (plan == null) {
            // start-up sleeps between attempts at venues that do not answer, as long as an outage lasts:
            // those venues are what keeps the service from being ready, and the store can be asked
            Map<String, Boolean> down = new TreeMap<>();
            awaited.keySet().forEach(venue -> down.put(venue, false));
            String storeProblem = storeProblem();
            return new Readiness(storeAnswers() && storeProblem == null, down, null, Map.of(), awaited, storeProblem, false);
        }
        String storeProblem = storeProblem();
        boolean storeUp = storeAnswers() && storeProblem == null;
        Map<String, Boolean> up = new LinkedHashMap<>();
        Instant last = null;
        boolean reconciled = true;
        healthNow().forEach(h -> up.put(h.venue(), h.up()));
        for (VenueRuntime venue : venuesNow()) {
            up.merge(venue.name(), venue.up(), Boolean::logicalAnd);
            Instant at = venue.lastReconciliation();
            reconciled &= at != null;
            last = at == null || last != null && last.isBefore(at) ? last : at;
        }
        // a disk that is full, a strategy that throws: its instance stops trading, which a monitor of readiness must see
        Map<String, String> failing = new TreeMap<>();
        instancesNow().forEach(instance -> {
            String reason = instance.pausedByFailures();
            if (reason != null) {
                failing.put(instance.id(), reason);
            }
        });
        boolean stillRunning = !stopped;
        return new Readiness(storeUp, up, last, failing, Map.of(), storeProblem, stillRunning && storeUp && reconciled
                && !up.containsValue(false) && failing.isEmpty());
    }

    /** Why writes to the store fail, or null: a full disk still answers reads. */
    private String storeProblem() {
        return store.writeFailure().map(failure -> "writes to the store fail: " + failure).orElse(null);
    }

    private boolean storeAnswers() {
        try {
            store.liveOrders(PaperVenue.NAME);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---- LiveCandles ----

    @Override
    public List<LiveSeries> liveSeries() {
        return instancesNow().stream().map(i -> new LiveSeries(i.id(), i.spec().candleSeries(), i.spec().instrument(),
                i.recentCandles())).toList();
    }

    private synchronized List<LiveInstance> instancesNow() {
        return List.copyOf(instances.values());
    }

    private synchronized List<VenueRuntime> venuesNow() {
        return List.copyOf(venues.values());
    }

    private synchronized List<VenueHealth> healthNow() {
        return List.copyOf(health.values());
    }

    private synchronized List<String> instanceIds() {
        return List.copyOf(instances.keySet());
    }

    private synchronized LiveInstance instanceNow(String id) {
        return instances.get(id);
    }

    private LiveInstance known(String id) {
        LiveInstance instance = instanceNow(id);
        if (instance == null) {
            throw new UnknownInstanceException(id, instanceIds());
        }
        return instance;
    }
}
