package io.tradewind.service.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.service.LiveSeries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSymbolsTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final ChartSymbols symbols = ChartSymbols.of(
            List.of(stored("nobitex", "BTC-IRT", Resolution.M1, 0), stored("nobitex", "BTC-IRT", Resolution.H1, 0),
                    stored("toparz", "BTC-IRT", Resolution.D1, 0), stored("sim", "BTC-USD", Resolution.M5, 2)),
            List.of(new LiveSeries("btc-sma", new SeriesKey("sim", "BTC-USD", Resolution.M5),
                    Instrument.of("BTC-USD", "BTC", "USD", "0.5", "0.0001", "0.0001", "0", "0"), List.of()),
                    new LiveSeries("rial", new SeriesKey("nobitex", "BTC-IRT", Resolution.M1),
                            Instrument.of("BTC-IRT", "BTC", "IRT", "1000", "0.00000001", "0.00000001", "0", "0"), List.of())));

    @Test
    void the_price_step_comes_from_the_tick_at_the_stored_decimals() {
        ChartSymbol rial = symbols.find("nobitex:BTC-IRT");
        assertEquals(1, rial.pricescale());
        assertEquals(1_000, rial.minmov());
        assertEquals(8, rial.volumeScale());

        ChartSymbol usd = symbols.find("BTC-USD");
        assertEquals(100, usd.pricescale()); // stored with two decimals, the tick needs one
        assertEquals(50, usd.minmov());
        assertTrue(usd.live());
    }

    @Test
    void without_an_instrument_the_step_is_one_unit_of_the_stored_decimals() {
        ChartSymbol toparz = symbols.find("toparz:btc-irt");
        assertEquals(1, toparz.minmov());
        assertEquals(1, toparz.pricescale());
        assertFalse(toparz.live());
    }

    @Test
    void a_chart_resolution_is_read_from_the_coarsest_stored_one_that_builds_it() {
        ChartSymbol rial = symbols.find("nobitex:BTC-IRT");
        assertEquals(Resolution.M1, rial.sourceOf(ChartResolution.FIVE_MINUTES));
        assertEquals(Resolution.H1, rial.sourceOf(ChartResolution.HOUR));
        assertEquals(Resolution.H1, rial.sourceOf(ChartResolution.MONTH));
        assertEquals(ChartResolution.codes(), rial.chartResolutions().stream().map(ChartResolution::code).toList());

        ChartSymbol daily = symbols.find("toparz:BTC-IRT");
        assertEquals(List.of("1D", "1W", "1M"), daily.chartResolutions().stream().map(ChartResolution::code).toList());
        UdfException e = assertThrows(UdfException.class, () -> daily.sourceOf(ChartResolution.HOUR));
        assertTrue(e.getMessage().contains("toparz:BTC-IRT has no candles for resolution 60"), e.getMessage());
    }

    @Test
    void a_bare_symbol_kept_for_several_venues_or_none_is_refused_naming_the_choices() {
        UdfException ambiguous = assertThrows(UdfException.class, () -> symbols.find("BTC-IRT"));
        assertEquals(400, ambiguous.status());
        assertTrue(ambiguous.getMessage().contains("[nobitex:BTC-IRT, toparz:BTC-IRT]"), ambiguous.getMessage());

        UdfException unknown = assertThrows(UdfException.class, () -> symbols.find("ETH-IRT"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.getMessage().contains("unknown symbol 'ETH-IRT'"), unknown.getMessage());
    }

    @Test
    void search_matches_part_of_the_ticker_on_a_venue_up_to_the_limit() {
        assertEquals(List.of("nobitex:BTC-IRT", "toparz:BTC-IRT"), tickers(symbols.search("irt", null, 10)));
        assertEquals(List.of("toparz:BTC-IRT"), tickers(symbols.search("btc", "toparz", 10)));
        assertEquals(List.of("nobitex:BTC-IRT"), tickers(symbols.search("", "", 1)));
        assertEquals(List.of("nobitex", "sim", "toparz"), symbols.venues());
    }

    private static List<String> tickers(List<ChartSymbol> found) {
        return found.stream().map(ChartSymbol::ticker).toList();
    }

    private static StoredSeries stored(String venue, String symbol, Resolution resolution, int priceScale) {
        return new StoredSeries(new SeriesKey(venue, symbol, resolution), new CandleScales(priceScale, 8, 8), 1, T, T);
    }
}
