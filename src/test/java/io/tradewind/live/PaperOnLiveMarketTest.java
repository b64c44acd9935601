package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paper trading on a venue's live market data: decisions trade against the venue's order book,
 * resting orders fill from its public trades, and a venue without public trades falls back to the
 * candles' paths.
 */
class PaperOnLiveMarketTest {

    private final VenueFixture fixture = new VenueFixture();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private final VenueRuntime paper = VenueFixture.paperVenue(store);

    @Test
    void a_market_buy_walks_the_venues_ask_levels() {
        book(List.of(level("99.90", "1")), List.of(level("100.10", "0.3"), level("100.20", "1"), level("100.30", "5")));
        LiveInstance instance = fixture.paper("paper", new TestStrategies.BuysOnce("0.5", 2), paper);

        fixture.tickAfter(1, instance);

        List<FillRecord> fills = store.fills(PaperVenue.NAME);
        assertEquals(2, fills.size(), fills.toString());
        assertFill(fills.get(0), "100.10", "0.3");
        assertFill(fills.get(1), "100.20", "0.2");
        assertEquals(0, fixture.venue.placements(), "paper trading never reaches the venue");
    }

    /** The strategy threw in the tick whose trades call went unanswered: the outage is told all the same (a review). */
    @Test
    void a_feed_outage_in_a_tick_that_threw_is_told() {
        LiveInstance instance = fixture.paper("paper", new TestStrategies.Throwing(), paper);
        fixture.venue.failNextCalls(1);

        fixture.tickAfter(1, instance);

        assertEquals(1, instance.view(Instant.now()).errors(), "the tick threw");
        assertEquals(1, fixture.feedChanges.size(), fixture.feedChanges.toString());
        assertTrue(fixture.feedChanges.get(0).startsWith("down: double trades: "), fixture.feedChanges.toString());
    }

    @Test
    void a_market_buy_finds_nothing_in_an_empty_book() {
        book(List.of(), List.of());
        LiveInstance instance = fixture.paper("paper", new TestStrategies.BuysOnce("0.5", 2), paper);

        fixture.tickAfter(1, instance);

        assertTrue(store.fills(PaperVenue.NAME).isEmpty(), "nothing to buy: the candles are no liquidity");
        assertEquals(0, instance.view(Instant.now()).position().signum());
    }

    @Test
    void a_resting_bid_fills_from_public_trades_at_or_below_it_up_to_their_quantity_and_only_once() {
        book(List.of(level("99.00", "1")), List.of(level("101.00", "1")));
        Instant before = Instant.now().minusSeconds(60);
        PublicTrade old = trade("t0", "99.00", "3", before);
        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of(old));
        TestStrategies.BidsOnce strategy = new TestStrategies.BidsOnce("100.00", "1");
        LiveInstance instance = fixture.paper("paper", strategy, paper);

        fixture.tickAfter(1, instance);
        assertEquals(1, strategy.placed);
        assertTrue(store.fills(PaperVenue.NAME).isEmpty(), "the bid rests below the venue's ask");

        Instant after = Instant.now().plusSeconds(1);
        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of(old,
                trade("t1", "99.50", "2", before.plusSeconds(30)),   // printed before the bid existed
                trade("t2", "100.05", "2", after),                   // above the bid
                trade("t3", "100.00", "0.4", after.plusSeconds(1)))); // at the bid
        fixture.tickAfter(1, instance);
        fixture.tickAfter(1, instance);

        List<FillRecord> fills = store.fills(PaperVenue.NAME);
        assertEquals(1, fills.size(), "the same trades seen twice fill once: " + fills);
        assertFill(fills.get(0), "100.00", "0.4");
    }

    @Test
    void a_print_through_the_bid_fills_it_at_its_own_price() {
        book(List.of(level("99.00", "1")), List.of(level("101.00", "1")));
        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of());
        LiveInstance instance = fixture.paper("paper", new TestStrategies.BidsOnce("100.00", "1"), paper);
        fixture.tickAfter(1, instance);

        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of(trade("t1", "99.50", "5", Instant.now().plusSeconds(1))));
        fixture.tickAfter(1, instance);

        List<FillRecord> fills = store.fills(PaperVenue.NAME);
        assertEquals(1, fills.size(), fills.toString());
        assertFill(fills.get(0), "100.00", "1");
    }

    @Test
    void without_public_trades_resting_orders_fill_along_the_candles_paths() {
        fixture.venue.declare(EnumSet.of(VenueCapability.CANDLES, VenueCapability.DEPTH));
        book(List.of(level("99.00", "1")), List.of(level("101.00", "1")));
        LiveInstance instance = fixture.paper("paper", new TestStrategies.BidsOnce("100.00", "1"), paper);

        // the scripted candles open at 100.00 + (minute % 7) cents and dip 5 cents below it
        for (int minute = 0; minute < 8 && store.fills(PaperVenue.NAME).isEmpty(); minute++) {
            fixture.tickAfter(1, instance);
        }

        List<FillRecord> fills = store.fills(PaperVenue.NAME);
        assertEquals(1, fills.size(), fills.toString());
        assertFill(fills.get(0), "100.00", "1");
    }

    @Test
    void with_public_trades_the_candles_paths_fill_nothing() {
        book(List.of(level("99.00", "1")), List.of(level("101.00", "1")));
        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of());
        LiveInstance instance = fixture.paper("paper", new TestStrategies.BidsOnce("100.00", "1"), paper);

        for (int minute = 0; minute < 8; minute++) {
            fixture.tickAfter(1, instance);
        }

        assertTrue(store.fills(PaperVenue.NAME).isEmpty(), "no trade printed at the bid, whatever the candles say");
    }

    @Test
    void a_venue_feed_records_the_depth_of_every_tick_and_the_trades_of_every_trades_poll() {
        book(List.of(level("99.00", "1")), List.of(level("101.00", "1")));
        PublicTrade printed = trade("t1", "100.00", "1", Instant.now());
        fixture.venue.scriptTrades(VenueFixture.SYMBOL, List.of(printed));
        List<DepthSnapshot> depths = new ArrayList<>();
        List<List<PublicTrade>> trades = new ArrayList<>();
        fixture.recording = new MarketRecording(true, true);
        fixture.recorder = new MarketRecording.Sink() {
            @Override
            public void depth(DepthSnapshot snapshot) {
                depths.add(snapshot);
            }

            @Override
            public void trades(List<PublicTrade> recent) {
                trades.add(recent);
            }
        };
        LiveInstance instance = fixture.live("live", new TestStrategies.BidsOnce("10.00", "1"));

        fixture.tickAfter(1, instance);
        fixture.tickAfter(1, instance);

        assertEquals(2, depths.size(), "one snapshot a tick");
        assertEquals(0, new BigDecimal("101.00").compareTo(depths.get(0).asks().get(0).price()));
        assertEquals(List.of(List.of(printed), List.of(printed)), trades, "a live feed records trades without filling anything");
    }

    private void book(List<PriceLevel> bids, List<PriceLevel> asks) {
        fixture.venue.script(new DepthSnapshot(VenueFixture.SYMBOL, VenueFixture.START, bids, asks));
    }

    private static PriceLevel level(String price, String quantity) {
        return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
    }

    private static PublicTrade trade(String id, String price, String quantity, Instant time) {
        return new PublicTrade(id, VenueFixture.SYMBOL, new BigDecimal(price), new BigDecimal(quantity), Side.SELL, time);
    }

    private static void assertFill(FillRecord fill, String price, String quantity) {
        assertEquals(0, new BigDecimal(price).compareTo(fill.price()), "price " + fill.price().toPlainString());
        assertEquals(0, new BigDecimal(quantity).compareTo(fill.quantity()), "quantity " + fill.quantity().toPlainString());
    }
}
