package io.tradewind.exchange.toparz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopArzMarketAdaptersTest {

    private static final BigDecimal FEE = new BigDecimal("0.0035");
    private static final Instant FAR_LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static List<Instrument> instruments() {
        List<TopArzMarket> markets = TopArzFixtures.data("markets.json", new TypeReference<>() { });
        return markets.stream().map(m -> TopArzMarketAdapters.instrument(m, FEE, FEE)).toList();
    }

    @Test
    void theSeedsMarketHasItsScalesFromTheDigitCounts() {
        Instrument usdt = instruments().get(0);

        assertEquals("USDT-TMN", usdt.symbol());
        assertEquals("USDT", usdt.base());
        assertEquals("TMN", usdt.quote());
        assertEquals(new BigDecimal("1"), usdt.tickSize());
        assertEquals(new BigDecimal("0.01"), usdt.stepSize());
        assertEquals(new BigDecimal("0.01"), usdt.minQuantity());
        assertNull(usdt.minNotional());
        assertEquals(FEE, usdt.takerFee());
        assertEquals(InstrumentStatus.ACTIVE, usdt.status(), "its sell side trades on the book (BOTH)");
    }

    @Test
    void moreDigitsGiveFinerGridsAndAMarketOffTheBookIsInactive() {
        List<Instrument> instruments = instruments();

        assertEquals(new BigDecimal("0.000001"), instruments.get(1).stepSize());
        assertEquals(0, instruments.get(1).priceScale());
        assertEquals(6, instruments.get(1).quantityScale());
        Instrument trx = instruments.get(2);
        assertEquals("TRX-USDT", trx.symbol());
        assertEquals(new BigDecimal("0.00001"), trx.tickSize());
        assertEquals(InstrumentStatus.INACTIVE, trx.status(), "buy NONE, sell OTC: no order book");
    }

    @Test
    void onlyMinutelyHourlyAndDailyCandlesExist() {
        assertEquals("MINUTELY", TopArzMarketAdapters.resolution(Resolution.M1));
        assertEquals("HOURLY", TopArzMarketAdapters.resolution(Resolution.H1));
        assertEquals("DAILY", TopArzMarketAdapters.resolution(Resolution.D1));
        assertNull(TopArzMarketAdapters.resolution(Resolution.M5));
        assertNull(TopArzMarketAdapters.resolution(Resolution.W1));
    }

    @Test
    void candlesComeOldestFirstWithExactDecimals() {
        List<TopArzCandle> bars = TopArzFixtures.data("udf.json", new TypeReference<>() { });

        List<Candle> candles = TopArzMarketAdapters.candles(bars, Resolution.M1,
                Instant.ofEpochSecond(1764748800), Instant.ofEpochSecond(1764749000), FAR_LATER);

        assertEquals(List.of(Instant.ofEpochSecond(1764748800), Instant.ofEpochSecond(1764748860),
                Instant.ofEpochSecond(1764748920)), candles.stream().map(Candle::openTime).toList());
        Candle first = candles.get(0);
        assertEquals(new BigDecimal("6150000000"), first.open());
        assertEquals(new BigDecimal("6152000000"), first.high());
        assertEquals(new BigDecimal("6148000000"), first.low());
        assertEquals(new BigDecimal("6151000000"), first.close());
        assertEquals(new BigDecimal("0.1205"), first.volume());
        assertEquals(new BigDecimal("741234500"), first.quoteVolume());
    }

    @Test
    void candleTimesInSecondsReadTheSameAsInMilliseconds() {
        List<TopArzCandle> millis = TopArzFixtures.data("udf.json", new TypeReference<>() { });
        List<TopArzCandle> seconds = TopArzFixtures.data("udf-seconds.json", new TypeReference<>() { });
        Instant from = Instant.ofEpochSecond(1764748800);
        Instant to = Instant.ofEpochSecond(1764749000);

        assertEquals(TopArzMarketAdapters.candles(millis, Resolution.M1, from, to, FAR_LATER),
                TopArzMarketAdapters.candles(seconds, Resolution.M1, from, to, FAR_LATER));
    }

    @Test
    void candlesOutsideTheRangeOrStillOpenAreLeftOut() {
        List<TopArzCandle> bars = TopArzFixtures.data("udf.json", new TypeReference<>() { });

        List<Candle> candles = TopArzMarketAdapters.candles(bars, Resolution.M1,
                Instant.ofEpochSecond(1764748860), Instant.ofEpochSecond(1764749000),
                Instant.ofEpochSecond(1764748950));

        assertEquals(List.of(Instant.ofEpochSecond(1764748860)), candles.stream().map(Candle::openTime).toList(),
                "08:00 is before the range, 08:02 still open at 08:02:30");
    }

    @Test
    void depthSortsBidsDownAndAsksUpAndDropsEmptyLevels() {
        List<TopArzDepth> data = TopArzFixtures.data("depth.json", new TypeReference<>() { });
        Instant now = Instant.parse("2025-12-03T08:00:00Z");

        DepthSnapshot book = TopArzMarketAdapters.depth(data, "BTC-TMN", now);

        assertEquals("BTC-TMN", book.symbol());
        assertEquals(now, book.time());
        assertEquals(List.of(new PriceLevel(new BigDecimal("6150000000"), new BigDecimal("0.031")),
                new PriceLevel(new BigDecimal("6140000000"), new BigDecimal("0.5"))), book.bids());
        assertEquals(List.of(new BigDecimal("6155000000"), new BigDecimal("6160000000"), new BigDecimal("6170000000")),
                book.asks().stream().map(PriceLevel::price).toList());
    }

    @Test
    void anEmptyBookHasNoLevelsWhetherTheArrayOrItsSidesAreEmpty() {
        List<TopArzDepth> emptySides = TopArzFixtures.data("depth-empty.json", new TypeReference<>() { });
        Instant now = Instant.EPOCH;

        DepthSnapshot book = TopArzMarketAdapters.depth(emptySides, "BTC-TMN", now);
        DepthSnapshot noElement = TopArzMarketAdapters.depth(List.of(), "BTC-TMN", now);

        assertTrue(book.bids().isEmpty() && book.asks().isEmpty());
        assertNull(book.mid());
        assertEquals(book, noElement);
    }

    @Test
    void latestTradesComeOldestFirstWithTheTakersSide() {
        List<TopArzTradeSummary> data = TopArzFixtures.data("latest-trades.json", new TypeReference<>() { });

        List<PublicTrade> trades = TopArzMarketAdapters.publicTrades(data, "BTC-TMN");

        assertEquals(List.of(new PublicTrade(null, "BTC-TMN", new BigDecimal("6155000000"), new BigDecimal("0.1"),
                        Side.BUY, Instant.ofEpochMilli(1764748900456L)),
                new PublicTrade(null, "BTC-TMN", new BigDecimal("6150000000"), new BigDecimal("0.02"), Side.SELL,
                        Instant.ofEpochMilli(1764748905000L))), trades);
    }

    @Test
    void aMarketWithoutDigitCountsIsRefusedNamingTheField() {
        TopArzMarket broken = new TopArzMarket("BTCTMN", "TMN", "BTC", "BOTH", "BOTH", null, 6);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopArzMarketAdapters.instrument(broken, FEE, FEE));

        assertEquals("price_digits_count is missing", e.getMessage());
    }
}
