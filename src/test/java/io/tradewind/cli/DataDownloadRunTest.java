package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.backtest.ProgressListener;
import io.tradewind.domain.Instrument;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging a venue's candles into a store: all pages, resuming, no duplicates, the series' decimals. */
class DataDownloadRunTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instrument BTC_IRT = Instrument.of("BTC-IRT", "BTC", "IRT", "10", "0.00000001", "0.00000001",
            "0.001", "0.002");
    private static final SeriesKey KEY = new SeriesKey("double", "BTC-IRT", Resolution.M1);

    private final VenueDouble venue = new VenueDouble();
    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final List<Instant> asked = new ArrayList<>();

    @BeforeEach
    void history() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            candles.add(candle(T0.plusSeconds(60L * i), 100_000_000_000L + 10L * i, "0.0000000" + (1 + i % 9)));
        }
        venue.script("BTC-IRT", candles);
    }

    @Test
    void every_page_is_stored_once_with_the_instruments_decimals() throws Exception {
        DataDownloadRun run = new DataDownloadRun(paged(10, 2), store, KEY, BTC_IRT, ProgressListener.NONE);
        run.run(T0, T0.plusSeconds(60L * 95));

        StoredSeries stored = store.describe(KEY).orElseThrow();
        assertEquals(95, stored.count());
        assertEquals(new CandleScales(0, 8, 0), stored.scales());
        assertEquals(T0.plusSeconds(60L * 94), stored.last());
        // pages of 10 that overlap the previous one by 2 candles: 12 pages, and still 95 candles
        assertEquals(12, run.pages());
        assertEquals(new BigDecimal("100000000940"), lastCandle().close());
        assertEquals(new BigDecimal("0.00000005"), lastCandle().volume());
    }

    @Test
    void a_second_run_resumes_after_the_last_stored_candle() throws Exception {
        new DataDownloadRun(paged(10, 0), store, KEY, BTC_IRT, ProgressListener.NONE).run(T0, T0.plusSeconds(60L * 40));
        asked.clear();

        DataDownloadRun again = new DataDownloadRun(paged(10, 0), store, KEY, BTC_IRT, ProgressListener.NONE);
        assertEquals(T0.plusSeconds(60L * 40), again.start(T0));
        again.run(T0, T0.plusSeconds(60L * 95));

        assertEquals(T0.plusSeconds(60L * 40), asked.get(0));
        assertEquals(55, again.written());
        assertEquals(95, store.describe(KEY).orElseThrow().count());
    }

    @Test
    void progress_reaches_the_whole_range_and_a_venue_that_does_not_advance_is_an_error() throws Exception {
        List<long[]> seen = new ArrayList<>();
        new DataDownloadRun(paged(30, 0), store, KEY, BTC_IRT, (done, total) -> seen.add(new long[] {done, total}))
                .run(T0, T0.plusSeconds(60L * 95));
        assertEquals(List.of(0L, 30L, 60L, 90L, 95L), seen.stream().map(p -> p[0]).toList());
        assertTrue(seen.stream().allMatch(p -> p[1] == 95));

        DataDownloadRun stuck = new DataDownloadRun(paged(10, 10), new InMemoryCandleStore(), KEY, BTC_IRT,
                ProgressListener.NONE);
        VenueCallException e = assertThrows(VenueCallException.class, () -> stuck.run(T0, T0.plusSeconds(60L * 95)));
        assertEquals("double candles: the next page would start at 2026-01-01T00:00:00Z, not after 2026-01-01T00:00:00Z",
                e.getMessage());
        assertEquals(10, stuck.written());
    }

    @Test
    void more_decimals_than_the_stored_series_has_are_refused() throws Exception {
        new DataDownloadRun(paged(100, 0), store, KEY, null, ProgressListener.NONE).run(T0, T0.plusSeconds(60));
        Candle finer = new Candle(T0.plusSeconds(60), new BigDecimal("1.5"), new BigDecimal("1.5"), new BigDecimal("1.5"),
                new BigDecimal("1.5"), BigDecimal.ONE, new BigDecimal("1.5"));
        venue.script("BTC-IRT", List.of(finer));
        DataDownloadRun second = new DataDownloadRun(paged(100, 0), store, KEY, null, ProgressListener.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> second.run(T0, T0.plusSeconds(120)));
        assertEquals("double:BTC-IRT:1m is stored with 0 price and 8 volume decimals, but double sent candles with 1 and"
                + " 0; download them under another symbol or remove the series first", e.getMessage());
    }

    private Candle lastCandle() {
        try (CandleCursor cursor = store.read(KEY, T0.plusSeconds(60L * 94), T0.plusSeconds(60L * 95))) {
            CandleChunk chunk = cursor.next();
            return chunk.candle(chunk.size() - 1);
        }
    }

    /**
     * The double's candles served {@code size} at a time, each next page starting {@code overlap}
     * candles before the end of this one, as some venues page.
     */
    private Venue paged(int size, int overlap) {
        return (Venue) Proxy.newProxyInstance(Venue.class.getClassLoader(), new Class<?>[] {Venue.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("candles")) {
                        Instant from = (Instant) args[2];
                        asked.add(from);
                        CandlePage all = venue.candles((String) args[0], (Resolution) args[1], from, (Instant) args[3]);
                        if (all.candles().size() <= size) {
                            return all;
                        }
                        List<Candle> page = all.candles().subList(0, size);
                        return new CandlePage(page, page.get(size - 1).openTime().plusSeconds(60).minusSeconds(60L * overlap));
                    }
                    try {
                        return method.invoke(venue, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void daily_bars_on_another_day_boundary_are_refused_with_what_to_do_and_nothing_is_stored() {
        SeriesKey daily = new SeriesKey("double", "BTC-IRT", Resolution.D1);
        Instant tehranMidnight = Instant.parse("2026-01-01T20:30:00Z");
        venue.script("BTC-IRT", List.of(candle(tehranMidnight, 100_000_000_000L, "0.5")));
        DataDownloadRun run = new DataDownloadRun(venue, store, daily, BTC_IRT, ProgressListener.NONE);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run.run(T0, T0.plusSeconds(86_400L * 3)));

        assertEquals("double sent a 1d candle opening at 2026-01-01T20:30:00Z, not at the start of a UTC 1d bucket as"
                + " Tradewind keeps them (the venue's bars follow another day boundary); use a smaller resolution"
                + " such as 1h or 1m instead", refused.getMessage());
        assertTrue(store.describe(daily).isEmpty());
    }

    private static Candle candle(Instant open, long price, String volume) {
        BigDecimal p = BigDecimal.valueOf(price);
        return new Candle(open, p, p, p, p, new BigDecimal(volume), p.multiply(new BigDecimal(volume)));
    }
}
