package io.tradewind.exchange.nami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nami's market data answers. The seed ({@code 004_…}) shows none of them; {@code exchanges.md}
 * names the calls and documents: the {@code {"status":"ok","data":…}} envelope, that the config
 * carries the symbols with a {@code PRICE_FILTER} tick size, that depth has {@code bid} or
 * {@code bids} and {@code asks}, and that the chart history is an array of rows
 * {@code [t,o,h,l,c,v,n]}. Inferred (Binance-style, as the order fields are): the config's field
 * names ({@code symbol}, {@code status} with {@code TRADING}, {@code baseAsset}/{@code quoteAsset}
 * and their ids, {@code filters[].filterType}, {@code tickSize}), the {@code LOT_SIZE} and
 * {@code MIN_NOTIONAL} filters, depth levels as {@code [price, qty]} or {@code {price, quantity}}
 * and the singular {@code ask}, the chart history without the envelope, times in seconds (or
 * milliseconds), {@code n} as a trade count and the resolution names.
 */
class NamiMarketAdaptersTest {

    private static final BigDecimal FEE = new BigDecimal("0.001");

    private static List<Instrument> instruments() {
        return NamiMarketAdapters.configSymbols(NamiFixtures.data("config.json")).stream()
                .map(s -> NamiMarketAdapters.instrument(s, FEE, FEE)).toList();
    }

    /** PRICE_FILTER is documented (its {@code tickSize} name is not); LOT_SIZE and MIN_NOTIONAL are inferred. */
    @Test
    void theGridComesFromThePriceFilterAndTheLotSize() {
        Instrument btc = instruments().get(0);

        assertEquals("BTC-USDT", btc.symbol());
        assertEquals(new BigDecimal("0.01"), btc.tickSize());
        assertEquals(new BigDecimal("0.00001"), btc.stepSize());
        assertEquals(new BigDecimal("0.00001"), btc.minQuantity());
        assertEquals(new BigDecimal("100"), btc.maxQuantity());
        assertEquals(new BigDecimal("5"), btc.minNotional());
        assertEquals(InstrumentStatus.ACTIVE, btc.status());
    }

    /** Inferred: a symbol's {@code status} and its values ({@code TRADING}, {@code BREAK}). */
    @Test
    void aSymbolNotTradingIsInactiveAndOneWithoutMinNotionalHasNone() {
        List<Instrument> all = instruments();

        assertEquals(InstrumentStatus.INACTIVE, all.get(2).status());
        assertNull(all.get(1).minNotional());
        assertEquals(new BigDecimal("1"), all.get(1).tickSize());
    }

    @Test
    void aSymbolWithoutPriceFilterIsMalformed() throws Exception {
        JsonNode symbol = NamiJson.read("{\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\",\"filters\":[]}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamiMarketAdapters.instrument(symbol, FEE, FEE));
        assertEquals("PRICE_FILTER is missing", e.getMessage());
    }

    /** {@code bids}/{@code asks} are documented; levels as {@code [price, qty]} text pairs are inferred. */
    @Test
    void depthIsSortedAndEmptyLevelsDropped() {
        DepthSnapshot book = NamiMarketAdapters.depth(NamiFixtures.data("depth.json"), "BTC-USDT", Instant.EPOCH);

        assertEquals(List.of(new BigDecimal("62875.1"), new BigDecimal("62870.5")),
                book.bids().stream().map(PriceLevel::price).toList());
        assertEquals(List.of(new BigDecimal("62880.2"), new BigDecimal("62890")),
                book.asks().stream().map(PriceLevel::price).toList());
    }

    /** {@code bid} is documented; {@code ask} and {@code {price, quantity}} levels are inferred. */
    @Test
    void depthReadsTheSingularBidAndAskWithObjectLevels() {
        DepthSnapshot book = NamiMarketAdapters.depth(NamiFixtures.data("depth-bid.json"), "NAMI-VNDC", Instant.EPOCH);

        assertEquals(List.of(new PriceLevel(new BigDecimal("600"), new BigDecimal("50000"))), book.bids());
        assertEquals(List.of(new PriceLevel(new BigDecimal("610"), new BigDecimal("1200"))), book.asks());
    }

    /** Rows {@code [t,o,h,l,c,v,n]} are documented; {@code t} in seconds and {@code n} a trade count are inferred. */
    @Test
    void chartRowsBecomeClosedCandlesInTheRange() {
        List<Candle> candles = NamiMarketAdapters.candles(NamiFixtures.data("chart-history.json"), Resolution.M1,
                Instant.ofEpochSecond(1764748860), Instant.ofEpochSecond(1764749400), Instant.ofEpochSecond(1764748979));

        assertEquals(1, candles.size(), "the first row is before the range, the last still open");
        Candle bar = candles.get(0);
        assertEquals(Instant.ofEpochSecond(1764748860), bar.openTime());
        assertEquals(new BigDecimal("62950"), bar.high());
        assertEquals(new BigDecimal("3.25"), bar.volume());
        assertEquals(BigDecimal.ZERO, bar.quoteVolume());
    }

    /** Inferred: the unit of {@code t} is not documented, so milliseconds are read too. */
    @Test
    void chartTimesInMillisecondsAreReadToo() throws Exception {
        JsonNode rows = NamiJson.read("[[1764748800000,1,2,1,2,5,3]]");

        List<Candle> candles = NamiMarketAdapters.candles(rows, Resolution.M1, Instant.EPOCH,
                Instant.ofEpochSecond(1764749400), Instant.ofEpochSecond(1764749400));

        assertEquals(Instant.ofEpochSecond(1764748800), candles.get(0).openTime());
    }

    @Test
    void aShortChartRowIsMalformed() throws Exception {
        JsonNode rows = NamiJson.read("[[1764748800,1,2]]");

        assertThrows(IllegalArgumentException.class, () -> NamiMarketAdapters.candles(rows, Resolution.M1,
                Instant.EPOCH, Instant.ofEpochSecond(1764749400), Instant.ofEpochSecond(1764749400)));
    }

    /** Inferred: the resolution names, which the seed and exchanges.md do not list. */
    @Test
    void resolutionsNamiLacksHaveNoName() {
        assertEquals("1h", NamiMarketAdapters.resolution(Resolution.H1));
        assertNull(NamiMarketAdapters.resolution(Resolution.M3));
        assertTrue(NamiMarketAdapters.resolution(Resolution.W1) != null);
    }
}
