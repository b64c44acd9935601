package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.exchange.VenueDoubleFactory;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.LiveCandles;
import io.tradewind.service.LiveSeries;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.EventJournal;
import io.tradewind.service.ServiceEvent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service wired by Quarkus: three paper instances on one account, replayed fast by the
 * scheduler. Two SMA crossovers trade independently within their budgets; a throwing plugin is
 * paused after repeated failures without disturbing them. Two more instances are on the test
 * connector {@code double}: one trading live there, one paper trading on its market data.
 */
@QuarkusTest
@TestProfile(TradingServiceTest.ThreeInstances.class)
class TradingServiceTest {

    public static class ThreeInstances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
            config.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
            config.put("tradewind.paper.instruments.BTC-USD.taker-fee", "0.001");
            config.put("tradewind.paper.accounts.main.balance.USD", "10000");
            config.put("tradewind.service.max-failures", "2");
            config.put("tradewind.service.back-off", "10ms");
            instance(config, "fast", "sma-crossover", "1000");
            config.put("tradewind.strategies.fast.params.fast", "2");
            config.put("tradewind.strategies.fast.params.slow", "5");
            instance(config, "slow", "sma-crossover", "3000");
            config.put("tradewind.strategies.slow.params.fast", "3");
            config.put("tradewind.strategies.slow.params.slow", "8");
            instance(config, "broken", "always-throwing", "1000");
            config.put("tradewind.venues.double.account", "bot");
            onDouble(config, "live", "double");
            onDouble(config, "paper-live", "paper");
            config.put("tradewind.strategies.paper-live.feed-venue", "double");
            return config;
        }

        private static void instance(Map<String, String> config, String id, String plugin, String budget) {
            String p = "tradewind.strategies." + id + ".";
            config.put(p + "plugin", plugin);
            config.put(p + "symbol", "BTC-USD");
            config.put(p + "budget.USD", budget);
            config.put(p + "replay.source-venue", "service-test");
            config.put(p + "replay.data-file", "src/test/resources/candles/service-walk.csv");
            config.put(p + "replay.from", "2024-01-01T00:30:00Z");
            config.put(p + "replay.candles-per-second", "400");
        }

        private static void onDouble(Map<String, String> config, String id, String venue) {
            String p = "tradewind.strategies." + id + ".";
            config.put(p + "plugin", "sma-crossover");
            config.put(p + "venue", venue);
            config.put(p + "feed", "venue");
            config.put(p + "symbol", "BTCUSD");
            config.put(p + "params.fast", "2");
            config.put(p + "params.slow", "5");
            config.put(p + "budget.USD", "1000");
        }
    }

    private static final List<String> REPLAYED = List.of("fast", "slow", "broken");
    private static final Instrument ON_DOUBLE = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0",
            "0.001");

    @Inject
    TradingService service;

    @Inject
    CandleStore candles;

    @Inject
    ServiceOperations operations;

    @Inject
    ExecutionStore store;

    @Inject
    EventJournal journal;

    @Inject
    EquityHistory equity;

    @Inject
    LiveCandles liveCandles;

    @Test
    void instances_trade_independently_within_budgets_and_a_failing_one_is_paused() throws InterruptedException {
        startOnce();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (operations.instances().stream().anyMatch(i -> REPLAYED.contains(i.id()) && i.state() != InstanceState.PAUSED)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        InstanceView fast = operations.instance("fast").orElseThrow();
        InstanceView slow = operations.instance("slow").orElseThrow();
        InstanceView broken = operations.instance("broken").orElseThrow();
        assertTrue(broken.pausedReason().startsWith("failed 2 times in a row"), broken.pausedReason());
        assertEquals(2, broken.errors());
        for (InstanceView healthy : new InstanceView[] {fast, slow}) {
            assertTrue(healthy.pausedReason().startsWith("replay finished"), healthy.id() + ": " + healthy.pausedReason());
            assertEquals(0, healthy.errors());
            assertTrue(healthy.ordersFilled() > 2, healthy.id() + " traded " + healthy.ordersFilled());
        }
        assertFalse(fast.ordersFilled() == slow.ordersFilled() && fast.realisedPnl().equals(slow.realisedPnl()),
                "two different crossovers trade differently");
        assertWithinBudget("fast", new BigDecimal("1000"));
        assertWithinBudget("slow", new BigDecimal("3000"));
        // the instance paused for failing makes the service not ready; those whose replay finished do not
        assertEquals(List.of("broken"), List.copyOf(operations.readiness().pausedByFailures().keySet()));
        assertFalse(operations.readiness().ready());
        assertTrue(operations.readiness().storeUp());
        assertTrue(operations.balances().stream().anyMatch(b -> b.account().equals("main") && b.asset().equals("USD")
                && b.total().equals(b.held().add(b.available()))));

        List<ServiceEvent> events = journal.subscribe(0, event -> { }).events();
        assertTrue(events.stream().anyMatch(e -> e.type().equals(ServiceEvent.FILL) && e.instance().equals("fast")),
                "the event stream tells the fills");
        assertTrue(events.stream().anyMatch(e -> e.type().equals(ServiceEvent.ORDER) && e.data().get("status").equals("filled")));
        assertTrue(events.stream().anyMatch(e -> e.type().equals(ServiceEvent.TICK_FAILED) && e.instance().equals("broken")));
        assertTrue(events.stream().anyMatch(e -> e.type().equals(ServiceEvent.INSTANCE) && e.instance().equals("broken")
                && e.data().get("state").equals("paused") && e.data().get("reason").startsWith("failed 2 times in a row")),
                "the pause after repeated failures is an event");

        assertTrue(equity.curves().get("fast").points().size() >= 1, "the equity is sampled as the instances tick");
        assertEquals("USD", equity.curves().get("fast").quote());

        FillRecord filled = store.fills("paper").get(0);
        var cancelled = operations.cancelOrder(filled.clientOrderId()).orElseThrow();
        assertEquals(filled.clientOrderId(), cancelled.clientOrderId());
        assertTrue(cancelled.status().isTerminal(), "a filled order stays " + cancelled.status());
        assertTrue(operations.cancelOrder("no-such-order").isEmpty());
    }

    @Test
    void instances_on_a_connector_warm_up_on_its_history_and_trade_live_or_paper() {
        startOnce();

        InstanceView live = operations.instance("live").orElseThrow();
        assertEquals(VenueDouble.ID, live.venue());
        assertEquals("bot", live.account(), "the account of tradewind.venues.double.account");
        assertEquals("BTC-USD", live.symbol(), "the venue's spelling BTCUSD resolved to its instrument");
        assertNotNull(live.lastCandle(), "warmed up on the double's candle history");
        InstanceView paper = operations.instance("paper-live").orElseThrow();
        assertEquals("paper", paper.venue());
        assertNotNull(paper.lastCandle());

        assertEquals(Boolean.TRUE, operations.readiness().venuesUp().get(VenueDouble.ID));
        assertNotNull(operations.readiness().lastReconciliation());
        assertTrue(operations.balances().stream().anyMatch(b -> b.venue().equals(VenueDouble.ID) && b.account().equals("bot")
                && b.asset().equals("USD") && b.total().compareTo(new BigDecimal("5000")) == 0));
        assertTrue(candles.describe(new SeriesKey(VenueDouble.ID, "BTC-USD", Resolution.M1)).orElseThrow().count() >= 5,
                "the fetched history is kept in the candle store");

        LiveSeries onDouble = liveCandles.liveSeries().stream().filter(s -> s.instance().equals("live")).findFirst().orElseThrow();
        assertEquals(new SeriesKey(VenueDouble.ID, "BTC-USD", Resolution.M1), onDouble.series());
        assertEquals(ON_DOUBLE, onDouble.instrument());
        assertEquals(live.lastCandle(), onDouble.candles().get(onDouble.candles().size() - 1).openTime(),
                "charts see the candles the instance played, up to its last");
    }

    /** Lists the instrument at the double, funds the live account and scripts candles around now, then starts the service once. */
    private void startOnce() {
        synchronized (TradingServiceTest.class) {
            if (!doublePrepared) {
                VenueDouble venue = VenueDoubleFactory.reset();
                venue.list(ON_DOUBLE);
                venue.fund("bot", "USD", "5000");
                Instant first = Resolution.M1.bucketStart(Instant.now()).minus(Duration.ofMinutes(30));
                List<Candle> history = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    BigDecimal open = new BigDecimal("100.00").add(BigDecimal.valueOf(i % 5, 1));
                    history.add(new Candle(first.plus(Duration.ofMinutes(i)), open, open.add(BigDecimal.ONE),
                            open.subtract(BigDecimal.ONE), open, BigDecimal.TEN, BigDecimal.ZERO));
                }
                venue.script("BTC-USD", history);
                doublePrepared = true;
            }
        }
        service.start();
    }

    private static boolean doublePrepared;

    /** Every buy order of the long-only crossover (entered only when flat), with its fees, fits the instance's budget. */
    private void assertWithinBudget(String instance, BigDecimal budget) {
        Map<String, BigDecimal> buys = new HashMap<>();
        for (FillRecord fill : store.fills("paper")) {
            if (fill.strategyInstance().equals(instance) && fill.side() == Side.BUY) {
                buys.merge(fill.clientOrderId(), fill.price().multiply(fill.quantity()).add(fill.fee()), BigDecimal::add);
            }
        }
        buys.forEach((order, committed) -> assertTrue(committed.compareTo(budget) <= 0,
                instance + " order " + order + " committed " + committed + " of " + budget));
        assertTrue(buys.size() > 1, instance + " bought " + buys.size() + " times");
    }
}
