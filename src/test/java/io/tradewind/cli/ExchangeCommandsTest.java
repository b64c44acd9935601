package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.exchange.VenueDoubleFactory;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code exchange double ...} through the application's command line, on the test venue
 * {@link VenueDouble}: symbol spellings, exact amounts, JSON in our records, capabilities, failures
 * and the order calls against its simulated exchange.
 */
@QuarkusTest
class ExchangeCommandsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Inject
    Instance<CommandLine> commandLines;

    private VenueDouble venue;

    @BeforeEach
    void freshVenue() {
        venue = VenueDoubleFactory.reset();
        venue.list(Instrument.of("BTC-IRT", "BTC", "IRT", "10", "0.00000001", "0.00000001", "0.001", "0.002"));
        venue.list(Instrument.of("ETH-IRT", "ETH", "IRT", "10", "0.0001", "0.0001", "0.001", "0.002"));
    }

    private CommandRun run(String... args) {
        return CommandRun.of(commandLines.get(), args);
    }

    @Test
    void markets_lists_the_grid_exactly_and_as_json() {
        CommandRun table = run("exchange", "double", "markets");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().matches("(?s)symbol +base +quote +tick_size +step_size.*\nBTC-IRT +BTC +IRT +10 +0\\.00000001"
                + " +0\\.00000001 +- +0\\.001 +0\\.002 +active\nETH-IRT .*"), table.toString());

        CommandRun json = run("exchange", "double", "markets", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"step_size\" : \"0.00000001\""), json.out());
        assertTrue(json.out().contains("\"tick_size\" : \"10\""), json.out());
    }

    @Test
    void depth_takes_the_venue_spelling_and_prints_rial_magnitudes_without_exponents() {
        venue.script(new DepthSnapshot("BTC-IRT", T0,
                List.of(level("9.99999E+10", "0.00000001"), level("9.9999E+10", "1.5")),
                List.of(level("1E+11", "0E-8"), level("1.00001E+11", "2"))));

        CommandRun table = run("exchange", "double", "depth", "btcirt", "--levels", "1");
        assertEquals(0, table.exitCode(), table.toString());
        assertEquals("side  price         quantity\nask   100000000000  0\nbid   99999900000   0.00000001\n",
                table.out());

        CommandRun json = run("exchange", "double", "depth", "BTC-IRT", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"price\" : \"100001000000\""), json.out());
        assertFalse(json.out().contains("E+") || json.out().contains("E-"), json.out());
    }

    @Test
    void candles_and_trades_print_our_records() {
        venue.script("BTC-IRT", List.of(candle(T0, "1E+11", "3.5"), candle(T0.plusSeconds(3600), "100000000010", "1")));
        venue.scriptTrades("BTC-IRT", List.of(new PublicTrade("t-1", "BTC-IRT", new BigDecimal("1E+11"),
                new BigDecimal("0.25"), Side.BUY, T0)));

        CommandRun candles = run("exchange", "double", "candles", "BTCIRT", "--resolution", "1h", "--from",
                "2026-01-05", "--to", "2026-01-06", "--json");
        assertEquals(0, candles.exitCode(), candles.toString());
        assertTrue(candles.out().contains("\"open_time\" : \"2026-01-05T11:00:00Z\""), candles.out());
        assertTrue(candles.out().contains("\"close\" : \"100000000010\""), candles.out());

        CommandRun trades = run("exchange", "double", "trades", "BTC-IRT");
        assertEquals(0, trades.exitCode(), trades.toString());
        assertTrue(trades.out().contains("2026-01-05T10:00:00Z  t-1       100000000000  0.25      buy"), trades.out());
    }

    @Test
    void an_unknown_venue_or_market_is_bad_input_naming_what_exists() {
        CommandRun venueRun = run("exchange", "nowhere", "markets");
        assertEquals(2, venueRun.exitCode(), venueRun.toString());
        assertTrue(venueRun.err().startsWith("error: unknown venue 'nowhere'; the venues are double"), venueRun.err());

        CommandRun market = run("exchange", "double", "depth", "XRPIRT");
        assertEquals(2, market.exitCode(), market.toString());
        assertTrue(market.err().startsWith("error: double has no market 'XRPIRT'; its markets include BTC-IRT, ETH-IRT"),
                market.err());

        CommandRun url = run("exchange", "double", "markets", "--base-url", "not a url");
        assertEquals(2, url.exitCode(), url.toString());
        assertTrue(url.err().startsWith("error: --base-url: 'not a url' is not an http(s) URL"), url.err());
        CommandRun port = run("exchange", "double", "markets", "--base-url", "http://127.0.0.1:99999");
        assertEquals(2, port.exitCode(), "a port no URL can have, not a venue to try again later: " + port);
        assertTrue(port.err().startsWith("error: --base-url: port 99999 of 'http://127.0.0.1:99999' is out of range: give a"
                + " port from 1 to 65535"), port.err());
    }

    @Test
    void a_missing_capability_and_a_venue_that_is_down_are_one_line_each() {
        venue.declare(Set.of(VenueCapability.DEPTH));
        CommandRun cannot = run("exchange", "double", "trades", "BTC-IRT");
        assertEquals(9, cannot.exitCode(), cannot.toString());
        assertEquals("error: double cannot serve recent trades\n", cannot.err());

        // without INSTRUMENTS the symbol goes to the venue as given
        CommandRun passThrough = run("exchange", "double", "depth", "BTC-IRT");
        assertEquals(0, passThrough.exitCode(), passThrough.toString());

        venue.failNextCalls(1);
        CommandRun down = run("exchange", "double", "depth", "BTC-IRT");
        assertEquals(7, down.exitCode(), down.toString());
        assertEquals("error: double: cannot connect; try again later\n", down.err());
    }

    @Test
    void place_needs_yes_then_status_orders_and_cancel_find_the_order_by_client_id() {
        venue.fund("main", "IRT", "200000000000");
        CommandRun unconfirmed = run("exchange", "double", "place", "BTCIRT", "--side", "buy", "--type", "limit",
                "--quantity", "0.5", "--price", "1E+11", "--client-id", "c-1");
        assertEquals(2, unconfirmed.exitCode(), unconfirmed.toString());
        assertTrue(unconfirmed.err().startsWith("error: not sent: buy limit 0.5 BTC-IRT at 100000000000"
                + " good-till-canceled on double (account main, client order id c-1)"), unconfirmed.err());
        assertEquals(0, venue.placements());

        CommandRun placed = run("exchange", "double", "place", "BTCIRT", "--side", "buy", "--type", "limit",
                "--quantity", "0.5", "--price", "1E+11", "--yes", "--json");
        assertEquals(0, placed.exitCode(), placed.toString());
        assertEquals(1, venue.placements());
        Matcher id = Pattern.compile("\"client_order_id\" : \"(cli[0-9a-z]+-[0-9a-z]+)\"").matcher(placed.out());
        assertTrue(id.find(), placed.out());
        String clientId = id.group(1);
        assertTrue(placed.err().contains("client order id " + clientId + ")"), placed.err());
        assertTrue(placed.out().contains("\"price\" : \"100000000000\""), placed.out());

        CommandRun status = run("exchange", "double", "status", clientId);
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.out().contains(clientId) && status.out().contains("active"), status.out());
        CommandRun open = run("exchange", "double", "orders");
        assertTrue(open.out().contains(clientId), open.out());
        CommandRun balances = run("exchange", "double", "balances");
        assertTrue(balances.out().matches("(?s).*IRT +\\d+ +\\d+ +200000000000\n.*"), balances.out());

        CommandRun cancelled = run("exchange", "double", "cancel", clientId);
        assertEquals(0, cancelled.exitCode(), cancelled.toString());
        assertTrue(cancelled.out().contains("cancelled"), cancelled.out());

        CommandRun unknown = run("exchange", "double", "status", "no-such-id");
        assertEquals(4, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().startsWith("error: double knows no order with client order id 'no-such-id'"), unknown.err());
    }

    @Test
    void a_market_buy_may_be_sized_by_the_quote_amount_it_spends() {
        venue.fund("main", "IRT", "200000000000");
        CommandRun described = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "market",
                "--total-price", "5000000", "--client-id", "q-1");
        assertEquals(2, described.exitCode(), described.toString());
        assertTrue(described.err().startsWith("error: not sent: buy market BTC-IRT for 5000000 quote immediate-or-cancel"
                + " on double (account main, client order id q-1)"), described.err());

        CommandRun sent = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "market",
                "--total-price", "5000000", "--yes");
        assertEquals(1, venue.placements(), sent.toString());

        CommandRun onALimit = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "limit",
                "--price", "1000", "--total-price", "5000000");
        assertEquals(2, onALimit.exitCode(), onALimit.toString());
        assertTrue(onALimit.err().contains("--total-price sizes only a market buy; give --quantity"), onALimit.err());
        CommandRun both = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "market",
                "--quantity", "1", "--total-price", "5000000");
        assertTrue(both.err().contains("give either --quantity or --total-price, not both"), both.err());
        CommandRun neither = run("exchange", "double", "place", "BTC-IRT", "--side", "sell", "--type", "market");
        assertTrue(neither.err().contains("give the order's size: --quantity\n") || neither.err().contains("give the order's size: --quantity"),
                neither.err());
        venue.failNextCalls(1);
        CommandRun offline = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "market");
        assertTrue(offline.err().contains("give the order's size"), "bad options are told before the venue is asked: " + offline.err());
        assertEquals(1, venue.placements(), "nothing sent for bad input");
    }

    @Test
    void a_rejection_and_a_lost_answer_have_their_own_exit_codes() {
        CommandRun rejected = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "limit",
                "--quantity", "1", "--price", "1000", "--client-id", "broke-1", "--yes");
        assertEquals(8, rejected.exitCode(), rejected.toString());
        assertTrue(rejected.err().contains("error: double rejected order broke-1: "), rejected.err());

        venue.fund("main", "IRT", "1000000");
        venue.loseNextPlacementAnswer();
        CommandRun lost = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "limit",
                "--quantity", "1", "--price", "1000", "--client-id", "lost-1", "--yes");
        assertEquals(7, lost.exitCode(), lost.toString());
        assertTrue(lost.err().contains("error: double place: no answer in time; it may have taken effect: look it up with"
                + " 'exchange double status lost-1' before trying again"), lost.err());

        venue.declare(Set.of(VenueCapability.PLACE, VenueCapability.INSTRUMENTS));
        CommandRun stop = run("exchange", "double", "place", "BTC-IRT", "--side", "sell", "--type", "stop-market",
                "--quantity", "1", "--stop-price", "900", "--yes");
        assertEquals(9, stop.exitCode(), stop.toString());
        assertEquals("error: double cannot place stop orders\n", stop.err());
    }

    @Test
    void at_a_venue_without_client_order_ids_our_id_is_never_answered_as_an_order_it_does_not_know() {
        venue.knowClientOrderIds(false);
        venue.fund("main", "IRT", "1000000");
        venue.loseNextPlacementAnswer();
        CommandRun lost = run("exchange", "double", "place", "BTC-IRT", "--side", "buy", "--type", "limit",
                "--quantity", "1", "--price", "1000", "--client-id", "lost-2", "--yes");
        assertEquals(7, lost.exitCode(), lost.toString());
        assertTrue(lost.err().contains("look for it with 'exchange double orders'"), lost.err());

        CommandRun status = run("exchange", "double", "status", "lost-2");
        CommandRun cancel = run("exchange", "double", "cancel", "lost-2");

        assertEquals(2, status.exitCode(), "not 4, 'no such order', which would invite placing it again: " + status);
        assertEquals("error: double does not know our client order ids, so it cannot be asked about 'lost-2'; give the"
                + " order's venue id as venue:ID ('exchange double orders' lists the open orders so)\n", status.err());
        assertEquals(2, cancel.exitCode(), cancel.toString());
        assertEquals(1, venue.placements());
    }

    private static PriceLevel level(String price, String quantity) {
        return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
    }

    private static Candle candle(Instant open, String price, String volume) {
        BigDecimal p = new BigDecimal(price);
        return new Candle(open, p, p, p, p, new BigDecimal(volume), p.multiply(new BigDecimal(volume)));
    }
}
