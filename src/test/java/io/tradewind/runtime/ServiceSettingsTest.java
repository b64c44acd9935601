package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.exchange.CapturedLogs;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.execution.RiskLimits;
import io.tradewind.live.InstanceSpec;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The service's own settings: a mistyped value stops start-up naming the property, never quietly means something else. */
class ServiceSettingsTest {

    @Test
    void cancel_orders_on_stop_is_true_or_false_and_a_typo_is_refused_not_read_as_false() {
        assertTrue(read(Map.of("tradewind.service.cancel-orders-on-stop", "TRUE")).cancelOrdersOnStop());
        assertFalse(read(Map.of("tradewind.service.cancel-orders-on-stop", "false")).cancelOrdersOnStop());
        assertFalse(read(Map.of()).cancelOrdersOnStop());

        assertEquals("tradewind.service.cancel-orders-on-stop: must be true or false, was 'maybe'",
                problem(Map.of("tradewind.service.cancel-orders-on-stop", "maybe")));
    }

    @Test
    void a_back_off_or_failure_count_that_is_not_one_says_what_is_expected() {
        assertEquals(Duration.ofMillis(250), read(Map.of("tradewind.service.back-off", "250ms")).backOff());
        assertEquals("tradewind.service.back-off: must be a positive duration such as 1s or 500ms, was 'soon'",
                problem(Map.of("tradewind.service.back-off", "soon")));
        assertEquals("tradewind.service.max-failures: must be a whole number of failed ticks such as 5, was 'abc'",
                problem(Map.of("tradewind.service.max-failures", "abc")));
    }

    @Test
    void execution_timings_of_the_wrong_sign_are_refused_naming_the_property() {
        ServiceConfigReader.checkExecution(Duration.ofSeconds(5), Duration.ZERO);

        assertEquals("tradewind.execution.not-placed-grace: must not be negative (30s is the default), was -5s",
                assertThrows(ServiceConfigException.class,
                        () -> ServiceConfigReader.checkExecution(Duration.ofSeconds(5), Duration.ofSeconds(-5))).getMessage());
        assertEquals("tradewind.execution.reconcile-interval: must be a positive duration such as 5s, was 0s",
                assertThrows(ServiceConfigException.class,
                        () -> ServiceConfigReader.checkExecution(Duration.ZERO, Duration.ofSeconds(30))).getMessage());
        assertEquals("tradewind.execution.not-placed-grace: must not be negative (30s is the default), was -250ms",
                assertThrows(ServiceConfigException.class,
                        () -> ServiceConfigReader.checkExecution(Duration.ofSeconds(5), Duration.ofMillis(-250))).getMessage());
    }

    /** Three mistakes took three start-ups to find, one a time. */
    @Test
    void every_mistake_in_the_services_own_settings_is_named_at_once() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.service.back-off", "soon");
        properties.put("tradewind.service.max-failures", "abc");
        properties.put("tradewind.paper.max-volume-share", "1.5");

        assertEquals(List.of("tradewind.service.max-failures: must be a whole number of failed ticks such as 5, was 'abc'",
                "tradewind.service.back-off: must be a positive duration such as 1s or 500ms, was 'soon'",
                "tradewind.paper.max-volume-share: 1.5 is more than a whole candle's volume; give a share from 0 (no limit)"
                        + " to 1"), problem(properties).lines().toList());
    }

    /** A fee, another fee and a negative balance took three start-ups to find. */
    @Test
    void every_mistake_in_the_paper_instruments_and_accounts_is_named_at_once() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.paper.instruments.BTC-USD.taker-fee", "5");
        properties.put("tradewind.paper.instruments.BTC-USD.maker-fee", "-0.1");
        properties.put("tradewind.paper.accounts.main.balance.USD", "-100");
        properties.put("tradewind.paper.instruments.ETH-USD.tick", "0");
        properties.put("tradewind.paper.instruments.ETH-USD.step", "0.001");

        List<String> problems = problem(properties).lines().toList();

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("tradewind.paper.instruments.BTC-USD.maker-fee: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("tradewind.paper.instruments.BTC-USD.taker-fee: "), problems.get(1));
        assertTrue(problems.get(2).startsWith("tradewind.paper.instruments.ETH-USD.tick: "), problems.get(2));
        assertTrue(problems.get(3).startsWith("tradewind.paper.accounts.main.balance.USD: must not be negative"),
                problems.get(3));
    }

    /** -1 was taken, and the warm-up check then said "the series keeps only -1". */
    @Test
    void a_series_length_out_of_range_is_refused_with_the_range() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.series-bars", "-1");

        assertEquals("tradewind.strategies.demo.series-bars: must be from 1 to 1,000,000 bars, was -1",
                problem(properties).strip());
    }

    @Test
    void a_balance_of_an_asset_no_instrument_trades_says_how_to_configure_one() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.paper.accounts.main.balance.EUR", "100");

        assertEquals("tradewind.paper.accounts.main.balance.EUR: no paper instrument trades EUR (assets: BTC, USD): configure"
                + " one under tradewind.paper.instruments.<BASE-QUOTE> with its .tick and .step", problem(properties).strip());
    }

    /**
     * TRADEWIND_PAPER_ACCOUNTS_MAIN_BALANCE_BTC=2 arrives as balance.btc (the environment gives a map
     * key it finds in no file in lower case): it was refused, "no paper instrument trades btc", and
     * TRADEWIND_STRATEGIES_DEMO_BUDGET_BTC=1 as "BTC-USD trades BTC for USD, not btc".
     */
    @Test
    void an_asset_key_in_another_letter_case_as_the_environment_gives_it_is_the_instruments_asset() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.paper.accounts.main.balance.btc", "2");
        properties.put("tradewind.strategies.demo.budget.btc", "1");
        properties.put("tradewind.strategies.demo.budget.Usd", "500");

        ServicePlan plan = read(properties);

        assertEquals(Map.of("BTC", new BigDecimal("2"), "USD", new BigDecimal("10000")), plan.accounts().get("main"));
        assertEquals(Map.of("BTC", BigDecimal.ONE, "USD", new BigDecimal("500")), plan.instances().get(0).budget());
    }

    /** Which of two amounts for one asset was meant is not known: neither is taken. */
    @Test
    void two_keys_of_one_asset_in_different_letter_case_are_refused_naming_both() {
        Map<String, String> balances = new HashMap<>(replaying());
        balances.put("tradewind.paper.accounts.main.balance.usd", "5");
        assertEquals("tradewind.paper.accounts.main.balance.usd: sets USD, as tradewind.paper.accounts.main.balance.USD"
                + " does: keep one of the two", problem(balances).strip());

        Map<String, String> budgets = new HashMap<>(replaying());
        budgets.put("tradewind.strategies.demo.budget.BTC", "1");
        budgets.put("tradewind.strategies.demo.budget.btc", "2");
        assertEquals("tradewind.strategies.demo.budget.btc: sets BTC, as tradewind.strategies.demo.budget.BTC does: keep"
                + " one of the two", problem(budgets).strip());
    }

    @Test
    void every_instance_with_a_mistake_is_named_at_once_and_only_its_first_mistake() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.tick-interval", "500ms");
        properties.put("tradewind.strategies.demo.resolution", "7x");
        properties.putAll(Map.of("tradewind.strategies.other.plugin", "sma-crossover", "tradewind.strategies.other.symbol",
                "BTC-USD", "tradewind.strategies.other.venue", "nowhere"));

        List<String> problems = problem(properties).lines().toList();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("tradewind.strategies.demo.resolution: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("tradewind.strategies.other.venue: unknown venue 'nowhere'"), problems.get(1));
    }

    /** A service setting refused after the replay had imported its data file left the candles written by a failed start. */
    @Test
    void the_services_own_settings_are_checked_before_a_replay_imports_its_data_file() {
        InMemoryCandleStore candles = new InMemoryCandleStore();
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.service.max-failures", "0");

        assertEquals("tradewind.service.max-failures: must be at least 1, was 0", assertThrows(ServiceConfigException.class,
                () -> ServiceConfigFixture.read(properties, Map.of(VenueDouble.ID, new VenueDouble()), candles)).getMessage());
        assertEquals(List.of(), candles.list(), "nothing imported");
    }

    /**
     * A series shorter than the strategy's warm-up was refused only once the paper venue had been
     * opened and written, with its accounts funded by the failed start's configuration.
     */
    @Test
    void a_series_shorter_than_the_warm_up_is_refused_while_the_configuration_is_read() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.series-bars", "10");
        Strategy thirtyBars = new Strategy() {
            @Override
            public String name() {
                return "thirty-bars";
            }

            @Override
            public int warmupBars(StrategyParameters parameters) {
                return 30;
            }
        };

        assertEquals("tradewind.strategies.demo.series-bars: strategy thirty-bars declares a warm-up of 30 bars but the"
                + " series keeps only 10: raise series_bars (a backtest spec's key; series-bars for a service instance) to"
                + " at least 30", assertThrows(ServiceConfigException.class, () -> ServiceConfigFixture.read(properties,
                        Map.of(VenueDouble.ID, new VenueDouble()), new InMemoryCandleStore(), name -> thirtyBars)).getMessage());
    }

    /** 500ms was accepted, and Quarkus' scheduler warned that it would run the job late. */
    @Test
    void a_tick_interval_under_a_second_is_refused_naming_the_property() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.tick-interval", "500ms");

        assertEquals("tradewind.strategies.demo.tick-interval: must be at least 1s (the scheduler ticks at most once a"
                + " second; a faster replay plays several candles per tick), was '500ms'", problem(properties));
    }

    @Test
    void an_unknown_replay_data_format_is_named_with_its_own_property_and_the_formats_offered() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.replay.data-format", "csv");

        assertEquals("tradewind.strategies.demo.replay.data-format: unknown file format 'csv'; use ohlcv or trades, or auto"
                + " (told by the file's first row)", problem(properties));
    }

    @Test
    void the_paper_venues_volume_share_is_read_and_more_than_a_whole_candle_is_refused() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.paper.max-volume-share", "0.25");
        assertEquals(new BigDecimal("0.25"), read(properties).maxVolumeShare());
        assertEquals(BigDecimal.ZERO, read(replaying()).maxVolumeShare(), "no limit by default, as in a backtest");

        properties.put("tradewind.paper.max-volume-share", "1.5");
        assertEquals("tradewind.paper.max-volume-share: 1.5 is more than a whole candle's volume; give a share from 0"
                + " (no limit) to 1", problem(properties));
    }

    /** A slippage of 5 started the service, and every paper buy was refused; a backtest's spec refuses it. */
    @Test
    void a_slippage_of_a_whole_price_or_more_is_refused_as_a_backtest_refuses_it() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.paper.slippage", "0.001");
        assertEquals(new BigDecimal("0.001"), read(properties).slippage());

        properties.put("tradewind.paper.slippage", "5");
        assertEquals("tradewind.paper.slippage: 5 would move a sell's price to zero or below; give a fraction below 1"
                + " (0.0005 is 0.05 %)", problem(properties));
    }

    /** A fee of 1.5 was blamed on the instrument's tick; a fractional order count said Java's "For input string". */
    @Test
    void a_fee_or_a_count_out_of_shape_is_named_with_its_own_property_in_words() {
        Map<String, String> fee = new HashMap<>(replaying());
        fee.put("tradewind.paper.instruments.BTC-USD.maker-fee", "1.5");
        assertEquals("tradewind.paper.instruments.BTC-USD.maker-fee: must be a fraction below 1, e.g. 0.001 for 0.1 %, was 1.5",
                problem(fee));

        Map<String, String> orders = new HashMap<>(replaying());
        orders.put("tradewind.strategies.demo.risk.max_open_orders", "5.5");
        assertEquals("tradewind.strategies.demo.risk.max_open_orders: must be a whole number of orders such as 5, was '5.5'",
                problem(orders));
    }

    /** Two budgets of 6000 USD on an account of 10000 started without a word; the first to order took the larger share. */
    @Test
    void budgets_beyond_the_paper_accounts_balance_are_said_at_start() throws Exception {
        assertEquals(List.of("tradewind.strategies.demo.budget.USD and tradewind.strategies.demo2.budget.USD add up to"
                + " 12000 USD, more than the 10000 USD paper account main is configured with: whichever instance orders"
                + " first may take what the others count on"), budgetWarnings("6000"));

        // an instance without a budget on the same account may take the whole balance the other counts on
        assertEquals(List.of("tradewind.strategies.demo2 has no budget.USD on paper account main, which"
                + " tradewind.strategies.demo.budget.USD counts on: without one an instance may use the whole balance"),
                budgetWarnings(null));
    }

    /** The budget warnings of start-up with demo's budget of 6000 USD and a second instance demo2 with {@code budget} (or none). */
    private static List<String> budgetWarnings(String budget) throws Exception {
        Map<String, String> two = new HashMap<>(replaying());
        two.put("tradewind.strategies.demo.budget.USD", "6000");
        two.putAll(Map.of("tradewind.strategies.demo2.plugin", "sma-crossover", "tradewind.strategies.demo2.symbol",
                "BTC-USD", "tradewind.strategies.demo2.replay.source-venue", "service-test",
                "tradewind.strategies.demo2.replay.data-file", "src/test/resources/candles/service-walk.csv"));
        if (budget != null) {
            two.put("tradewind.strategies.demo2.budget.USD", budget);
        }
        return CapturedLogs.during(() -> ServiceConfigFixture.read(two, Map.of(VenueDouble.ID, new VenueDouble()),
                new InMemoryCandleStore())).stream().filter(line -> line.contains("budget")).toList();
    }

    /**
     * TRADEWIND_STRATEGIES_DEMO_RISK_DAILY_LOSS=100 arrives as risk.daily.loss: it stopped start-up as
     * an unknown risk limit. It is daily_loss, and overrides the file's, as the environment does.
     */
    @Test
    void a_risk_limit_from_the_environment_is_read_with_its_underscores_and_overrides_the_file() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.risk.daily_loss", "50");
        properties.put("tradewind.strategies.demo.risk.daily.loss", "100");
        properties.put("tradewind.strategies.demo.risk.max.open.orders", "3");

        RiskLimits risk = read(properties).instances().get(0).risk();

        assertEquals(new BigDecimal("100"), risk.dailyLossLimit());
        assertEquals(3, risk.maxOpenOrders());
    }

    /**
     * Instances replaying the same candles: only one need name the file. Read in the order of their
     * ids, "boom" was refused (no candles stored) before "brk" imported the file it named.
     */
    @Test
    void instances_replaying_the_same_candles_need_only_one_to_name_the_file() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.putAll(Map.of("tradewind.strategies.a-first.plugin", "sma-crossover", "tradewind.strategies.a-first.symbol",
                "BTC-USD", "tradewind.strategies.a-first.replay.source-venue", "service-test"));

        ServicePlan plan = ServiceConfigFixture.read(properties, Map.of(VenueDouble.ID, new VenueDouble()),
                new InMemoryCandleStore());

        assertEquals(List.of("a-first", "demo"), plan.instances().stream().map(InstanceSpec::id).toList());
    }

    /**
     * {@code btc-usd} trades the paper venue's BTC-USD: its replay is the BTC-USD candles too. It
     * imported the data file a second time as a series of its own, which its orders (kept as
     * BTC-USD) did not match; a series stored under the configured spelling only is still played.
     */
    @Test
    void a_symbol_in_another_letter_case_replays_the_instruments_own_series() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.symbol", "btc-usd");
        InMemoryCandleStore candles = new InMemoryCandleStore();

        InstanceSpec spec = ServiceConfigFixture.read(properties, Map.of(VenueDouble.ID, new VenueDouble()), candles)
                .instances().get(0);

        assertEquals(new SeriesKey("service-test", "BTC-USD", Resolution.M1), spec.replaySeries());
        assertEquals("BTC-USD", spec.instrument().symbol());

        InMemoryCandleStore asWritten = new InMemoryCandleStore();
        asWritten.write(new SeriesKey("service-test", "btc-usd", Resolution.M1), candles.read(spec.replaySeries(),
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
        properties.remove("tradewind.strategies.demo.replay.data-file");
        assertEquals(new SeriesKey("service-test", "btc-usd", Resolution.M1), ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), asWritten).instances().get(0).replaySeries());

        // configured as the instrument spells it, the market stored as btc-usd only: those candles, as the store
        // refuses a BTC-USD import beside them (it said to import BTC-USD, and that import was refused)
        properties.put("tradewind.strategies.demo.symbol", "BTC-USD");
        assertEquals(new SeriesKey("service-test", "btc-usd", Resolution.M1), ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), asWritten).instances().get(0).replaySeries());
    }

    /**
     * A data-file is read only while its series is not stored: an operator who pointed it at a new
     * file, or mistyped it, saw nothing and believed the replay played that file.
     */
    @Test
    void a_data_file_beside_stored_candles_is_said_not_read_and_a_missing_one_warned_of() throws Exception {
        Map<String, String> properties = new HashMap<>(replaying());
        InMemoryCandleStore candles = new InMemoryCandleStore();
        List<String> first = CapturedLogs.during(() -> ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), candles));
        assertTrue(first.stream().anyMatch(line -> line.startsWith("imported 400 service-test:BTC-USD:1m candles")), first.toString());

        List<String> again = CapturedLogs.during(() -> ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), candles));
        assertTrue(again.contains("replaying the stored service-test:BTC-USD:1m (400 candles); tradewind.strategies.demo."
                + "replay.data-file src/test/resources/candles/service-walk.csv is imported only while that series is not"
                + " stored ('data import' it to replace them)"), again.toString());

        properties.put("tradewind.strategies.demo.replay.data-file", "src/test/resources/candles/service-wlak.csv");
        List<String> mistyped = CapturedLogs.during(() -> ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), candles));
        assertTrue(mistyped.contains("tradewind.strategies.demo.replay.data-file names src/test/resources/candles/service-wlak.csv,"
                + " which does not exist; the stored service-test:BTC-USD:1m (400 candles) is replayed, as a data-file is"
                + " imported only while its series is not stored"), mistyped.toString());
    }

    /** A backtest of the same candles refused it; the service replayed them all as warm-up, never deciding, without a word. */
    @Test
    void a_replay_too_short_for_the_warm_up_is_refused_naming_the_parameters() {
        Map<String, String> properties = new HashMap<>(replaying());
        properties.put("tradewind.strategies.demo.params.bars", "400");
        Function<String, Strategy> warmingUp = name -> new Strategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.integer("bars", 5, 0, 10_000, "bars of warm-up"));
            }

            @Override
            public int warmupBars(StrategyParameters parameters) {
                return parameters.integer("bars");
            }
        };
        InMemoryCandleStore candles = new InMemoryCandleStore();

        ServiceConfigException refused = assertThrows(ServiceConfigException.class, () -> ServiceConfigFixture.read(properties,
                Map.of(VenueDouble.ID, new VenueDouble()), candles, warmingUp));
        assertEquals("tradewind.strategies.demo.params: sma-crossover declares a warm-up of 400 bars, but"
                + " service-test:BTC-USD:1m holds 400 candles (2024-01-01T00:00:00Z to 2024-01-01T06:39:00Z) and the replay"
                + " needs 401, its warm-up and one to decide on: the instance would never decide; store more candles or"
                + " declare a shorter warm-up",
                refused.getMessage());
        properties.put("tradewind.strategies.demo.params.bars", "399");
        assertEquals(1, ServiceConfigFixture.read(properties, Map.of(VenueDouble.ID, new VenueDouble()), candles, warmingUp)
                .instances().size(), "a candle to decide on after the warm-up");
    }

    /** One instance replaying the test candles from their file on the paper venue. */
    private static Map<String, String> replaying() {
        String p = "tradewind.strategies.demo.";
        return Map.of("tradewind.paper.instruments.BTC-USD.tick", "0.01", "tradewind.paper.instruments.BTC-USD.step", "0.0001",
                "tradewind.paper.accounts.main.balance.USD", "10000", p + "plugin", "sma-crossover", p + "symbol", "BTC-USD",
                p + "replay.source-venue", "service-test", p + "replay.data-file", "src/test/resources/candles/service-walk.csv");
    }

    private static ServicePlan read(Map<String, String> properties) {
        return ServiceConfigFixture.read(properties, new VenueDouble());
    }

    private static String problem(Map<String, String> properties) {
        return assertThrows(ServiceConfigException.class, () -> read(properties)).getMessage();
    }
}
