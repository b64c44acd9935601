package io.tradewind.runtime;

import io.quarkus.runtime.configuration.DurationConverter;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.execution.RiskLimits;
import io.tradewind.live.InstanceSpec;
import io.tradewind.live.PaperVenue;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.ImportIfMissing;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Checks the service's configuration before anything runs: every problem becomes one
 * {@link ServiceConfigException} naming its property (an unknown plugin, parameters out of range,
 * an unknown venue, symbol or account, a budget in an asset the instrument does not trade, no
 * stored candles for a replay).
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

    private final Function<String, Strategy> plugins;
    private final CandleStore candles;

    /** @param plugins a fresh strategy of a plugin name; throws IllegalArgumentException naming the known ones */
    ServiceConfigReader(Function<String, Strategy> plugins, CandleStore candles) {
        this.plugins = plugins;
        this.candles = candles;
    }

    ServicePlan read(ServiceConfig.Strategies strategies, ServiceConfig.Paper paper, ServiceConfig.Service service) {
        Map<String, Instrument> instruments = instruments(paper);
        Map<String, Map<String, BigDecimal>> accounts = accounts(paper, instruments);
        List<InstanceSpec> instances = new ArrayList<>();
        new TreeMap<>(strategies.all()).forEach((id, instance) -> instances.add(
                instance(id, instance, instruments, accounts)));
        int maxFailures = check("tradewind.service.max-failures", () -> {
            int value = Integer.parseInt(service.maxFailures().trim());
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        });
        Duration backOff = duration("tradewind.service.back-off", service.backOff());
        BigDecimal slippage = check("tradewind.paper.slippage",
                () -> Decimals.parseNonNegative(paper.slippage(), "value"));
        return new ServicePlan(instances, instruments, accounts, slippage, maxFailures, backOff,
                service.cancelOrdersOnStop());
    }

    private InstanceSpec instance(String id, ServiceConfig.Instance config, Map<String, Instrument> instruments,
            Map<String, Map<String, BigDecimal>> accounts) {
        String p = PREFIX + id + ".";
        String pluginName = config.plugin().orElseThrow(() -> problem(p + "plugin", "is missing: name a strategy plugin, e.g. sma-crossover"));
        Strategy strategy = check(p + "plugin", () -> plugins.apply(pluginName));
        StrategyParameters parameters = check(p + "params", () -> StrategyParameters.of(strategy, config.params()));
        if (!config.venue().equals(PaperVenue.NAME)) {
            throw problem(p + "venue", "unknown venue '" + config.venue() + "' (venues: " + PaperVenue.NAME
                    + "; live connectors come later)");
        }
        if (!config.feed().equals("replay")) {
            throw problem(p + "feed", "unknown feed '" + config.feed() + "' (feeds: replay)");
        }
        String symbol = config.symbol().orElseThrow(() -> problem(p + "symbol", "is missing"));
        Instrument instrument = instruments.get(symbol);
        if (instrument == null) {
            throw problem(p + "symbol", "the paper venue lists no " + symbol + " (instruments: "
                    + String.join(", ", instruments.keySet()) + "); define tradewind.paper.instruments." + symbol + ".tick and .step");
        }
        Resolution resolution = check(p + "resolution", () -> Resolution.parse(config.resolution()));
        if (!accounts.containsKey(config.account())) {
            throw problem(p + "account", "no paper account '" + config.account() + "'; give it a starting balance, e.g."
                    + " tradewind.paper.accounts." + config.account() + ".balance." + instrument.quote() + "=10000");
        }
        Map<String, BigDecimal> budget = new TreeMap<>();
        config.budget().forEach((asset, amount) -> {
            String property = p + "budget." + asset;
            if (!asset.equals(instrument.base()) && !asset.equals(instrument.quote())) {
                throw problem(property, symbol + " trades " + instrument.base() + " for " + instrument.quote() + ", not " + asset);
            }
            budget.put(asset, check(property, () -> Decimals.parsePositive(amount, "value")));
        });
        RiskLimits risk = risk(p + "risk.", config.risk());
        ServiceConfig.Replay replay = config.replay();
        BigDecimal speed = check(p + "replay.candles-per-second",
                () -> Decimals.parsePositive(replay.candlesPerSecond(), "value"));
        Duration tickInterval = config.tickInterval().map(text -> duration(p + "tick-interval", text)).orElse(null);
        int seriesBars = config.seriesBars().map(text -> check(p + "series-bars", () -> Integer.parseInt(text.trim())))
                .orElse(DEFAULT_SERIES_BARS);
        SeriesKey key = new SeriesKey(replay.sourceVenue(), symbol, resolution);
        StoredSeries stored = stored(p, key, replay);
        Instant from = replay.from().map(text -> check(p + "replay.from", () -> instant(text))).orElse(stored.first());
        if (!from.isBefore(stored.last().plus(resolution.duration()))) {
            throw problem(p + "replay.from", "the stored " + key + " candles end at " + stored.last());
        }
        return new InstanceSpec(id, strategy, parameters, config.venue(), instrument, resolution, config.account(), budget,
                risk, key, from, speed, tickInterval, seriesBars);
    }

    private StoredSeries stored(String p, SeriesKey key, ServiceConfig.Replay replay) {
        Optional<StoredSeries> stored = candles.describe(key);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (replay.dataFile().isEmpty()) {
            throw problem(p + "symbol", "no " + key + " candles are stored: import them with 'data import FILE --venue "
                    + key.venue() + " --symbol " + key.symbol() + " --resolution " + key.resolution().label() + "', or name a"
                    + " file in " + p + "replay.data-file");
        }
        Path file = Path.of(replay.dataFile().get());
        ImportIfMissing.Ensured ensured = check(p + "replay.data-file", () -> ImportIfMissing.ensure(candles, key, file,
                replay.dataFormat().equals("auto") ? CsvFormat.detect(file) : CsvFormat.parse(replay.dataFormat())));
        LOG.infof("imported %,d %s candles from %s", ensured.stored().count(), key, file);
        return ensured.stored();
    }

    private static RiskLimits risk(String prefix, Map<String, String> values) {
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
            int value = Integer.parseInt(values.get(RISK_MAX_OPEN_ORDERS).trim());
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        }) : null;
        return new RiskLimits(positive.apply(RISK_MAX_NOTIONAL), positive.apply(RISK_MAX_POSITION), maxOpenOrders, null,
                positive.apply(RISK_DAILY_LOSS), false, false);
    }

    private static Map<String, Instrument> instruments(ServiceConfig.Paper paper) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        new TreeMap<>(paper.instruments()).forEach((symbol, config) -> {
            String p = "tradewind.paper.instruments." + symbol + ".";
            String[] assets = symbol.split("[-/_]");
            String base = config.base().orElse(assets.length == 2 ? assets[0] : null);
            String quote = config.quote().orElse(assets.length == 2 ? assets[1] : null);
            if (base == null || quote == null) {
                throw problem(p + "base", symbol + " is not BASE-QUOTE: give " + p + "base and " + p + "quote");
            }
            BigDecimal tick = check(p + "tick", () -> Decimals.parsePositive(config.tick().orElse(null), "value"));
            BigDecimal step = check(p + "step", () -> Decimals.parsePositive(config.step().orElse(null), "value"));
            BigDecimal min = check(p + "min", () -> Decimals.parsePositive(config.min().orElse(step.toPlainString()), "value"));
            BigDecimal maker = check(p + "maker-fee", () -> Decimals.parseNonNegative(config.makerFee(), "value"));
            BigDecimal taker = check(p + "taker-fee", () -> Decimals.parseNonNegative(config.takerFee(), "value"));
            instruments.put(symbol, check(p + "tick", () -> new Instrument(symbol, base, quote, tick, step, min, null, null,
                    maker, taker, InstrumentStatus.ACTIVE, List.of(), null, 0)));
        });
        return instruments;
    }

    private static Map<String, Map<String, BigDecimal>> accounts(ServiceConfig.Paper paper,
            Map<String, Instrument> instruments) {
        Set<String> assets = new java.util.TreeSet<>();
        instruments.values().forEach(i -> {
            assets.add(i.base());
            assets.add(i.quote());
        });
        Map<String, Map<String, BigDecimal>> accounts = new LinkedHashMap<>();
        new TreeMap<>(paper.accounts()).forEach((name, account) -> {
            Map<String, BigDecimal> balances = new TreeMap<>();
            account.balance().forEach((asset, amount) -> {
                String property = "tradewind.paper.accounts." + name + ".balance." + asset;
                if (!assets.contains(asset)) {
                    throw problem(property, "no paper instrument trades " + asset + " (assets: " + String.join(", ", assets) + ")");
                }
                balances.put(asset, check(property, () -> Decimals.parseNonNegative(amount, "value")));
            });
            accounts.put(name, balances);
        });
        return accounts;
    }

    private static Duration duration(String property, String text) {
        return check(property, () -> {
            Duration value = DurationConverter.parseDuration(text.trim());
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("must be a positive duration such as 1s or 500ms, was '" + text + "'");
            }
            return value;
        });
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 UTC time such as 2013-11-25T01:00:00Z");
        }
    }

    private interface Check<T> {
        T get();
    }

    /** Runs a parse, naming {@code property} in whatever it throws. */
    private static <T> T check(String property, Check<T> parse) {
        try {
            return parse.get();
        } catch (ServiceConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw problem(property, message.startsWith("value ") ? message.substring("value ".length()) : message);
        }
    }

    private static ServiceConfigException problem(String property, String message) {
        return new ServiceConfigException(property + ": " + message);
    }
}
