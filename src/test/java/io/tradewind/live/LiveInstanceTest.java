package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.exchange.CapturedLogs;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.service.EventJournal;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceEvent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiveInstanceTest {

    @Test
    void instances_sharing_an_account_each_stay_within_their_budget() {
        PaperFixture paper = new PaperFixture();
        LiveInstance small = paper.instance("small", new TestStrategies.Greedy("3"), Map.of("USD", new BigDecimal("1000")), 5);
        LiveInstance large = paper.instance("large", new TestStrategies.Greedy("3"), Map.of("USD", new BigDecimal("2500")), 5);

        PaperFixture.tick(20, small, large);

        BigDecimal smallCost = paper.execution().position("small", PaperFixture.SYMBOL).cost();
        BigDecimal largeCost = paper.execution().position("large", PaperFixture.SYMBOL).cost();
        // each bought until one more order of about 300 USD would pass its budget
        assertTrue(smallCost.compareTo(new BigDecimal("1000")) <= 0 && smallCost.compareTo(new BigDecimal("600")) > 0,
                "small spent " + smallCost);
        assertTrue(largeCost.compareTo(new BigDecimal("2500")) <= 0 && largeCost.compareTo(new BigDecimal("2100")) > 0,
                "large spent " + largeCost);
        InstanceView view = small.view(Instant.now());
        assertTrue(view.ordersRejected() > 0, "the guard refused the orders past the budget");
        assertEquals(view.ordersPlaced(), view.ordersFilled());
    }

    @Test
    void an_instance_keeps_the_exact_candles_it_played_warm_up_included_for_charts() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("chart", new TestStrategies.Greedy("0.5"), Map.of(), 5);

        PaperFixture.tick(10, instance);

        List<Candle> played = instance.recentCandles();
        List<Candle> stored = new ArrayList<>();
        try (CandleCursor cursor = paper.candles.read(PaperFixture.KEY, paper.stored.first(), paper.stored.first().plus(Duration.ofMinutes(50)))) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    stored.add(chunk.candle(i));
                }
            }
        }
        assertEquals(stored, played); // 40 warm-up candles and the 10 the ticks played
        assertEquals(PaperFixture.KEY, instance.spec().candleSeries());
    }

    @Test
    void every_candle_played_is_reported_and_a_fill_names_the_replayed_candle_it_belongs_to() {
        PaperFixture paper = new PaperFixture();
        List<Candle> reported = new ArrayList<>();
        paper.monitor = new InstanceMonitor() {
            @Override
            public void candlePlayed(String instance, Candle candle) {
                reported.add(candle);
            }
        };
        EventJournal journal = EventJournal.startingNow(100, Clock.systemUTC());
        Map<String, LiveInstance> running = new HashMap<>();
        paper.execution().addListener(new OrderEvents(journal, running::containsKey, (id, time) -> running.get(id).candleOf(time),
                paper.execution()::order));
        LiveInstance instance = paper.instance("marked", new TestStrategies.Greedy("0.5"), Map.of(), 5);
        running.put("marked", instance);

        PaperFixture.tick(3, instance);

        Instant replayFrom = paper.stored.first().plus(Duration.ofMinutes(40));
        assertEquals(List.of(replayFrom, replayFrom.plusSeconds(60), replayFrom.plusSeconds(120)),
                reported.stream().map(Candle::openTime).toList(), "the three played, not the 40 of warm-up history");
        List<ServiceEvent> fills = journal.subscribe(0, event -> { }).events().stream()
                .filter(event -> event.type().equals(ServiceEvent.FILL)).toList();
        assertEquals(3, fills.size(), "one market buy a candle");
        for (int i = 0; i < 3; i++) {
            Map<String, String> fill = fills.get(i).data();
            assertEquals(reported.get(i).openTime().toString(), fill.get("candle_time"));
            assertTrue(Instant.parse(fill.get("time")).isAfter(Instant.parse("2025-01-01T00:00:00Z")),
                    "the paper venue stamps the fill with the wall clock: " + fill.get("time"));
        }
    }

    @Test
    void a_throwing_instance_is_paused_and_the_other_trades_on() throws Exception {
        PaperFixture paper = new PaperFixture();
        LiveInstance broken = paper.instance("broken", new TestStrategies.Throwing(), Map.of(), 3);
        LiveInstance healthy = paper.instance("healthy", new TestStrategies.Greedy("0.5"), Map.of(), 3);

        List<String> logged = CapturedLogs.during(() -> PaperFixture.tick(10, broken, healthy));

        // a failure says which candle of the replay it was playing (the error's own time is the wall clock's);
        // each decision is one line with the orders it sent
        assertTrue(logged.stream().anyMatch(line -> line.matches("instance broken: tick failed \\(.*\\) on the candle of"
                + " 20\\d\\d-.*Z: .*")), String.join("\n", logged));
        assertEquals(10, logged.stream().filter(line -> line.matches("instance healthy: onCandle decided on the candle of"
                + " .* at last price .*: buy market 0.5: order \\S+ filled")).count(), String.join("\n", logged));

        InstanceView brokenView = broken.view(Instant.now());
        assertEquals(InstanceState.PAUSED, brokenView.state());
        assertEquals(3, brokenView.errors());
        assertTrue(brokenView.pausedReason().startsWith("failed 3 times in a row"), brokenView.pausedReason());
        InstanceView healthyView = healthy.view(Instant.now());
        assertEquals(InstanceState.RUNNING, healthyView.state());
        assertEquals(0, healthyView.errors());
        assertEquals(10, healthyView.ordersFilled());
        assertEquals(0, new BigDecimal("5").compareTo(healthyView.position()));
    }

    /** An AssertionError in a hook left the instance hanging as if its tick still ran, every later tick skipped. */
    @Test
    void an_error_a_strategy_throws_is_counted_like_an_exception() {
        PaperFixture paper = new PaperFixture();
        LiveInstance asserting = paper.instance("asserting", new TestStrategies.Asserting(), Map.of(), 3);

        PaperFixture.tick(10, asserting);

        InstanceView view = asserting.view(Instant.now());
        assertEquals(InstanceState.PAUSED, view.state());
        assertEquals(3, view.errors());
        assertTrue(view.lastError().contains("AssertionError: the position should be flat"), view.lastError());
        // where the strategy's own code threw, as a backtest says it
        assertTrue(view.lastError().matches(".*, at " + Pattern.quote(TestStrategies.Asserting.class.getName())
                + "\\.onCandle\\(TestStrategies\\.java:\\d+\\)"), view.lastError());
        assertNotNull(view.lastErrorAt());
        // the strategy's clock in the service is the wall clock, not a candle's time
        assertFalse(view.lastError().contains("candle"), view.lastError());
    }

    /**
     * An instance that fell behind another on the same paper symbol (a failed tick, a back-off)
     * plays the candles the shared market has left in its next tick: it learns from them but
     * neither moves the market back to their prices nor trades at them, and trades again from the
     * market's present candle on, one candle a tick as its pace says.
     */
    @Test
    void an_instance_behind_the_shared_paper_market_catches_up_at_once_without_trading_on_stale_candles() {
        PaperFixture paper = new PaperFixture();
        LiveInstance ahead = greedy(paper, "ahead");
        LiveInstance behind = greedy(paper, "behind");
        PaperFixture.tick(6, ahead);

        PaperFixture.tick(3, behind);

        // candles 1-5 stale, learnt from; decided on 6 (the market's present), 7 and 8
        assertEquals(3, behind.view(Instant.now()).ordersFilled());
        assertEquals(6, ahead.view(Instant.now()).ordersFilled());
        assertEquals(ahead.view(Instant.now()).lastCandle().plus(Duration.ofMinutes(2)), behind.view(Instant.now()).lastCandle());
    }

    /**
     * An instance paused while another replays its symbol trades again once resumed, level with
     * the other. (It used to stay behind the other for good, every later candle stale to it: it
     * showed as running and never traded again.) Its first tick after the resume catches up with
     * the market and stops there: the candles its pace made due meanwhile are not played on top,
     * which would run it ahead of the other and the market faster than the configured speed.
     */
    @Test
    void an_instance_resumed_beside_another_on_its_symbol_trades_again() {
        PaperFixture paper = new PaperFixture();
        LiveInstance other = greedy(paper, "other");
        LiveInstance paused = greedy(paper, "paused");
        ticks(1, 3, other, paused);
        paused.pause("the operator");
        ticks(4, 8, other, paused);
        long filledWhilePaused = paused.view(Instant.now()).ordersFilled();

        paused.resume();
        ticks(9, 14, other, paused);

        assertEquals(3, filledWhilePaused);
        InstanceView resumed = paused.view(Instant.now());
        assertEquals(InstanceState.RUNNING, resumed.state());
        // at 9: 4-8 stale, then 9, the market's present; then one a tick, 10-14
        assertEquals(3 + 1 + 5, resumed.ordersFilled(), "it trades again from the first tick after the resume");
        // 1-14, each the market's present candle
        InstanceView otherView = other.view(Instant.now());
        assertEquals(14, otherView.ordersFilled());
        assertEquals(resumed.lastCandle(), otherView.lastCandle(), "from then on both decide on every candle, level");
    }

    /**
     * After a long pause the stale candles are played a bounded number a tick (ten times the most
     * a tick plays: 40 at one candle a second), each through the strategy, so catching up takes a
     * few ticks rather than one without end.
     */
    @Test
    void catching_up_after_a_long_pause_is_spread_over_ticks() {
        PaperFixture paper = new PaperFixture();
        LiveInstance other = greedy(paper, "other");
        LiveInstance paused = greedy(paper, "paused");
        ticks(1, 1, other, paused);
        paused.pause("the operator");
        ticks(2, 100, other);
        paused.resume();

        ticks(101, 101, other, paused);
        // 40 stale candles beyond its pace, then the 4 its pace allows after a pause, all stale: 2-45
        assertEquals(other.view(Instant.now()).lastCandle().minus(Duration.ofMinutes(101 - 45)), paused.view(Instant.now()).lastCandle());
        assertEquals(1, paused.view(Instant.now()).ordersFilled());
        ticks(102, 103, other, paused);

        assertEquals(other.view(Instant.now()).lastCandle(), paused.view(Instant.now()).lastCandle());
        assertEquals(2, paused.view(Instant.now()).ordersFilled(), "it decides again on the market's present candle, 103");
    }

    /**
     * Instances replaying one paper symbol move its market at the configured speed, however their
     * ticks interleave. (Each one that fell behind another by a tick's jitter caught up with extra
     * candles and then stayed that far ahead of its own pace, pushing the others to catch up in
     * turn: four instances at one candle a second moved the market 3.4 candles a second.)
     */
    @Test
    void instances_sharing_a_replayed_symbol_move_its_market_at_the_configured_speed() {
        PaperFixture paper = new PaperFixture();
        List<LiveInstance> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(paper.instance("i" + i, new TestStrategies.BuysOnce("0.1", 0), Map.of(), 5));
        }
        java.util.Random random = new java.util.Random(7);
        record Tick(Instant at, LiveInstance instance) {
        }
        int seconds = 120;
        List<Tick> ticks = new ArrayList<>();
        for (int s = 1; s <= seconds; s++) {
            for (LiveInstance instance : instances) {
                // each instance's scheduler fires once a second, somewhat late under load
                ticks.add(new Tick(PaperFixture.START.plusSeconds(s).plusMillis(random.nextInt(1_500)), instance));
            }
        }
        ticks.sort(java.util.Comparator.comparing(Tick::at));

        ticks.forEach(tick -> tick.instance().tick(tick.at(), tick.at()));

        Instant first = paper.stored.first().plus(Duration.ofMinutes(40));
        Instant newest = instances.stream().map(instance -> instance.view(Instant.now()).lastCandle())
                .max(Instant::compareTo).orElseThrow();
        long played = Duration.between(first, newest).toMinutes() + 1;
        assertTrue(played >= seconds - 2 && played <= seconds + 2,
                "in " + seconds + " s at one candle a second the market moved through " + played + " candles");
    }

    /**
     * Instances replaying one paper symbol at several candles a tick each decide on every candle
     * when ticked together, and the market moves at the configured speed. Ticked apart, the first
     * played its five candles and the second found the market past four of them: it decided on a
     * fifth of them (and before that, leapfrogging, they ran the market twice as fast).
     */
    @Test
    void instances_replaying_a_symbol_together_each_decide_on_every_candle_at_several_a_tick() {
        PaperFixture paper = new PaperFixture();
        SharedReplayPace pace = new SharedReplayPace();
        BigDecimal speed = new BigDecimal("5");
        LiveInstance first = paper.instance("first", new TestStrategies.Greedy("0.5"), Map.of(), 5, speed, pace);
        LiveInstance second = paper.instance("second", new TestStrategies.Greedy("0.5"), Map.of(), 5, speed, pace);
        ReplayGroup group = new ReplayGroup(List.of(first, second));

        for (int s = 1; s <= 10; s++) {
            Instant at = PaperFixture.START.plusSeconds(s);
            group.tick(at, at);
        }

        Instant lastExpected = paper.stored.first().plus(Duration.ofMinutes(40 + 49));
        for (LiveInstance instance : List.of(first, second)) {
            InstanceView view = instance.view(Instant.now());
            assertEquals(50, view.ordersFilled(), instance.id() + " decided on every one of the 50 candles");
            assertEquals(lastExpected, view.lastCandle(), instance.id());
        }
    }

    /**
     * In a group, an instance whose strategy throws is counted, backs off and is paused after its
     * failures, ticks ending one by one; the others go on deciding on every candle.
     */
    @Test
    void a_throwing_instance_of_a_group_is_paused_and_the_others_decide_on_every_candle() {
        PaperFixture paper = new PaperFixture();
        SharedReplayPace pace = new SharedReplayPace();
        BigDecimal speed = new BigDecimal("3");
        LiveInstance broken = paper.instance("broken", new TestStrategies.Throwing(), Map.of(), 2, speed, pace);
        LiveInstance healthy = paper.instance("healthy", new TestStrategies.Greedy("0.5"), Map.of(), 2, speed, pace);
        ReplayGroup group = new ReplayGroup(List.of(broken, healthy));

        for (int s = 1; s <= 6; s++) {
            Instant at = PaperFixture.START.plusSeconds(s);
            group.tick(at, at);
        }

        InstanceView brokenView = broken.view(Instant.now());
        assertEquals(InstanceState.PAUSED, brokenView.state());
        assertEquals(2, brokenView.errors());
        assertEquals(18, healthy.view(Instant.now()).ordersFilled(), "three candles a tick for six ticks");
        assertEquals(0, healthy.view(Instant.now()).errors());
    }

    /** A group's tick due while its last still ran was in the metrics and the log, but GET /api/strategies said 0. */
    @Test
    void a_group_tick_due_while_the_last_still_runs_is_counted_as_skipped_by_each_member() throws Exception {
        PaperFixture paper = new PaperFixture();
        SharedReplayPace pace = new SharedReplayPace();
        TestStrategies.Blocking blocking = new TestStrategies.Blocking();
        LiveInstance slow = paper.instance("slow", blocking, Map.of(), 2, BigDecimal.ONE, pace);
        LiveInstance other = paper.instance("other", new TestStrategies.Greedy("0.5"), Map.of(), 2, BigDecimal.ONE, pace);
        ReplayGroup group = new ReplayGroup(List.of(slow, other));
        Instant first = PaperFixture.START.plusSeconds(1);
        Thread running = new Thread(() -> group.tick(first, first));
        running.start();
        assertTrue(blocking.entered.await(10, TimeUnit.SECONDS), "the first tick runs the slow strategy");

        Instant second = first.plusSeconds(1);
        group.tick(second, second);
        blocking.release.countDown();
        running.join(10_000);

        assertEquals(1, slow.view(Instant.now()).skippedTicks());
        assertEquals(1, other.view(Instant.now()).skippedTicks());
    }

    /** An instance that buys half a unit at market on every candle after its warm-up (5 bars). */
    private static LiveInstance greedy(PaperFixture paper, String id) {
        return paper.instance(id, new TestStrategies.Greedy("0.5"), Map.of(), 5);
    }

    /** Ticks the instances in turn at seconds {@code from} to {@code to} of the replay. */
    private static void ticks(int from, int to, LiveInstance... instances) {
        for (int s = from; s <= to; s++) {
            Instant at = PaperFixture.START.plusSeconds(s);
            for (LiveInstance instance : instances) {
                instance.tick(at, at);
            }
        }
    }

    /**
     * The walk with the candle after 00:40 (close 94.18) gapping open at 90.00. A buy limit at 93
     * placed at that close could not trade there; it filled at once at the next open, 90.00, as a
     * taker, as the backtest did before it was mended. It rests and fills at its own price in the gap.
     */
    @Test
    void a_limit_the_close_could_not_reach_fills_at_its_own_price_in_the_gap_as_in_a_backtest() {
        PaperFixture paper = new PaperFixture(Path.of("src/test/resources/candles/service-gap.csv"));
        LiveInstance instance = paper.instance("gap", new TestStrategies.BidsOnce("93.00", "1"), Map.of(), 5);

        PaperFixture.tick(2, instance);

        List<FillRecord> fills = paper.store.fills(PaperVenue.NAME);
        assertEquals(1, fills.size());
        assertEquals(0, new BigDecimal("93.00").compareTo(fills.get(0).price()), "its own price, not the open's 90.00");
        assertEquals(0, fills.get(0).fee().signum(), "the maker fee (0 here), not the taker's");
    }

    /** A finished replay paused the instance with its orders holding funds for good, and said nothing of them. */
    @Test
    void a_finished_replay_says_what_it_leaves_open() throws Exception {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("rest", new TestStrategies.RestingBuyer(), Map.of(), 5, new BigDecimal("100"),
                new SharedReplayPace());

        List<String> logged = CapturedLogs.during(() -> PaperFixture.tick(6, instance));

        assertEquals(InstanceState.PAUSED, instance.view(Instant.now()).state());
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("instance rest: replay finished") && line.endsWith(
                "; left as it is: 1 open order holding its funds (POST /api/strategies/rest/flatten cancels it)")),
                logged.toString());

        LiveInstance holder = paper.instance("holder", new TestStrategies.BuysOnce("0.5", 5), Map.of(), 5, new BigDecimal("100"),
                new SharedReplayPace());
        List<String> held = CapturedLogs.during(() -> PaperFixture.tick(6, holder));
        assertTrue(held.stream().anyMatch(line -> line.startsWith("instance holder: replay finished") && line.endsWith(
                "; left as it is: a position of 0.5 BTC-USD (POST /api/strategies/holder/flatten closes it)")), held.toString());
    }

    @Test
    void restart_resumes_with_the_same_open_orders() {
        PaperFixture first = new PaperFixture();
        TestStrategies.RestingBuyer before = new TestStrategies.RestingBuyer();
        LiveInstance instance = first.instance("rest", before, Map.of(), 5);
        PaperFixture.tick(3, instance);
        List<String> open = openIds(first);
        assertEquals(1, open.size());
        assertEquals(1, before.placed);

        // the service stops and starts again: the same stores, the paper venue resumed from its own
        instance.stop();
        instance.close();
        PaperFixture again = new PaperFixture(first.store, first.paperStore);
        TestStrategies.RestingBuyer after = new TestStrategies.RestingBuyer();
        LiveInstance resumed = again.instance("rest", after, Map.of(), 5);
        PaperFixture.tick(3, resumed);

        assertEquals(open, openIds(again));
        assertEquals(0, after.placed, "the resumed strategy saw its open order and placed none");
        assertEquals(1, resumed.view(Instant.now()).openOrders());
    }

    @Test
    void a_restart_resumes_the_paper_account_and_records_only_new_fills() throws Exception {
        PaperFixture first = new PaperFixture();
        PaperFixture.tick(2, first.instance("again", new TestStrategies.Greedy("0.5"), Map.of(), 5));
        first.venue.reconcile(Instant.now());

        PaperFixture second = new PaperFixture(first.store, first.paperStore);
        List<String> logged = CapturedLogs.during(
                () -> PaperFixture.tick(2, second.instance("again", new TestStrategies.Greedy("0.5"), Map.of(), 5)));

        assertTrue(logged.stream().anyMatch(line -> line.matches("instance again: .*; position 1(\\.0*)? BTC-USD kept from before this start")),
                "a restart is not to be read as starting flat: " + logged);
        assertEquals(4, first.store.fills(PaperVenue.NAME).size(), "the second run's fills are not taken for the first's");
        assertEquals(0, new BigDecimal("2").compareTo(second.execution().position("again", PaperFixture.SYMBOL).quantity()));
        assertEquals(0, new BigDecimal("2").compareTo(second.paper.balances("main").stream()
                .filter(b -> b.asset().equals("BTC")).findFirst().orElseThrow().total()));
    }

    @Test
    void a_pause_during_a_tick_stops_it_at_the_next_candle_and_the_rest_wait_for_the_resume() {
        PaperFixture paper = new PaperFixture();
        TestStrategies.BuysThenPaused strategy = new TestStrategies.BuysThenPaused();
        LiveInstance instance = paper.instance("paused", strategy, Map.of(), 5);
        strategy.instance.set(instance);

        Instant late = PaperFixture.START.plusSeconds(4); // four candles due in this one tick
        instance.tick(late, late);

        assertEquals(1, strategy.decisions, "no decision after the pause");
        assertEquals(0, new BigDecimal("0.5").compareTo(instance.view(Instant.now()).position()));

        instance.resume();
        instance.tick(late.plusSeconds(1), late.plusSeconds(1));
        assertTrue(strategy.decisions > 1, "the candles left in the feed are played after the resume");
    }

    @Test
    void flatten_cancels_the_orders_closes_the_position_and_pauses() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("flat", new TestStrategies.Greedy("0.5"), Map.of(), 5);
        PaperFixture.tick(4, instance);
        assertEquals(0, new BigDecimal("2").compareTo(instance.view(Instant.now()).position()));

        instance.flatten();

        InstanceView view = instance.view(Instant.now());
        assertEquals(0, view.position().signum());
        assertEquals(InstanceState.PAUSED, view.state());
        assertEquals(0, view.openOrders());
    }

    /** An order action rejected as meaningless never reaches the execution service, and was counted nowhere in the API. */
    @Test
    void a_meaningless_order_counts_as_rejected() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("careless", new TestStrategies.Greedy("0"), Map.of(), 5);

        PaperFixture.tick(3, instance);

        InstanceView view = instance.view(Instant.now());
        assertEquals(3, view.ordersRejected(), "a buy of 0 each tick: quantity_not_positive");
        assertEquals(0, view.ordersPlaced());
    }

    @Test
    void reduce_only_and_the_kill_switch_refuse_entries() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("guarded", new TestStrategies.Greedy("0.5"), Map.of(), 5);
        instance.reduceOnly();
        PaperFixture.tick(2, instance);
        assertEquals(InstanceState.REDUCE_ONLY, instance.view(Instant.now()).state());
        assertEquals(0, instance.view(Instant.now()).position().signum());

        instance.resume();
        paper.venue.switchKillOn(Instant.now());
        for (int s = 3; s <= 4; s++) {
            instance.tick(PaperFixture.START.plusSeconds(s), PaperFixture.START.plusSeconds(s));
        }

        InstanceView view = instance.view(Instant.now());
        assertEquals(0, view.position().signum());
        assertEquals(4, view.ordersRejected());
        assertNull(view.pausedReason());
    }

    @Test
    void reduce_only_on_a_paused_instance_lets_it_tick_again_reducing_only() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("held", new TestStrategies.Greedy("0.5"), Map.of(), 5);
        PaperFixture.tick(2, instance);
        instance.pause("by the operator");

        instance.reduceOnly();
        instance.tick(PaperFixture.START.plusSeconds(3), PaperFixture.START.plusSeconds(3));

        InstanceView view = instance.view(Instant.now());
        assertEquals(InstanceState.REDUCE_ONLY, view.state());
        assertNull(view.pausedReason());
        assertEquals(1, view.ordersRejected(), "it ticked, and its entry was refused");
    }

    /** Unlike reduce-only, stopping entries (the chat's /stopentry) never sets a paused instance ticking. */
    @Test
    void stopping_entries_leaves_a_paused_instance_paused() {
        PaperFixture paper = new PaperFixture();
        LiveInstance instance = paper.instance("held", new TestStrategies.Greedy("0.5"), Map.of(), 5);
        PaperFixture.tick(2, instance);
        instance.pause("failed again and again");
        long ticks = instance.view(Instant.now()).ticks();

        instance.stopEntries();
        instance.tick(PaperFixture.START.plusSeconds(3), PaperFixture.START.plusSeconds(3));

        InstanceView view = instance.view(Instant.now());
        assertEquals(InstanceState.PAUSED, view.state());
        assertEquals("failed again and again", view.pausedReason());
        assertEquals(ticks, view.ticks(), "it did not tick");
    }

    private static List<String> openIds(PaperFixture paper) {
        return paper.execution().liveOrders().stream().map(OrderRecord::clientOrderId).toList();
    }
}
