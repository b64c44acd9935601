package io.tradewind.live;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import io.tradewind.sim.gateway.PaperVenueStore;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** A paper venue with one account on replayed test candles, and instances on it, as the service wires them. */
final class PaperFixture {

    static final String SYMBOL = "BTC-USD";
    static final Instrument INSTRUMENT = Instrument.of(SYMBOL, "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0.001");
    static final SeriesKey KEY = new SeriesKey("test", SYMBOL, Resolution.M1);
    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    /** A random walk of 400 one-minute candles, each opening at the close before it. */
    static final Path WALK = Path.of("src/test/resources/candles/service-walk.csv");

    final CandleStore candles = new InMemoryCandleStore();
    final StoredSeries stored;
    final ExecutionStore store;
    final PaperVenueStore paperStore;
    final PaperVenue paper;
    private final AtomicLong ids = new AtomicLong();
    private final Supplier<String> clientOrderIds = () -> "t" + ids.incrementAndGet();
    VenueRuntime venue;
    /** What the instances made from now on report to. */
    InstanceMonitor monitor = InstanceMonitor.NONE;

    PaperFixture() {
        this(new InMemoryExecutionStore(), new InMemoryPaperVenueStore());
    }

    /** A fixture on existing stores: the service started again, its paper venue resumed from {@code paperStore}. */
    PaperFixture(ExecutionStore store, PaperVenueStore paperStore) {
        this(store, paperStore, WALK);
    }

    /** A fixture replaying the candles of {@code csv} (a test resource in the walk's format). */
    PaperFixture(Path csv) {
        this(new InMemoryExecutionStore(), new InMemoryPaperVenueStore(), csv);
    }

    private PaperFixture(ExecutionStore store, PaperVenueStore paperStore, Path csv) {
        this.store = store;
        this.paperStore = paperStore;
        this.paper = PaperVenueFactory.open(paperStore, Map.of(SYMBOL, INSTRUMENT),
                Map.of("main", Map.of("USD", new BigDecimal("10000"))), BigDecimal.ZERO, BigDecimal.ZERO);
        CsvFormat.OHLCV.importInto(candles, csv, KEY);
        this.stored = candles.describe(KEY).orElseThrow();
        MonitoredGateway gateway = new MonitoredGateway(paper.gateway(), InstanceMonitor.NONE);
        ExecutionService execution = new ExecutionService(gateway, store, Map.of(SYMBOL, INSTRUMENT), RiskConfig.none(),
                new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), Clock.systemUTC(),
                        () -> "r" + System.identityHashCode(this) + "-" + clientOrderIds.get()));
        execution.start();
        this.venue = new VenueRuntime(PaperVenue.NAME, execution, paper, gateway);
    }

    ExecutionService execution() {
        return venue.execution();
    }

    /** An instance replaying the candles at one a second from the 40th, warmed up on those before. */
    LiveInstance instance(String id, Strategy strategy, Map<String, BigDecimal> budget, int maxFailures) {
        return instance(id, strategy, budget, maxFailures, BigDecimal.ONE, new SharedReplayPace());
    }

    /** An instance replaying at {@code candlesPerSecond} at {@code pace}, shared with the instances it is ticked with. */
    LiveInstance instance(String id, Strategy strategy, Map<String, BigDecimal> budget, int maxFailures,
            BigDecimal candlesPerSecond, SharedReplayPace pace) {
        Instant from = stored.first().plus(Duration.ofMinutes(40));
        InstanceSpec spec = new InstanceSpec(id, strategy, StrategyParameters.of(strategy, Map.of()), PaperVenue.NAME,
                InstanceSpec.REPLAY, null, null, INSTRUMENT, Resolution.M1, "main", budget, RiskLimits.none(), KEY, from,
                candlesPerSecond, null, 5_000, MarketRecording.NONE);
        ReplayFeed feed = new ReplayFeed(candles.read(KEY, stored.first(), stored.last().plus(Duration.ofMinutes(1))),
                paper.market(SYMBOL), Resolution.M1, Clock.systemUTC(), KEY.toString(), from, candlesPerSecond, null, pace);
        LiveInstance instance = new LiveInstance(spec, venue, feed,
                new TickGate(maxFailures, Duration.ofMillis(1), Duration.ofMillis(1)), monitor,
                Clock.systemUTC(), clientOrderIds);
        instance.start(START);
        return instance;
    }

    /** Ticks the instances in turn, each tick playing one candle (one second of replay apart). */
    static void tick(int seconds, LiveInstance... instances) {
        for (int s = 1; s <= seconds; s++) {
            Instant at = START.plusSeconds(s);
            for (LiveInstance instance : instances) {
                instance.tick(at, at);
            }
        }
    }
}
