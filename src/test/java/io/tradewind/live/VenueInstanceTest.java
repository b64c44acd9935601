package io.tradewind.live;

import io.tradewind.marketdata.Resolution;

import io.tradewind.marketdata.Candle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instances on a connector (the test double): live on its gateway and feed, or paper on its feed. */
class VenueInstanceTest {

    @Test
    void a_live_instance_warms_up_on_the_venue_history_and_trades_when_its_candle_closes() {
        VenueFixture fixture = new VenueFixture();
        fixture.rest(Side.SELL, "100.50", "1");
        TestStrategies.BuysOnce strategy = new TestStrategies.BuysOnce("0.5", 3);
        LiveInstance instance = fixture.live("live", strategy);
        assertEquals(List.of(true, true, true), strategy.warmingUp, "three closed candles fetched for the warm-up");

        instance.tick(fixture.clock.instant(), fixture.clock.instant());
        assertEquals(0, strategy.placed, "the candle forming at start has not closed yet");
        fixture.tickAfter(1, instance);

        assertEquals(List.of(true, true, true, false), strategy.warmingUp);
        assertEquals(1, fixture.venue.placements());
        List<FillRecord> fills = fixture.store.fills(VenueDouble.ID);
        assertEquals(1, fills.size());
        assertEquals(0, new BigDecimal("100.50").compareTo(fills.get(0).price()), "filled against the resting ask");
        InstanceView view = instance.view(Instant.now());
        assertEquals(0, new BigDecimal("0.5").compareTo(view.position()));
        assertEquals(1, view.ordersFilled());
        assertEquals(VenueFixture.START.getEpochSecond(), view.lastCandle().getEpochSecond());
    }

    @Test
    void a_resting_order_filled_at_the_venue_is_recorded_by_reconciliation_and_a_restart_resumes() {
        VenueFixture fixture = new VenueFixture();
        TestStrategies.RestingBuyer before = new TestStrategies.RestingBuyer();
        LiveInstance instance = fixture.live("rest", before);
        fixture.tickAfter(1, instance);
        fixture.tickAfter(1, instance);
        assertEquals(1, before.placed);
        List<OrderRecord> open = fixture.execution().liveOrders();
        assertEquals(1, open.size());
        instance.stop();

        // while the service is down another trader sells into the resting bid
        fixture.rest(Side.SELL, "10.00", "1");
        VenueFixture again = fixture.restarted();

        assertTrue(again.execution().liveOrders().isEmpty(), "reconciled at start: the order filled");
        OrderRecord filled = again.execution().order(open.get(0).clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals(1, again.store.fills(VenueDouble.ID).size());
        assertEquals(0, BigDecimal.ONE.compareTo(again.execution().position("rest", VenueFixture.SYMBOL).quantity()));
        assertEquals(1, fixture.venue.placements());
    }

    @Test
    void a_placement_whose_answer_is_lost_is_found_by_its_client_order_id_and_never_placed_again() {
        VenueFixture fixture = new VenueFixture();
        fixture.rest(Side.SELL, "100.50", "1");
        LiveInstance instance = fixture.live("lost", new TestStrategies.BuysOnce("0.5", 0));
        fixture.venue.loseNextPlacementAnswer();

        fixture.tickAfter(1, instance);
        fixture.runtime.reconcile(Instant.now());
        fixture.tickAfter(1, instance);
        fixture.runtime.reconcile(Instant.now());

        assertEquals(1, fixture.venue.placements());
        List<OrderRecord> orders = fixture.execution().orders(OrderQuery.all());
        assertEquals(1, orders.size());
        assertEquals(OrderStatus.FILLED, orders.get(0).status());
        assertEquals(1, fixture.store.fills(VenueDouble.ID).size());
        assertEquals(0, new BigDecimal("0.5").compareTo(instance.view(Instant.now()).position()));
    }

    @Test
    void a_venue_down_during_a_tick_is_counted_and_the_feed_catches_up_later_deciding_on_the_newest_candle_only() {
        VenueFixture fixture = new VenueFixture();
        TestStrategies.BuysOnce strategy = new TestStrategies.BuysOnce("0.5", 0);
        LiveInstance instance = fixture.live("down", strategy);
        fixture.venue.failNextCalls(1);

        fixture.tickAfter(1, instance);

        InstanceView down = instance.view(Instant.now());
        assertEquals(InstanceState.RUNNING, down.state());
        assertEquals(0, down.errors(), "not a failed tick");
        assertTrue(down.lastError().startsWith("feed: double candles: "), down.lastError());
        assertEquals(1, fixture.health.failures());
        assertFalse(fixture.health.up());
        assertTrue(strategy.warmingUp.isEmpty());
        assertEquals(1, fixture.feedChanges.size(), "the outage is told, the ticks going on: " + fixture.feedChanges);
        assertTrue(fixture.feedChanges.get(0).startsWith("down: double candles: "), fixture.feedChanges.toString());
        instance.tick(fixture.clock.instant(), fixture.clock.instant());
        assertEquals(1, fixture.feedChanges.size(), "a tick that waits to try again calls nothing: still down, not told"
                + " again nor as back: " + fixture.feedChanges);

        fixture.tickAfter(2, instance);

        assertTrue(fixture.health.up());
        assertEquals("up", fixture.feedChanges.get(fixture.feedChanges.size() - 1), "and its end: " + fixture.feedChanges);
        assertEquals(2, fixture.feedChanges.size(), fixture.feedChanges.toString());
        assertEquals(List.of(true, true, false), strategy.warmingUp,
                "the three candles closed meanwhile, in order; only the newest is decided on");
        assertEquals(1, strategy.placed);
        InstanceView caughtUp = instance.view(Instant.now());
        assertEquals(0, caughtUp.errors());
        assertEquals(2, caughtUp.skippedTicks(), "the two late candles count as skipped ticks");
        assertEquals(VenueFixture.START.plus(Duration.ofMinutes(2)), caughtUp.lastCandle());
    }

    @Test
    void a_venue_down_at_start_stops_the_instance_from_starting() {
        VenueFixture fixture = new VenueFixture();
        fixture.venue.failNextCalls(1);

        FeedUnavailableException down = assertThrows(FeedUnavailableException.class,
                () -> fixture.live("early", new TestStrategies.BuysOnce("0.5", 3)));
        assertTrue(down.getMessage().startsWith("double did not serve the 3 BTC-USD 1m candles of the warm-up: "),
                down.getMessage());
    }

    @Test
    void daily_bars_on_another_day_boundary_stop_the_warm_up_with_what_to_do() {
        VenueFixture fixture = new VenueFixture();
        Instant tehranMidnight = Instant.parse("2029-12-29T20:30:00Z"); // the clock is at 2030-01-01T01:00:05Z
        fixture.venue.script(VenueFixture.SYMBOL, List.of(
                new Candle(tehranMidnight, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO),
                new Candle(tehranMidnight.plus(Duration.ofDays(1)), BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                        BigDecimal.ONE, BigDecimal.ZERO)));
        VenueFeed daily = new VenueFeed(fixture.venue, fixture.health, VenueFixture.SYMBOL, Resolution.D1,
                fixture.runtime.market(VenueFixture.SYMBOL), fixture.clock, 2, null, VenueFeed.FetchedCandles.NONE, false,
                MarketRecording.NONE, MarketRecording.Sink.NONE);

        FeedUnavailableException refused = assertThrows(FeedUnavailableException.class, () -> daily.history(null));

        assertEquals("double did not serve the 2 BTC-USD 1d candles of the warm-up: double sent a 1d candle opening at"
                + " 2029-12-30T20:30:00Z, not at the start of a UTC 1d bucket as Tradewind keeps them (the venue's bars"
                + " follow another day boundary); use a smaller resolution such as 1h or 1m instead", refused.getMessage());
    }

    @Test
    void a_paper_instance_trades_on_the_venue_feed_without_placing_at_the_venue() {
        VenueFixture fixture = new VenueFixture();
        fixture.venue.script(new DepthSnapshot(VenueFixture.SYMBOL, VenueFixture.START,
                List.of(new PriceLevel(new BigDecimal("99.90"), BigDecimal.ONE)),
                List.of(new PriceLevel(new BigDecimal("100.10"), BigDecimal.ONE))));
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        VenueRuntime paperRuntime = VenueFixture.paperVenue(store);
        TestStrategies.BuysOnce strategy = new TestStrategies.BuysOnce("0.5", 2);
        LiveInstance instance = fixture.paper("paper", strategy, paperRuntime);

        fixture.tickAfter(1, instance);

        assertEquals(0, fixture.venue.placements(), "paper trading never reaches the venue");
        List<FillRecord> fills = store.fills(PaperVenue.NAME);
        assertEquals(1, fills.size());
        assertEquals(0, new BigDecimal("100.10").compareTo(fills.get(0).price()), "filled against the venue's ask, not a candle price: "
                + fills.get(0).price().toPlainString());
        assertNotNull(strategy.depth);
        assertEquals(0, new BigDecimal("100.10").compareTo(strategy.depth.asks().get(0).price()), "the venue's own book");
        assertEquals(0, new BigDecimal("0.5").compareTo(instance.view(Instant.now()).position()));
    }
}
