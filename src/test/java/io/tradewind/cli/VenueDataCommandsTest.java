package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.exchange.VenueDoubleFactory;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.marketdata.RecordedTrade;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code data download} and {@code data record} through the application's command line, from the
 * test venue {@link VenueDouble} into the test profile's store.
 */
@QuarkusTest
class VenueDataCommandsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    @Inject
    Instance<CommandLine> commandLines;

    @Inject
    CandleStore candles;

    @Inject
    RecordedMarketDataStore recorded;

    @Inject
    CommandStop stop;

    private VenueDouble venue;

    @BeforeEach
    void freshVenue() {
        venue = VenueDoubleFactory.reset();
        venue.list(Instrument.of("BTC-IRT", "BTC", "IRT", "10", "0.00000001", "0.00000001", "0.001", "0.002"));
    }

    private CommandRun run(String... args) {
        return CommandRun.of(commandLines.get(), args);
    }

    @Test
    void download_stores_the_series_under_the_canonical_symbol_and_a_rerun_resumes() {
        venue.script("BTC-IRT", hours(0, 24));
        CommandRun first = run("data", "download", "--venue", "double", "--symbol", "BTCIRT", "--resolution", "1h",
                "--from", "2026-01-05", "--to", "2026-01-06");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().startsWith("downloaded 24 candles of double:BTC-IRT:1h from 2026-01-05T00:00:00Z to"
                + " 2026-01-06T00:00:00Z in 1 page"), first.out());

        venue.script("BTC-IRT", hours(0, 48));
        CommandRun again = run("data", "download", "--venue", "double", "--symbol", "BTC-IRT", "--resolution", "1h",
                "--from", "2026-01-05", "--to", "2026-01-07");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().startsWith("downloaded 24 candles of double:BTC-IRT:1h from 2026-01-05T00:00:00Z to"
                + " 2026-01-07T00:00:00Z in 1 page, "), again.out());
        assertTrue(again.out().contains("(resumed at 2026-01-06T00:00:00Z, after the last stored candle)"), again.out());
        StoredSeries stored = candles.describe(new SeriesKey("double", "BTC-IRT", Resolution.H1)).orElseThrow();
        assertEquals(48, stored.count());
        assertTrue(again.out().contains("double:BTC-IRT:1h now holds 48 candles"), again.out());
    }

    /** An empty symbol went to the network and was reported as the venue being down (exit 7). */
    @Test
    void download_of_an_empty_symbol_is_refused_before_the_venue_is_asked() {
        CommandRun empty = run("data", "download", "--venue", "double", "--symbol", " ", "--from", "2026-01-05");
        assertEquals(2, empty.exitCode(), empty.toString());
        assertTrue(empty.err().startsWith("error: --symbol is empty: give the market, e.g. BTCIRT or BTC-IRT."), empty.err());
    }

    @Test
    void download_from_a_venue_without_candles_or_that_is_down_is_one_line() {
        venue.declare(Set.of(VenueCapability.INSTRUMENTS, VenueCapability.DEPTH));
        CommandRun cannot = run("data", "download", "--venue", "double", "--symbol", "BTCIRT", "--from", "2026-01-05");
        assertEquals(9, cannot.exitCode(), cannot.toString());
        assertEquals("error: double cannot serve candle history, so 'data download' cannot fetch it; record its trades"
                + " with 'data record --trades' instead\n", cannot.err());

        venue.declare(Set.of(VenueCapability.CANDLES));
        venue.failNextCalls(1);
        CommandRun down = run("data", "download", "--venue", "double", "--symbol", "DOWN-IRT", "--from", "2026-01-05",
                "--to", "2026-01-06");
        assertEquals(7, down.exitCode(), down.toString());
        assertEquals("error: double: cannot connect; try again later; 0 candles were stored before it; run the same"
                + " command again to resume\n", down.err());
    }

    @Test
    void record_stores_each_snapshot_and_trade_once_however_often_it_polls() {
        Instant time = Instant.parse("2026-01-05T10:00:00.250Z");
        venue.script(new DepthSnapshot("BTC-IRT", time, List.of(new PriceLevel(new BigDecimal("9.9999E+10"),
                new BigDecimal("0.5"))), List.of(new PriceLevel(new BigDecimal("1E+11"), new BigDecimal("0.00000001")))));
        venue.scriptTrades("BTC-IRT", List.of(
                new PublicTrade("7", "BTC-IRT", new BigDecimal("1E+11"), new BigDecimal("0.1"), Side.BUY, time),
                new PublicTrade(null, "BTC-IRT", new BigDecimal("99999999990"), new BigDecimal("0.2"), null,
                        time.plusMillis(1))));

        CommandRun recording = run("data", "record", "--venue", "double", "--symbol", "btcirt", "--interval", "20ms",
                "--for", "200ms");
        assertEquals(0, recording.exitCode(), recording.toString());
        assertTrue(recording.out().startsWith("recorded 1 depth snapshots and 2 new trades of double:BTC-IRT in "),
                recording.out());

        List<DepthSnapshot> snapshots = recorded.depth("double", "BTC-IRT", time, time.plusSeconds(1));
        assertEquals(1, snapshots.size());
        assertEquals("100000000000", snapshots.get(0).asks().get(0).price().toPlainString());
        List<RecordedTrade> trades = recorded.trades("double", "BTC-IRT", time, time.plusSeconds(1));
        assertEquals(List.of("7", "t1767607200251:99999999990:0.2:-"), trades.stream().map(RecordedTrade::tradeId).toList());
    }

    @Test
    void record_goes_on_through_a_passing_outage_and_refuses_what_the_venue_cannot() {
        // no instrument list to look the symbol up in: the first call to the venue is the first poll
        venue.declare(Set.of(VenueCapability.DEPTH, VenueCapability.RECENT_TRADES));
        venue.failNextCalls(1);
        CommandRun recording = run("data", "record", "--venue", "double", "--symbol", "BTC-IRT", "--depth", "--interval",
                "10ms", "--for", "100ms");
        assertEquals(0, recording.exitCode(), recording.toString());
        assertTrue(recording.err().contains(": double: cannot connect; try again later; recording goes on"), recording.err());
        assertTrue(recording.out().contains(" (1 polls failed)"), recording.out());

        venue.declare(Set.of(VenueCapability.DEPTH));
        CommandRun cannot = run("data", "record", "--venue", "double", "--symbol", "BTC-IRT", "--for", "1s");
        assertEquals(9, cannot.exitCode(), cannot.toString());
        assertEquals("error: double cannot serve recent trades; record only what it can with --depth or --trades\n",
                cannot.err());

        CommandRun badDuration = run("data", "record", "--venue", "double", "--symbol", "BTC-IRT", "--for", "an hour");
        assertEquals(2, badDuration.exitCode(), badDuration.toString());
        assertTrue(badDuration.err().startsWith("error: --for: 'an hour' is not a positive duration"), badDuration.err());
    }

    @Test
    void record_without_for_runs_until_the_application_shuts_down_then_ends_with_its_summary() throws Exception {
        Instant time = Instant.parse("2026-01-05T11:00:00Z");
        venue.script(new DepthSnapshot("BTC-IRT", time, List.of(), List.of(new PriceLevel(BigDecimal.TEN, BigDecimal.ONE))));
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<CommandRun> recording = background.submit(() -> run("data", "record", "--venue", "double", "--symbol",
                    "BTC-IRT", "--depth", "--interval", "10ms"));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (recorded.depth("double", "BTC-IRT", time, time.plusSeconds(1)).isEmpty() && System.nanoTime() < giveUp) {
                Thread.sleep(10);
            }
            stop.onShutdown(new ShutdownEvent());

            CommandRun stopped = recording.get(30, TimeUnit.SECONDS);
            assertEquals(0, stopped.exitCode(), stopped.toString());
            assertTrue(stopped.out().matches("recorded 1 depth snapshots and 0 new trades of double:BTC-IRT in \\d+ polls"
                    + " over [0-9.]+ s; stopped on request\n"), stopped.out());
            assertTrue(stopped.err().startsWith("recording double:BTC-IRT every 10 ms until Ctrl-C"), stopped.err());
        } finally {
            background.shutdownNow();
        }
    }

    private static List<Candle> hours(int first, int end) {
        List<Candle> list = new ArrayList<>();
        for (int i = first; i < end; i++) {
            BigDecimal price = BigDecimal.valueOf(100_000_000_000L + 10L * i);
            list.add(new Candle(T0.plusSeconds(3600L * i), price, price, price, price, new BigDecimal("0.5"),
                    price.multiply(new BigDecimal("0.5"))));
        }
        return list;
    }
}
