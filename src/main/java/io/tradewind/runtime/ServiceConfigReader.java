package io.tradewind.runtime;

import io.quarkus.runtime.configuration.DurationConverter;
import io.tradewind.backtest.BacktestSpecReader;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.InstantOrDate;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.TradingSession;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.execution.RiskLimits;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.live.InstanceSpec;
import io.tradewind.live.MarketRecording;
import io.tradewind.live.PaperVenue;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.ImportIfMissing;
import io.tradewind.persistence.TradingSessionsText;
import io.tradewind.service.ordersapi.OrdersApiService;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Checks the service's configuration before anything runs: every problem becomes one
 * {@link ServiceConfigException} naming its property (an unknown plugin, parameters out of range,
 * an unknown venue, symbol or account, a budget in an asset the instrument does not trade, no
 * stored candles for a replay, a connector that does not answer). Live venues' instruments come
 * from their connectors, asked once each.
 */
final class ServiceConfigReader {

    private static final Logger LOG = Logger.getLogger(ServiceConfigReader.class);
    static final String PREFIX = "tradewind.strategies.";
    private static final String RISK_MAX_NOTIONAL = "max_notional";
    private static final String RISK_MAX_POSITION = "max_position";
    private static final String RISK_MAX_OPEN_ORDERS = "max_open_orders";
    private static final String RISK_DAILY_LOSS = "daily_loss";
    private static final Set<String> RISK_KEYS = Set.of(RISK_MAX_NOTIONAL, RISK_MAX_POSITION, RISK_MAX_OPEN_ORDERS,
            RISK_DAILY_LOSS);
    private static final int DEFAULT_SERIES_BARS = 5_000;
    private static final String DEFAULT_PAPER_ACCOUNT = "main";

    private final Function<String, Strategy> plugins;
    private final CandleStore candles;
    private final ConnectorCatalog connectors;
    private final Map<String, LiveVenuePlan> live = new TreeMap<>();
    private final Map<String, Venue> feeds = new TreeMap<>();

    /** @param plugins a fresh strategy of a plugin name; throws IllegalArgumentException naming the known ones */
    ServiceConfigReader(Function<String, Strategy> plugins, CandleStore candles, Connectors connectors) {
        this.plugins = plugins;
        this.candles = candles;
        this.connectors = new ConnectorCatalog(connectors);
    }

    ServicePlan read(ServiceConfig.Strategies strategies, ServiceConfig.Paper paper, ServiceConfig.Service service) {
        return read(strategies, paper, service, Map.of());
    }

    /**
     * @param walletVenues the venues the Orders API's users have wallets on, by the property naming
     *                     each: a connector among them is traded on live, as an instance's venue is
     */
    ServicePlan read(ServiceConfig.Strategies strategies, ServiceConfig.Paper paper, ServiceConfig.Service service,
            Map<String, String> walletVenues) {
        // the service's own settings first: an instance's replay may import its data file, and a
        // mistake found after that import would leave the candles written by a start that failed
        ConfigProblems problems = new ConfigProblems();
        Integer maxFailures = problems.read(() -> check("tradewind.service.max-failures", () -> {
            int value = wholeNumber(service.maxFailures(), "failed ticks such as 5");
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        }));
        Duration backOff = problems.read(() -> duration("tradewind.service.back-off", service.backOff(), "1s or 500ms"));
        BigDecimal slippage = problems.read(() -> slippage(paper));
        BigDecimal maxVolumeShare = problems.read(() -> check("tradewind.paper.max-volume-share",
                () -> share(paper.maxVolumeShare())));
        Boolean cancelOrdersOnStop = problems.read(() -> check("tradewind.service.cancel-orders-on-stop",
                () -> strictBoolean(service.cancelOrdersOnStop())));
        ConfigProblems instrumentProblems = new ConfigProblems();
        Map<String, Instrument> instruments = instruments(paper, instrumentProblems);
        Map<String, ServiceConfig.Instance> sorted = new TreeMap<>(strategies.all());
        // the paper accounts' assets are checked against the instruments, a venue feed's among them; with
        // an instrument in error or a feed venue that did not list its own, only the balances' own amounts
        // (an asset may be that instrument's; a venue down at start must stay a venue to wait for)
        boolean instrumentsRead = instrumentProblems.none();
        problems.addAll(instrumentProblems);
        if (instrumentsRead) {
            instrumentsRead = problems.read(() -> {
                sorted.forEach((id, instance) -> listFeedInstrument(id, instance, instruments));
                return Boolean.TRUE;
            }) != null;
        }
        Map<String, Map<String, BigDecimal>> accounts = accounts(paper, instrumentsRead ? instruments : null, problems);
        problems.throwIfAny();
        // instances that name a replay data-file first: they import it, and another instance replaying
        // the same candles need not name the file too
        Map<String, InstanceSpec> built = new TreeMap<>();
        sorted.forEach((id, instance) -> {
            if (instance.replay().dataFile().isPresent()) {
                built.put(id, problems.read(() -> instance(id, instance, instruments, accounts)));
            }
        });
        sorted.forEach((id, instance) -> {
            if (!built.containsKey(id)) {
                built.put(id, problems.read(() -> instance(id, instance, instruments, accounts)));
            }
        });
        problems.throwIfAny();
        List<InstanceSpec> instances = new ArrayList<>(built.values());
        checkSharedReplays(instances);
        warnOfBudgetsBeyondBalances(instances, accounts);
        new TreeMap<>(walletVenues).forEach(this::walletVenue);
        return new ServicePlan(instances, instruments, accounts, slippage, maxVolumeShare, maxFailures, backOff, cancelOrdersOnStop,
                live, feeds);
    }

    private static BigDecimal slippage(ServiceConfig.Paper paper) {
        BigDecimal slippage = check("tradewind.paper.slippage", () -> Decimals.parseNonNegative(paper.slippage(), "value"));
        String slippageProblem = BacktestSpecReader.slippageProblem(slippage);
        if (slippageProblem != null) {
            // every paper sell would be refused or fill at nothing, as a backtest's spec refuses it
            throw problem("tradewind.paper.slippage", slippageProblem);
        }
        return slippage;
    }

    /**
     * Paper trading on a venue's market data needs no instrument of its own: the paper venue
     * lists the feed venue's, unless {@code tradewind.paper.instruments} defines it.
     */
    private void listFeedInstrument(String id, ServiceConfig.Instance config, Map<String, Instrument> instruments) {
        Optional<String> feedVenue = config.feedVenue().map(String::trim);
        if (!config.venue().trim().equals(PaperVenue.NAME) || !config.feed().trim().equals(InstanceSpec.VENUE)
                || feedVenue.isEmpty() || !connectors.knows(feedVenue.get()) || config.symbol().isEmpty()
                || ConnectorCatalog.find(instruments.values(), config.symbol().get()) != null) {
            return;
        }
        Instrument listed = ConnectorCatalog.find(connectors.instruments(feedVenue.get(), PREFIX + id + ".feed-venue"),
                config.symbol().get());
        if (listed != null && !instruments.containsKey(listed.symbol())) {
            instruments.put(listed.symbol(), listed);
        }
    }

    /** The width of the store's strategy_instance columns (V1__execution.sql). */
    static final int MAX_INSTANCE_ID = 64;

    private InstanceSpec instance(String id, ServiceConfig.Instance config, Map<String, Instrument> instruments,
            Map<String, Map<String, BigDecimal>> accounts) {
        String p = PREFIX + id + ".";
        if (id.length() > MAX_INSTANCE_ID) {
            // the store keeps each order's instance in a column this wide: a longer id started, and then every order failed
            throw problem(PREFIX + id, "the instance id is " + id.length() + " characters long, and the store keeps at most "
                    + MAX_INSTANCE_ID + ": use a shorter id");
        }
        String pluginName = config.plugin().orElseThrow(() -> problem(p + "plugin", "is missing: name a strategy plugin, e.g. sma-crossover"));
        Strategy strategy = check(p + "plugin", () -> plugins.apply(pluginName));
        StrategyParameters parameters = check(p + "params", () -> StrategyParameters.of(strategy, config.params()));
        int warmup = check(p + "params", () -> StrategySetup.warmupBars(strategy, parameters)); // a throwing or absurd warm-up stops start-up
        String venue = config.venue().trim();
        boolean paper = venue.equals(PaperVenue.NAME);
        if (!paper && !connectors.knows(venue)) {
            throw problem(p + "venue", "unknown venue '" + venue + "' (venues: " + String.join(", ", venueNames()) + ")");
        }
        String feed = config.feed().trim();
        if (!feed.equals(InstanceSpec.REPLAY) && !feed.equals(InstanceSpec.VENUE)) {
            throw problem(p + "feed", "unknown feed '" + feed + "' (feeds: " + InstanceSpec.REPLAY + ", " + InstanceSpec.VENUE + ")");
        }
        String feedVenue = feedVenue(p, config, venue, paper, feed);
        MarketRecording recording = recording(p, config, feedVenue);
        String symbol = config.symbol().orElseThrow(() -> problem(p + "symbol", "is missing"));
        Instrument instrument = paper ? paperInstrument(p, symbol, instruments) : liveInstrument(p, venue, symbol);
        String feedSymbol = null;
        if (!paper) {
            connectors.require(p + "venue", venue, VenueCapability.PLACE, "place orders");
        }
        if (feedVenue != null) {
            String property = p + (feedVenue.equals(venue) ? "venue" : "feed-venue");
            connectors.require(property, feedVenue, VenueCapability.CANDLES, "serve candles for a venue feed");
            String feedSymbolProperty = p + (config.feedSymbol().isPresent() ? "feed-symbol" : "symbol");
            Instrument fed = connectors.instrument(feedSymbolProperty, property, feedVenue, config.feedSymbol().orElse(symbol));
            if (!fed.quote().equals(instrument.quote()) || !fed.base().equals(instrument.base())) {
                // a strategy sizes and prices its orders from the candles: a toman feed for a rial
                // market would buy ten times what it means to, at limit prices ten times too low
                throw problem(feedSymbolProperty, feedVenue + "'s " + fed.symbol() + " trades " + fed.base() + " for "
                        + fed.quote() + ", while " + instrument.symbol() + " at " + venue + " trades " + instrument.base()
                        + " for " + instrument.quote() + ": the strategy would decide on prices in another asset. "
                        + (paper ? "Give the paper instrument the feed's assets (tradewind.paper.instruments." + symbol
                                + ".base and .quote), or leave it out so that the paper venue lists the feed's"
                        : "Name a " + feedVenue + " market of " + instrument.base() + " priced in " + instrument.quote()
                                + " (feed-symbol), or another feed-venue that has one"));
            }
            feedSymbol = fed.symbol();
        }
        Resolution resolution = check(p + "resolution", () -> Resolution.parse(config.resolution()));
        String account = paper ? paperAccount(p, config, instrument, accounts) : liveAccount(p, config, venue);
        Map<String, BigDecimal> budget = new TreeMap<>();
        Map<String, String> budgetSetBy = new HashMap<>();
        new TreeMap<>(config.budget()).forEach((key, amount) -> {
            String property = p + "budget." + key;
            String asset = assetSpelling(List.of(instrument.base(), instrument.quote()), key);
            if (asset == null) {
                throw problem(property, instrument.symbol() + " trades " + instrument.base() + " for " + instrument.quote()
                        + ", not " + key);
            }
            once(budgetSetBy, asset, property);
            budget.put(asset, check(property, () -> Decimals.parsePositive(amount, "value")));
        });
        RiskLimits risk = risk(p + "risk.", config.risk());
        Duration tickInterval = config.tickInterval().map(text -> tickInterval(p + "tick-interval", text)).orElse(null);
        int seriesBars = config.seriesBars().map(text -> check(p + "series-bars", () -> {
            int bars = wholeNumber(text, "bars such as 5000");
            if (bars < 1 || bars > StrategySetup.MAX_SERIES_BARS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "must be from 1 to %,d bars, was %d",
                        StrategySetup.MAX_SERIES_BARS, bars));
            }
            return bars;
        })).orElse(DEFAULT_SERIES_BARS);
        // here, before any venue is opened: a start-up refused later would leave the paper venue written
        check(p + "series-bars", () -> {
            StrategySetup.checkSeriesHoldsWarmup(strategy, warmup, seriesBars);
            return null;
        });
        if (!paper) {
            live.computeIfAbsent(venue, v -> new LiveVenuePlan(v, connectors.venue(p + "venue", v), account, Map.of()));
            LiveVenuePlan plan = live.get(venue);
            Map<String, Instrument> traded = new TreeMap<>(plan.instruments());
            traded.put(instrument.symbol(), instrument);
            live.put(venue, new LiveVenuePlan(venue, plan.connector(), account, traded));
        }
        if (feedVenue != null) {
            feeds.put(feedVenue, connectors.venue(p + "feed-venue", feedVenue));
            return new InstanceSpec(id, strategy, parameters, venue, feed, feedVenue, feedSymbol, instrument, resolution,
                    account, budget, risk, null, null, null, tickInterval, seriesBars, recording);
        }
        ServiceConfig.Replay replay = config.replay();
        BigDecimal speed = check(p + "replay.candles-per-second",
                () -> Decimals.parsePositive(replay.candlesPerSecond(), "value"));
        SeriesKey key = replaySeries(replay.sourceVenue(), symbol, instrument, resolution);
        StoredSeries stored = stored(p, key, replay);
        Instant from = replay.from().map(text -> check(p + "replay.from", () -> instant(text))).orElse(stored.first());
        if (!from.isBefore(stored.last().plus(resolution.duration()))) {
            throw problem(p + "replay.from", "the stored " + key + " candles end at " + stored.last());
        }
        checkReplayOutlastsWarmup(p, strategy, warmup, key, stored);
        return new InstanceSpec(id, strategy, parameters, venue, feed, null, null, instrument, resolution, account, budget,
                risk, key, from, speed, tickInterval, seriesBars, recording);
    }

    /**
     * Replays of one paper symbol drive one simulated market, their candle walks taking turns:
     * replays of different candles, or of the same candles at different times or speeds, would
     * walk it back and forth between prices.
     */
    private static void checkSharedReplays(List<InstanceSpec> instances) {
        Map<String, InstanceSpec> firstBySymbol = new TreeMap<>();
        for (InstanceSpec spec : instances) {
            if (!spec.venue().equals(PaperVenue.NAME) || spec.replaySeries() == null) {
                continue;
            }
            InstanceSpec first = firstBySymbol.putIfAbsent(spec.instrument().symbol(), spec);
            if (first == null) {
                continue;
            }
            sameReplay(spec, first, "replay.source-venue", spec.replaySeries().venue(), first.replaySeries().venue());
            sameReplay(spec, first, "resolution", spec.resolution().label(), first.resolution().label());
            sameReplay(spec, first, "replay.from", spec.replayFrom().toString(), first.replayFrom().toString());
            sameReplay(spec, first, "replay.candles-per-second", spec.candlesPerSecond().stripTrailingZeros().toPlainString(),
                    first.candlesPerSecond().stripTrailingZeros().toPlainString());
        }
    }

    private static void sameReplay(InstanceSpec spec, InstanceSpec first, String key, String value, String firstValue) {
        if (!value.equals(firstValue)) {
            throw problem(PREFIX + spec.id() + "." + key, value + ", but instance " + first.id() + " replays "
                    + spec.instrument().symbol() + " on the paper venue with " + firstValue + ": replays of one paper"
                    + " symbol share its simulated market, so give them the same " + key);
        }
    }

    /** What the instance records of its venue's market: only a venue feed records, and only what the venue serves. */
    private MarketRecording recording(String p, ServiceConfig.Instance config, String feedVenue) {
        if (config.record().isEmpty() || config.record().get().isBlank()) {
            return MarketRecording.NONE;
        }
        String property = p + "record";
        if (feedVenue == null) {
            throw problem(property, "only a venue feed records market data: set " + p + "feed=" + InstanceSpec.VENUE
                    + ", or record with 'data record'");
        }
        boolean depth = false;
        boolean trades = false;
        for (String part : config.record().get().split(",")) {
            switch (part.trim()) {
                case "depth" -> depth = true;
                case "trades" -> trades = true;
                default -> throw problem(property, "unknown '" + part.trim() + "': record depth, trades or depth,trades");
            }
        }
        if (depth) {
            connectors.require(property, feedVenue, VenueCapability.DEPTH, "serve depth to record");
        }
        if (trades) {
            connectors.require(property, feedVenue, VenueCapability.RECENT_TRADES, "serve public trades to record");
        }
        return new MarketRecording(depth, trades);
    }

    /**
     * A connector an Orders API user has a wallet on, and no instance trades on: traded on live,
     * with every instrument it lists.
     */
    private void walletVenue(String property, String venue) {
        if (venue.equals(PaperVenue.NAME) || live.containsKey(venue)) {
            return;
        }
        if (!connectors.knows(venue)) {
            throw problem(property, "unknown venue '" + venue + "' (venues: " + String.join(", ", venueNames()) + ")");
        }
        connectors.require(property, venue, VenueCapability.PLACE, "place orders");
        Map<String, Instrument> listed = new TreeMap<>();
        connectors.instruments(venue, property).forEach(instrument -> listed.put(instrument.symbol(), instrument));
        live.put(venue, new LiveVenuePlan(venue, connectors.venue(property, venue), connectors.account(venue), listed));
    }

    /** The connector whose market data a {@code venue} feed reads, or null for a replay. */
    private String feedVenue(String p, ServiceConfig.Instance config, String venue, boolean paper, String feed) {
        Optional<String> named = config.feedVenue().map(String::trim);
        if (feed.equals(InstanceSpec.REPLAY)) {
            if (!paper) {
                throw problem(p + "feed", "a live instance on " + venue + " trades on the venue's own market data: set "
                        + p + "feed=" + InstanceSpec.VENUE);
            }
            if (named.isPresent()) {
                throw problem(p + "feed-venue", "only a venue feed reads a connector: set " + p + "feed=" + InstanceSpec.VENUE
                        + " or remove this line");
            }
            return null;
        }
        if (!paper && named.isEmpty()) {
            return venue;
        }
        String id = named.orElseThrow(() -> problem(p + "feed-venue", "is missing: paper trading on live data names the"
                + " connector whose market data the paper venue fills against (connectors: " + connectors.names() + ")"));
        if (!connectors.knows(id)) {
            throw problem(p + "feed-venue", "unknown connector '" + id + "' (connectors: " + connectors.names() + ")");
        }
        return id;
    }

    private static Instrument paperInstrument(String p, String symbol, Map<String, Instrument> instruments) {
        Instrument instrument = ConnectorCatalog.find(instruments.values(), symbol);
        if (instrument == null) {
            throw problem(p + "symbol", "the paper venue lists no " + symbol + " (instruments: "
                    + String.join(", ", instruments.keySet()) + "); define tradewind.paper.instruments." + symbol + ".tick and .step");
        }
        return instrument;
    }

    private Instrument liveInstrument(String p, String venue, String symbol) {
        return connectors.instrument(p + "symbol", p + "venue", venue, symbol);
    }

    private static String paperAccount(String p, ServiceConfig.Instance config, Instrument instrument,
            Map<String, Map<String, BigDecimal>> accounts) {
        String account = config.account().map(String::trim).orElse(DEFAULT_PAPER_ACCOUNT);
        if (!accounts.containsKey(account)) {
            throw problem(p + "account", "no paper account '" + account + "'; give it a starting balance, e.g."
                    + " tradewind.paper.accounts." + account + ".balance." + instrument.quote() + "=10000");
        }
        return account;
    }

    private String liveAccount(String p, ServiceConfig.Instance config, String venue) {
        String account = connectors.account(venue);
        if (config.account().isPresent() && !config.account().get().trim().equals(account)) {
            throw problem(p + "account", "a live instance trades in its venue's account, '" + account
                    + "' (tradewind.venues." + venue + ".account): remove this line or set that property");
        }
        return account;
    }

    private List<String> venueNames() {
        List<String> names = new ArrayList<>();
        names.add(PaperVenue.NAME);
        names.addAll(connectors.ids());
        return names;
    }

    /**
     * The stored candles a replay plays: under the instrument's own spelling of its symbol, so that
     * {@code btc-usd} in the configuration replays (and imports its data file as) the BTC-USD candles
     * its orders are kept under; a series stored under the configured spelling only is still found.
     */
    private SeriesKey replaySeries(String venue, String configured, Instrument instrument, Resolution resolution) {
        SeriesKey canonical = new SeriesKey(venue, instrument.symbol(), resolution);
        if (candles.describe(canonical).isPresent()) {
            return canonical;
        }
        SeriesKey asWritten = new SeriesKey(venue, configured.trim(), resolution);
        if (!asWritten.equals(canonical) && candles.describe(asWritten).isPresent()) {
            return asWritten;
        }
        // the candles of this market stored in other letter case (imported as btc-usd): the store keeps one spelling
        return candles.list().stream().map(StoredSeries::key)
                .filter(stored -> stored.resolution() == resolution && stored.sameMarketButForCase(canonical))
                .findFirst().orElse(canonical);
    }

    private StoredSeries stored(String p, SeriesKey key, ServiceConfig.Replay replay) {
        Optional<StoredSeries> stored = candles.describe(key);
        if (stored.isPresent()) {
            replay.dataFile().ifPresent(file -> sayFileNotRead(p + "replay.data-file", Path.of(file), stored.get()));
            return stored.get();
        }
        if (replay.dataFile().isEmpty()) {
            throw problem(p + "symbol", "no " + key + " candles are stored: import them with 'data import FILE --venue "
                    + key.venue() + " --symbol " + key.symbol() + " --resolution " + key.resolution().label() + "', or name a"
                    + " file in " + p + "replay.data-file");
        }
        Path file = Path.of(replay.dataFile().get());
        CsvFormat named = replay.dataFormat().equals("auto") ? null
                : check(p + "replay.data-format", () -> formatNamed(replay.dataFormat()));
        ImportIfMissing.Ensured ensured = check(p + "replay.data-file", () -> ImportIfMissing.ensure(candles, key, file, named));
        LOG.infof("imported %,d %s candles from %s", ensured.stored().count(), key, file);
        return ensured.stored();
    }

    /**
     * A replay is as long as its stored candles: one that cannot hold the strategy's warm-up and a
     * candle after it would play to its end without a decision, and no word said (a backtest of
     * the same candles refuses to run).
     */
    private static void checkReplayOutlastsWarmup(String p, Strategy strategy, int warmup, SeriesKey key, StoredSeries stored) {
        // the whole series is all a replay has, wherever it starts: it must hold the warm-up and a candle to
        // decide on (counted in candles, gaps left out); read from the series' description, no candle is read
        if (stored.count() <= warmup) {
            throw problem(p + "params", strategy.name() + " declares a warm-up of " + warmup + " bars, but " + key + " holds "
                    + stored.count() + " candles (" + stored.first() + " to " + stored.last() + ") and the replay needs "
                    + (warmup + 1) + ", its warm-up and one to decide on: the instance would never decide; store more"
                    + " candles or declare a shorter warm-up");
        }
    }

    /**
     * A data-file is read only while its series is not stored: said at each start, or an operator who
     * pointed it at a new file (or mistyped its name) would believe the replay plays that file.
     */
    private static void sayFileNotRead(String property, Path file, StoredSeries stored) {
        if (Files.isRegularFile(file)) {
            LOG.infof("replaying the stored %s (%,d candles); %s %s is imported only while that series is not stored"
                    + " ('data import' it to replace them)", stored.key(), stored.count(), property, file);
        } else {
            LOG.warnf("%s names %s, which %s; the stored %s (%,d candles) is replayed, as a data-file is imported only"
                    + " while its series is not stored", property, file, Files.isDirectory(file) ? "is a directory"
                    : "does not exist", stored.key(), stored.count());
        }
    }

    /** A share of a candle's volume: 0 (no limit) to 1. */
    private static BigDecimal share(String text) {
        BigDecimal share = Decimals.parseNonNegative(text, "value");
        if (share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(share.toPlainString() + " is more than a whole candle's volume; give a share"
                    + " from 0 (no limit) to 1");
        }
        return share;
    }

    private static CsvFormat formatNamed(String name) {
        try {
            return CsvFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", or auto (told by the file's first row)");
        }
    }

    private static RiskLimits risk(String prefix, Map<String, String> given) {
        Map<String, String> values = riskKeysAsWritten(given);
        for (String key : values.keySet()) {
            if (!RISK_KEYS.contains(key)) {
                throw problem(prefix + key, "unknown risk limit (limits: " + String.join(", ", new TreeMap<>(
                        Map.of(RISK_MAX_NOTIONAL, 0, RISK_MAX_POSITION, 0, RISK_MAX_OPEN_ORDERS, 0, RISK_DAILY_LOSS, 0)).keySet())
                        + ")");
            }
        }
        Function<String, BigDecimal> positive = key -> values.containsKey(key)
                ? check(prefix + key, () -> Decimals.parsePositive(values.get(key), "value")) : null;
        Integer maxOpenOrders = values.containsKey(RISK_MAX_OPEN_ORDERS) ? check(prefix + RISK_MAX_OPEN_ORDERS, () -> {
            int value = wholeNumber(values.get(RISK_MAX_OPEN_ORDERS), "orders such as 5");
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        }) : null;
        return new RiskLimits(positive.apply(RISK_MAX_NOTIONAL), positive.apply(RISK_MAX_POSITION), maxOpenOrders, null,
                positive.apply(RISK_DAILY_LOSS), false, false);
    }

    /** The paper instruments; one with a mistake is left out, each of its mistakes kept in {@code problems}. */
    private static Map<String, Instrument> instruments(ServiceConfig.Paper paper, ConfigProblems problems) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        new TreeMap<>(paper.instruments()).forEach((symbol, config) -> {
            String p = "tradewind.paper.instruments." + symbol + ".";
            String[] assets = symbol.split("[-/_]");
            String base = config.base().orElse(assets.length == 2 ? assets[0] : null);
            String quote = config.quote().orElse(assets.length == 2 ? assets[1] : null);
            if (base == null || quote == null) {
                problems.add(problem(p + "base", symbol + " is not BASE-QUOTE: give " + p + "base and " + p + "quote"));
                return;
            }
            ConfigProblems own = new ConfigProblems();
            BigDecimal tick = own.read(() -> check(p + "tick", () -> Decimals.parsePositive(config.tick().orElse(null), "value")));
            BigDecimal step = own.read(() -> check(p + "step", () -> Decimals.parsePositive(config.step().orElse(null), "value")));
            BigDecimal min = step == null && config.min().isEmpty() ? null : own.read(() -> check(p + "min",
                    () -> Decimals.parsePositive(config.min().orElseGet(step::toPlainString), "value")));
            BigDecimal maker = own.read(() -> check(p + "maker-fee", () -> fee(config.makerFee())));
            BigDecimal taker = own.read(() -> check(p + "taker-fee", () -> fee(config.takerFee())));
            InstrumentStatus status = own.read(() -> check(p + "status", () -> InstrumentStatus.fromWire(config.status().trim())));
            BigDecimal maxQuantity = config.maxQuantity().map(text -> own.read(() -> check(p + "max-quantity",
                    () -> Decimals.parsePositive(text, "value")))).orElse(null);
            BigDecimal priceBand = config.priceBand().map(text -> own.read(() -> check(p + "price-band",
                    () -> Decimals.parsePositive(text, "value")))).orElse(null);
            List<TradingSession> sessions = config.sessions().map(text -> own.read(() -> sessions(p + "sessions", text)))
                    .orElse(List.of());
            if (own.none()) {
                Instrument instrument = problems.read(() -> check(p + "tick", () -> new Instrument(symbol, base, quote, tick,
                        step, min, null, maxQuantity, maker, taker, status, sessions, priceBand, 0)));
                if (instrument != null) {
                    instruments.put(symbol, instrument);
                }
            }
            problems.addAll(own);
        });
        return instruments;
    }

    /**
     * Budgets are each instance's own limit, not money set aside: where the paper instances of one
     * account count on more than its configured balance, whichever orders first takes what the
     * others count on. Allowed (budgets as caps), but said once at start.
     */
    private static void warnOfBudgetsBeyondBalances(List<InstanceSpec> instances, Map<String, Map<String, BigDecimal>> accounts) {
        Map<String, List<InstanceSpec>> byAccount = new TreeMap<>();
        instances.stream().filter(i -> i.venue().equals(PaperVenue.NAME))
                .forEach(i -> byAccount.computeIfAbsent(i.account(), a -> new ArrayList<>()).add(i));
        byAccount.forEach((account, sharing) -> {
            Set<String> assets = new TreeSet<>();
            sharing.forEach(i -> assets.addAll(i.budget().keySet()));
            for (String asset : assets) {
                List<InstanceSpec> budgeted = sharing.stream().filter(i -> i.budget().containsKey(asset)).toList();
                List<InstanceSpec> unbudgeted = sharing.stream().filter(i -> !i.budget().containsKey(asset)).toList();
                String budgets = budgeted.stream().map(i -> PREFIX + i.id() + ".budget." + asset).collect(Collectors.joining(" and "));
                if (!unbudgeted.isEmpty()) {
                    LOG.warnf("%s %s no budget.%s on paper account %s, which %s counts on: without one an instance may"
                            + " use the whole balance", unbudgeted.stream().map(i -> PREFIX + i.id()).collect(
                                    Collectors.joining(" and ")), unbudgeted.size() == 1 ? "has" : "have", asset, account,
                            budgets);
                    continue;
                }
                BigDecimal total = budgeted.stream().map(i -> i.budget().get(asset)).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal balance = accounts.getOrDefault(account, Map.of()).getOrDefault(asset, BigDecimal.ZERO);
                if (total.compareTo(balance) > 0) {
                    LOG.warnf("%s %s %s, more than the %s %s paper account %s is configured with: %s", budgets,
                            budgeted.size() == 1 ? "is" : "add up to", total.toPlainString() + " " + asset,
                            balance.toPlainString(), asset, account, budgeted.size() == 1
                                    ? "the account runs out before the budget does"
                                    : "whichever instance orders first may take what the others count on");
                }
            }
        });
    }

    /**
     * The risk limits by their written names. An environment variable loses its underscores to dots
     * ({@code TRADEWIND_STRATEGIES_DEMO_RISK_DAILY_LOSS} arrives as {@code risk.daily.loss}), which
     * stopped start-up as an unknown limit; read so, it overrides the same limit from a file, as the
     * environment does every setting.
     */
    private static Map<String, String> riskKeysAsWritten(Map<String, String> given) {
        Map<String, String> written = new TreeMap<>();
        given.forEach((key, value) -> {
            String name = key.replace('.', '_').replace('-', '_');
            if (name.equals(key)) {
                written.putIfAbsent(name, value);
            } else {
                written.put(name, value);
            }
        });
        return written;
    }

    /** @throws IllegalArgumentException "must be a whole number of WHAT, was 'TEXT'" (not Java's "For input string") */
    private static int wholeNumber(String text, String what) {
        try {
            return Decimals.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number of " + what + ", was '" + text + "'");
        }
    }

    /** A fee rate: checked here, so that the message names its property and not the instrument's tick. */
    private static BigDecimal fee(String text) {
        BigDecimal fee = Decimals.parseNonNegative(text, "value");
        if (fee.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("must be a fraction below 1, e.g. 0.001 for 0.1 %, was " + fee.toPlainString());
        }
        return fee;
    }

    /**
     * The paper accounts' balances, each mistake kept in {@code problems}; an asset no instrument
     * trades is one only where every instrument could be read ({@code instruments} not null).
     */
    private static Map<String, Map<String, BigDecimal>> accounts(ServiceConfig.Paper paper,
            Map<String, Instrument> instruments, ConfigProblems problems) {
        Set<String> assets = new TreeSet<>();
        if (instruments != null) {
            instruments.values().forEach(i -> {
                assets.add(i.base());
                assets.add(i.quote());
            });
        }
        Map<String, Map<String, BigDecimal>> accounts = new LinkedHashMap<>();
        new TreeMap<>(paper.accounts()).forEach((name, account) -> {
            Map<String, BigDecimal> balances = new TreeMap<>();
            Map<String, String> setBy = new HashMap<>();
            new TreeMap<>(account.balance()).forEach((key, amount) -> {
                String property = "tradewind.paper.accounts." + name + ".balance." + key;
                String asset = instruments == null ? key : assetSpelling(assets, key);
                BigDecimal balance = problems.read(() -> {
                    if (asset == null) {
                        throw problem(property, "no paper instrument trades " + key + " (" + (assets.isEmpty()
                                ? "none is configured" : "assets: " + String.join(", ", assets)) + "): configure one under"
                                + " tradewind.paper.instruments.<BASE-QUOTE> with its .tick and .step");
                    }
                    once(setBy, asset, property);
                    return check(property, () -> Decimals.parseNonNegative(amount, "value"));
                });
                if (balance != null) {
                    balances.put(asset, balance);
                }
            });
            accounts.put(name, balances);
        });
        return accounts;
    }

    /**
     * The instruments' spelling of the asset a key names in any letter case, or null if none trades
     * it: the environment gives a key that no file has in lower case (TRADEWIND_STRATEGIES_DEMO_BUDGET_BTC
     * arrives as budget.btc). The exact spelling first, should two assets differ only in case.
     */
    private static String assetSpelling(Collection<String> assets, String key) {
        if (assets.contains(key)) {
            return key;
        }
        return assets.stream().filter(asset -> asset.equalsIgnoreCase(key)).findFirst().orElse(null);
    }

    /**
     * Refuses a second key for one asset (balance.USD and balance.usd, say in a file and a -D
     * property): which amount was meant is not known, and the map's order would pick one.
     */
    private static void once(Map<String, String> setBy, String asset, String property) {
        String earlier = setBy.putIfAbsent(asset, property);
        if (earlier != null) {
            throw problem(property, "sets " + asset + ", as " + earlier + " does: keep one of the two");
        }
    }

    private static List<TradingSession> sessions(String property, String text) {
        try {
            return TradingSessionsText.parse(text.trim());
        } catch (RuntimeException e) {
            throw problem(property, "'" + text + "' is not a list of trading windows such as"
                    + " 'SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran;MONDAY 10:00 11:00 UTC'");
        }
    }

    /**
     * The execution service's timings, read by Quarkus as durations of any sign: a negative grace
     * would close every order still on its way to the venue as never placed, and a reconciliation
     * interval of zero or less cannot be scheduled.
     */
    static void checkExecution(Duration reconcileInterval, Duration notPlacedGrace) {
        if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
            throw problem("tradewind.execution.reconcile-interval", "must be a positive duration such as 5s, was "
                    + asWritten(reconcileInterval));
        }
        if (notPlacedGrace.isNegative()) {
            throw problem("tradewind.execution.not-placed-grace", "must not be negative (30s is the default), was "
                    + asWritten(notPlacedGrace));
        }
    }

    /** A duration as a configuration writes it ({@code -5s}, {@code 250ms}), not as Java prints it ({@code PT-5S}). */
    private static String asWritten(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /**
     * Limits under {@code tradewind.execution.strategies."<id>"} for an instance no
     * {@code tradewind.strategies.<id>} configures (a misspelt id) would hold nothing without a word:
     * refused, but for an Orders API user's orders ({@code orders-api:<user-id>}).
     */
    static void checkLimitedInstances(Collection<String> limited, Collection<String> instanceIds) {
        Set<String> ids = new TreeSet<>(instanceIds);
        for (String id : new TreeSet<>(limited)) {
            if (!ids.contains(id) && !OrdersApiService.placedByAUser(id)) {
                throw problem("tradewind.execution.strategies.\"" + id + "\"", "no strategy instance '" + id
                        + "' is configured (instances: " + (ids.isEmpty() ? "none" : String.join(", ", ids))
                        + "; an Orders API user's orders are limited as \"" + OrdersApiService.PLACED_BY
                        + "<user-id>\"): correct the id or remove its lines");
            }
        }
    }

    /** true or false and nothing else: read as a plain boolean, a misspelt "ture" would quietly mean false. */
    static boolean strictBoolean(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, was '" + text + "'");
        };
    }

    /** @param examples what a valid value looks like, e.g. "1s or 500ms" */
    private static Duration duration(String property, String text, String examples) {
        return check(property, () -> {
            Duration value;
            try {
                value = DurationConverter.parseDuration(text.trim());
            } catch (IllegalArgumentException | DateTimeParseException notADuration) {
                // the converter's own message is the parser's exception: the check below says what is expected
                value = null;
            }
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("must be a positive duration such as " + examples + ", was '" + text + "'");
            }
            return value;
        });
    }

    /** Quarkus' scheduler runs a job at most once a second: a shorter period ran late with its own warning. */
    private static Duration tickInterval(String property, String text) {
        Duration interval = duration(property, text, "5s or 1m");
        return check(property, () -> {
            if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("must be at least 1s (the scheduler ticks at most once a second; a faster"
                        + " replay plays several candles per tick), was '" + text + "'");
            }
            return interval;
        });
    }

    /** A bare date is its first instant in UTC, as a backtest spec's {@code from} reads it: a spec's range copied here starts. */
    private static Instant instant(String text) {
        try {
            return InstantOrDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 UTC time such as 2013-11-25T01:00:00Z,"
                    + " or a date such as 2013-11-25");
        }
    }

    interface Check<T> {
        T get();
    }

    /** Runs a parse, naming {@code property} in whatever it throws. */
    static <T> T check(String property, Check<T> parse) {
        try {
            return parse.get();
        } catch (ServiceConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw problem(property, message.startsWith("value ") ? message.substring("value ".length()) : message);
        }
    }

    static ServiceConfigException problem(String property, String message) {
        return new ServiceConfigException(property + ": " + message);
    }
}
