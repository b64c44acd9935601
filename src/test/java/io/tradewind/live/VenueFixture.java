package io.tradewind.live;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.MutableClock;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.Resolution;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The double venue with one market, minute candles scripted around the fixture's clock, and the
 * service's wiring of instances on it: live on its gateway, or paper on its feed.
 */
final class VenueFixture {

    static final String SYMBOL = "BTC-USD";
    static final Instrument INSTRUMENT = Instrument.of(SYMBOL, "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0");
    /** When the instances start: the candles before it are history, those from it are live. */
    static final Instant START = Instant.parse("2030-01-01T01:00:00Z");
    static final String ACCOUNT = "main";
    static final String MARKET = "market";

    final VenueDouble venue;
    final MutableClock clock = new MutableClock(START.plusSeconds(5));
    final ExecutionStore store;
    final VenueHealth health = new VenueHealth(VenueDouble.ID, InstanceMonitor.NONE);
    /** What the instances told of their feed ({@link InstanceMonitor#feedChanged}): "down: why" or "up". */
    final List<String> feedChanges = new CopyOnWriteArrayList<>();
    final VenueRuntime runtime;
    private final AtomicLong ids;
    /** What instances made from now on record of the market, and where it goes. */
    MarketRecording recording = MarketRecording.NONE;
    MarketRecording.Sink recorder = MarketRecording.Sink.NONE;

    /** A fresh double with the market listed, 10,000 USD in our account and an hour of history before {@link #START}. */
    VenueFixture() {
        this(listed(new VenueDouble()), new InMemoryExecutionStore(), new AtomicLong());
    }

    private static VenueDouble listed(VenueDouble venue) {
        venue.list(INSTRUMENT);
        venue.fund(ACCOUNT, "USD", "10000");
        venue.fund(MARKET, "BTC", "100");
        venue.script(SYMBOL, candles(START.minus(Duration.ofHours(1)), 120));
        return venue;
    }

    /** The service started again on the same venue and store. */
    VenueFixture(VenueDouble venue, ExecutionStore store, AtomicLong ids) {
        this.venue = venue;
        this.store = store;
        this.ids = ids;
        MonitoredGateway gateway = new MonitoredGateway(venue, health);
        ExecutionService execution = new ExecutionService(gateway, store, Map.of(SYMBOL, INSTRUMENT), RiskConfig.none(),
                new ExecutionSettings(Set.of(ACCOUNT), Duration.ofSeconds(30), Clock.systemUTC(), this::nextId));
        this.runtime = VenueRuntime.live(execution, gateway, Map.of(SYMBOL, INSTRUMENT));
        execution.start();
    }

    VenueFixture restarted() {
        return new VenueFixture(venue, store, ids);
    }

    private String nextId() {
        return "v" + ids.incrementAndGet();
    }

    ExecutionService execution() {
        return runtime.execution();
    }

    /** Minute candles from {@code first}, a slow walk around 100. */
    static List<Candle> candles(Instant first, int count) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal open = new BigDecimal("100.00").add(BigDecimal.valueOf(i % 7, 2));
            BigDecimal close = open.add(new BigDecimal("0.03"));
            candles.add(new Candle(first.plus(Duration.ofMinutes(i)), open, close.add(new BigDecimal("0.05")),
                    open.subtract(new BigDecimal("0.05")), close, new BigDecimal("12.5"), BigDecimal.ZERO));
        }
        return candles;
    }

    /**
     * A paper venue listing the fixture's market, with 10,000 USD in its main account, and its
     * execution service on {@code store}.
     */
    static VenueRuntime paperVenue(ExecutionStore store) {
        PaperVenue paper = PaperVenueFactory.open(new InMemoryPaperVenueStore(), Map.of(SYMBOL, INSTRUMENT),
                Map.of(ACCOUNT, Map.of("USD", new BigDecimal("10000"))), BigDecimal.ZERO, BigDecimal.ZERO);
        MonitoredGateway gateway = new MonitoredGateway(paper.gateway(), InstanceMonitor.NONE);
        ExecutionService execution = new ExecutionService(gateway, store, Map.of(SYMBOL, INSTRUMENT), RiskConfig.none(),
                new ExecutionSettings(Set.of(ACCOUNT), Duration.ofSeconds(30), Clock.systemUTC(), () -> "p" + System.nanoTime()));
        execution.start();
        return new VenueRuntime(PaperVenue.NAME, execution, paper, gateway);
    }

    /** An instance trading live at the double, on its feed. */
    LiveInstance live(String id, Strategy strategy) {
        return start(instance(id, strategy, runtime, VenueDouble.ID));
    }

    /** An instance trading on {@code paper}, fed by the double's market data. */
    LiveInstance paper(String id, Strategy strategy, VenueRuntime paper) {
        return start(instance(id, strategy, paper, PaperVenue.NAME));
    }

    private LiveInstance instance(String id, Strategy strategy, VenueRuntime on, String venueName) {
        InstanceSpec spec = new InstanceSpec(id, strategy, StrategyParameters.of(strategy, Map.of()), venueName,
                InstanceSpec.VENUE, VenueDouble.ID, SYMBOL, INSTRUMENT, Resolution.M1, ACCOUNT, Map.of(), RiskLimits.none(),
                null, null, null, null, 5_000, recording);
        VenueFeed feed = new VenueFeed(venue, health, SYMBOL, Resolution.M1, on.market(SYMBOL), clock,
                strategy.warmupBars(spec.parameters()), null, VenueFeed.FetchedCandles.NONE, on.isPaper(),
                recording, recorder);
        return new LiveInstance(spec, on, feed, new TickGate(3, Duration.ofMillis(1), Duration.ofMillis(1)),
                new InstanceMonitor() {
                    @Override
                    public void feedChanged(String instance, String failure) {
                        feedChanges.add(failure == null ? "up" : "down: " + failure);
                    }
                }, clock, this::nextId);
    }

    private LiveInstance start(LiveInstance instance) {
        instance.start(clock.instant());
        return instance;
    }

    /** Moves the clock {@code minutes} on and ticks the instance then, on time. */
    void tickAfter(int minutes, LiveInstance instance) {
        clock.advance(Duration.ofMinutes(minutes));
        instance.tick(clock.instant(), clock.instant());
    }

    /** Another trader's limit order resting at the double. */
    void rest(Side side, String price, String quantity) {
        venue.placeAsMarket(OrderRequest.limit("m" + ids.incrementAndGet(), MARKET, SYMBOL, side, price, quantity,
                TimeInForce.GOOD_TILL_CANCELED));
    }
}
