package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NobitexMarketDataTest {

    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void optionsGiveEachMarketItsPrecisionsAndTheMinimumOrderOfItsQuote() {
        List<Instrument> instruments = NobitexMarketData.instruments(
                NobitexExamples.read("options.json", NobitexDtos.Options.class));

        assertEquals(List.of("BTC-IRT", "BTC-USDT", "ETH-IRT"), instruments.stream().map(Instrument::symbol).toList());
        Instrument btc = instruments.get(0);
        assertEquals("BTC", btc.base());
        assertEquals("IRR", btc.quote());
        assertEquals(new BigDecimal("10"), btc.tickSize());
        assertEquals(new BigDecimal("0.000001"), btc.stepSize());
        assertEquals(new BigDecimal("0.000001"), btc.minQuantity());
        assertEquals(new BigDecimal("3000000"), btc.minNotional());
        assertEquals(InstrumentStatus.ACTIVE, btc.status());
        Instrument usdt = instruments.get(1);
        assertEquals("USDT", usdt.quote());
        assertEquals(new BigDecimal("0.01"), usdt.tickSize());
        assertEquals(new BigDecimal("11"), usdt.minNotional());
    }

    @Test
    void udfHistoryBecomesExactCandlesInSeconds() {
        NobitexDtos.UdfHistory history = NobitexExamples.read("udf-history.json", NobitexDtos.UdfHistory.class);
        Instant to = Instant.ofEpochSecond(1562268600 + 86400);

        CandlePage page = NobitexMarketData.candles(history, Resolution.D1, Instant.ofEpochSecond(1562095800), to, to,
                LATER);

        assertEquals(3, page.candles().size());
        Candle first = page.candles().get(0);
        assertEquals(Instant.parse("2019-07-02T19:30:00Z"), first.openTime());
        assertEquals(new BigDecimal("146272500"), first.open());
        assertEquals(new BigDecimal("155869600"), first.high());
        assertEquals(new BigDecimal("18.221362316"), first.volume());
        assertEquals(new BigDecimal("158000000.5"), page.candles().get(2).high());
        assertEquals(0, page.candles().get(2).volume().signum());
        assertTrue(page.done(), "a window that reaches the end covers the range");
    }

    @Test
    void candlesOutsideTheWindowAndTheOpenBarAreLeftOut() {
        NobitexDtos.UdfHistory history = NobitexExamples.read("udf-history.json", NobitexDtos.UdfHistory.class);
        Instant now = Instant.ofEpochSecond(1562268600 + 3600);
        Instant to = Instant.ofEpochSecond(1562268600 + 86400);

        CandlePage page = NobitexMarketData.candles(history, Resolution.D1, Instant.ofEpochSecond(1562182200), to, to,
                now);

        assertEquals(List.of(Instant.ofEpochSecond(1562182200)),
                page.candles().stream().map(Candle::openTime).toList());
    }

    @Test
    void aLongRangeIsAskedInWindowsOfFewerThanFiveHundredBars() {
        Instant to = Instant.ofEpochSecond(60L * 1234);
        Instant first = NobitexMarketData.windowEnd(Resolution.M1, Instant.EPOCH, to);
        assertEquals(Instant.ofEpochSecond(60L * 499), first);
        assertEquals(to, NobitexMarketData.windowEnd(Resolution.M1, Instant.ofEpochSecond(60L * 1000), to));

        List<Long> t = List.of(60L * 498, 60L * 1, 60L * 499);
        List<BigDecimal> one = Collections.nCopies(3, BigDecimal.ONE);
        CandlePage page = NobitexMarketData.candles(new NobitexDtos.UdfHistory("ok", null, t, one, one, one, one, one),
                Resolution.M1, Instant.EPOCH, first, to, LATER);

        assertEquals(List.of(Instant.ofEpochSecond(60), Instant.ofEpochSecond(60L * 498)),
                page.candles().stream().map(Candle::openTime).toList(), "sorted, and nothing of the next window");
        assertEquals(first, page.nextFrom());
    }

    @Test
    void noDataIsAnEmptyWindowAndAnErrorIsRefused() {
        NobitexDtos.UdfHistory noData = NobitexExamples.read("udf-no-data.json", NobitexDtos.UdfHistory.class);
        CandlePage last = NobitexMarketData.candles(noData, Resolution.H1, Instant.EPOCH, LATER, LATER, LATER);
        assertTrue(last.candles().isEmpty());
        assertTrue(last.done());
        Instant gapEnd = Instant.ofEpochSecond(3600L * 499);
        CandlePage gap = NobitexMarketData.candles(noData, Resolution.H1, Instant.EPOCH, gapEnd, LATER, LATER);
        assertEquals(gapEnd, gap.nextFrom(), "a gap in history does not end the range");

        NobitexDtos.UdfHistory error = new NobitexDtos.UdfHistory("error", "Invalid resolution!", null, null, null,
                null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NobitexMarketData.candles(error, Resolution.H1, Instant.EPOCH, LATER, LATER, LATER));
        assertTrue(e.getMessage().contains("Invalid resolution!"), e.getMessage());
    }

    @Test
    void orderBookHasAsksAscendingBidsDescendingExactQuantitiesAndNoEmptyLevel() {
        DepthSnapshot depth = NobitexMarketData.depth("BTC-IRT",
                NobitexExamples.read("orderbook-v3.json", NobitexDtos.OrderBook.class), Instant.EPOCH);

        assertEquals(Instant.ofEpochMilli(1644991756704L), depth.time());
        assertEquals(List.of(new BigDecimal("5795000000"), new BigDecimal("5796000000"), new BigDecimal("5800000000")),
                depth.asks().stream().map(PriceLevel::price).toList());
        assertEquals(List.of(new BigDecimal("5790000000"), new BigDecimal("5785000000")),
                depth.bids().stream().map(PriceLevel::price).toList(), "the level at 5789000000 holds 0E-10");
        assertEquals(new BigDecimal("0.1000000000"), depth.asks().get(1).quantity());
    }

    @Test
    void orderBookLevelsInAnyOrderAreSortedBestFirst() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<List<BigDecimal>> asks = new ArrayList<>();
            List<List<BigDecimal>> bids = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                asks.add(List.of(BigDecimal.valueOf(1000 + random.nextInt(1000)), BigDecimal.ONE));
                bids.add(List.of(BigDecimal.valueOf(1 + random.nextInt(999)), BigDecimal.ONE));
            }
            DepthSnapshot depth = NobitexMarketData.depth("BTC-IRT",
                    new NobitexDtos.OrderBook("ok", null, null, asks, bids), Instant.EPOCH);
            for (int i = 1; i < depth.asks().size(); i++) {
                assertTrue(depth.asks().get(i - 1).price().compareTo(depth.asks().get(i).price()) <= 0);
            }
            for (int i = 1; i < depth.bids().size(); i++) {
                assertTrue(depth.bids().get(i - 1).price().compareTo(depth.bids().get(i).price()) >= 0);
            }
            assertEquals(Instant.EPOCH, depth.time(), "without lastUpdate the receive time stands");
        }
    }

    @Test
    void emptyBookIsAnEmptySnapshot() {
        DepthSnapshot depth = NobitexMarketData.depth("BTC-IRT",
                NobitexExamples.read("orderbook-empty.json", NobitexDtos.OrderBook.class), Instant.EPOCH);
        assertTrue(depth.asks().isEmpty());
        assertTrue(depth.bids().isEmpty());
        assertNull(depth.mid());
    }

    @Test
    void aBookWithoutAsksOrBidsIsBrokenNotEmpty() {
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> NobitexMarketData.depth(
                "BTC-IRT", new NobitexDtos.OrderBook("ok", null, null, null, null), Instant.EPOCH));
        assertEquals("the order book has neither asks nor bids", broken.getMessage());
    }

    @Test
    void publicTradesOldestFirstWithTakerSide() {
        List<PublicTrade> trades = NobitexMarketData.trades("BTC-IRT",
                NobitexExamples.read("trades-v2.json", NobitexDtos.PublicTrades.class));

        assertEquals(2, trades.size());
        PublicTrade first = trades.get(0);
        assertEquals(Instant.ofEpochMilli(1588689360000L), first.time());
        assertEquals(new BigDecimal("8024990000"), first.price());
        assertEquals(new BigDecimal("0.0157000000"), first.quantity());
        assertEquals(Side.BUY, first.takerSide());
        assertEquals(Side.SELL, trades.get(1).takerSide());
        assertNull(first.tradeId());
    }
}
