package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.live.InstanceSpec;
import io.tradewind.live.MarketRecording;
import io.tradewind.live.PaperVenue;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Start-up checks of instances on connectors: live venues and venue feeds, each problem naming its property. */
class ServiceConfigReaderVenueTest {

    private static final String P = "tradewind.strategies.x.";

    private final VenueDouble venue = new VenueDouble();
    /** Connectors besides {@code double}, by id. */
    private final Map<String, Venue> others = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    ServiceConfigReaderVenueTest() {
        venue.list(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0"));
        properties.put(P + "plugin", "quiet");
        properties.put(P + "symbol", "BTC-USD");
    }

    @Test
    void a_live_instance_takes_its_instrument_from_the_venue_in_either_spelling_and_trades_in_the_venue_account() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        properties.put(P + "symbol", "btcusd");

        ServicePlan plan = read();

        InstanceSpec spec = plan.instances().get(0);
        assertEquals("BTC-USD", spec.instrument().symbol());
        assertEquals("double", spec.feedVenue());
        assertEquals("BTC-USD", spec.feedSymbol());
        assertEquals("venue-account", spec.account());
        assertEquals(Set.of("BTC-USD"), plan.live().get("double").instruments().keySet());
        assertEquals("venue-account", plan.live().get("double").account());
        assertTrue(!plan.usesPaper());
    }

    @Test
    void an_unknown_venue_lists_paper_and_the_connectors() {
        properties.put(P + "venue", "nowhere");

        assertEquals(P + "venue: unknown venue 'nowhere' (venues: paper, double)", problem());
    }

    @Test
    void a_symbol_the_venue_does_not_list_names_the_property() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        properties.put(P + "symbol", "ETH-USD");

        assertEquals(P + "symbol: double lists no ETH-USD (instruments: BTC-USD)", problem());
    }

    @Test
    void a_venue_that_does_not_answer_at_start_up_stops_it_in_one_line() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        venue.failNextCalls(1);

        ServiceConfigException refused = assertThrows(ServiceConfigException.class, this::read);
        String problem = refused.getMessage();
        assertTrue(problem.startsWith(P + "venue: double did not answer at start-up (double: cannot connect)"), problem);
        assertEquals(1, problem.lines().count());
        assertTrue(refused.venueUnavailable(), "nothing to mend: serve waits for the venue");
        assertEquals(Map.of("double", "did not answer at start-up (double: cannot connect); start-up waits for it:"
                + " check tradewind.venues.double.base-url and the venue"), refused.unansweredVenues());
    }

    /** A venue down at boot made serve exit 2, "a configuration to fix", and the systemd unit gave up on it. */
    @Test
    void a_venue_that_does_not_answer_beside_a_mistake_is_still_a_mistake_to_mend() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        properties.put("tradewind.strategies.other.plugin", "no-such-plugin");
        properties.put("tradewind.strategies.other.symbol", "BTC-USD");
        venue.failNextCalls(1);

        ServiceConfigException refused = assertThrows(ServiceConfigException.class, this::read);

        assertEquals(2, refused.getMessage().lines().count(), refused.getMessage());
        assertFalse(refused.venueUnavailable(), "the plugin's name must be mended before any start can run");
    }

    @Test
    void a_connector_that_cannot_do_what_the_instance_needs_is_refused() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        venue.declare(EnumSet.complementOf(EnumSet.of(VenueCapability.CANDLES)));
        assertEquals(P + "venue: double cannot serve candles for a venue feed", problem());

        venue.declare(EnumSet.complementOf(EnumSet.of(VenueCapability.PLACE)));
        assertEquals(P + "venue: double cannot place orders", problem());
    }

    @Test
    void a_live_instance_needs_the_venue_feed_and_the_venue_account() {
        properties.put(P + "venue", "double");
        assertTrue(problem().startsWith(P + "feed: a live instance on double trades on the venue's own market data"));

        properties.put(P + "feed", "venue");
        properties.put(P + "account", "other");
        assertTrue(problem().startsWith(P + "account: a live instance trades in its venue's account, 'venue-account'"));
    }

    @Test
    void paper_on_a_venue_feed_names_its_connector_and_lists_the_venue_instrument() {
        properties.put(P + "feed", "venue");
        assertTrue(problem().startsWith(P + "feed-venue: is missing"), problem());

        properties.put(P + "feed-venue", "elsewhere");
        assertEquals(P + "feed-venue: unknown connector 'elsewhere' (connectors: double)", problem());

        properties.put(P + "feed-venue", "double");
        properties.put("tradewind.paper.accounts.main.balance.USD", "1000");
        ServicePlan plan = read();
        InstanceSpec spec = plan.instances().get(0);
        assertEquals(PaperVenue.NAME, spec.venue());
        assertEquals("double", spec.feedVenue());
        assertEquals(Set.of("BTC-USD"), plan.instruments().keySet(), "the paper venue lists the feed venue's instrument");
        assertTrue(plan.usesPaper());
    }

    /**
     * A paper account's balance in an asset only the feed venue's instrument trades: checked against the
     * paper instruments while that venue was down, it was "no paper instrument trades USD", a mistake
     * to mend, and serve exited 2 instead of waiting for the venue.
     */
    @Test
    void a_feed_venue_down_at_start_up_leaves_the_balances_in_its_assets_unjudged() {
        properties.put(P + "feed", "venue");
        properties.put(P + "feed-venue", "double");
        properties.put("tradewind.paper.accounts.main.balance.USD", "1000");
        venue.failNextCalls(1);

        ServiceConfigException refused = assertThrows(ServiceConfigException.class, this::read);

        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        assertTrue(refused.getMessage().contains("double did not answer at start-up"), refused.getMessage());
        assertTrue(refused.venueUnavailable(), "nothing to mend: serve waits for the venue");
    }

    @Test
    void a_venue_feed_records_what_its_venue_serves() {
        properties.put(P + "venue", "double");
        properties.put(P + "feed", "venue");
        properties.put(P + "record", "depth, trades");
        assertEquals(new MarketRecording(true, true), read().instances().get(0).recording());

        properties.put(P + "record", "trades");
        assertEquals(new MarketRecording(false, true), read().instances().get(0).recording());

        properties.put(P + "record", "book");
        assertEquals(P + "record: unknown 'book': record depth, trades or depth,trades", problem());

        properties.put(P + "record", "depth");
        venue.declare(EnumSet.complementOf(EnumSet.of(VenueCapability.DEPTH)));
        assertEquals(P + "record: double cannot serve depth to record", problem());
    }

    @Test
    void a_replay_records_nothing() {
        properties.put(P + "record", "depth");
        assertTrue(problem().startsWith(P + "record: only a venue feed records market data: set " + P + "feed=venue"),
                problem());
    }

    @Test
    void a_live_instance_on_a_venue_without_market_data_reads_another_connectors_candles() {
        VenueDouble withoutMarketData = new VenueDouble();
        withoutMarketData.declare(EnumSet.complementOf(EnumSet.of(VenueCapability.CANDLES, VenueCapability.DEPTH,
                VenueCapability.RECENT_TRADES)));
        withoutMarketData.list(Instrument.of("BTC-IRR", "BTC", "IRR", "1", "0.00000001", "0.0001", "0.001", "0.001"));
        others.put("orders", withoutMarketData);
        properties.put(P + "venue", "orders");
        properties.put(P + "feed", "venue");
        properties.put(P + "symbol", "BTC-IRR");
        assertEquals(P + "venue: orders cannot serve candles for a venue feed", problem());

        properties.put(P + "feed-venue", "elsewhere");
        assertEquals(P + "feed-venue: unknown connector 'elsewhere' (connectors: double, orders)", problem());
        properties.put(P + "feed-venue", "double");
        assertEquals(P + "symbol: double lists no BTC-IRR (instruments: BTC-USD)", problem());
        properties.put(P + "feed-symbol", "BTCUSD");
        assertEquals(P + "feed-symbol: double's BTC-USD trades BTC for USD, while BTC-IRR at orders trades BTC for IRR: the "
                + "strategy would decide on prices in another asset. Name a double market of BTC priced in IRR (feed-symbol), "
                + "or another feed-venue that has one", problem());
        venue.list(Instrument.of("BTC-IRT", "BTC", "IRR", "10", "0.000001", "0.000001", "0", "0"));
        properties.put(P + "feed-symbol", "BTCIRT");

        ServicePlan plan = read();
        InstanceSpec spec = plan.instances().get(0);
        assertEquals("orders", spec.venue());
        assertEquals("BTC-IRR", spec.instrument().symbol());
        assertEquals("double", spec.feedVenue());
        assertEquals("BTC-IRT", spec.feedSymbol());
        assertEquals(Set.of("orders"), plan.live().keySet());
        assertEquals(Set.of("double"), plan.feeds().keySet());
    }

    private String problem() {
        return assertThrows(ServiceConfigException.class, this::read).getMessage();
    }

    private ServicePlan read() {
        Map<String, Venue> connectors = new TreeMap<>(others);
        connectors.put(VenueDouble.ID, venue);
        return ServiceConfigFixture.read(properties, connectors);
    }
}
