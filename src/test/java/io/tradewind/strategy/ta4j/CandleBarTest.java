package io.tradewind.strategy.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/** The strategy's bars ({@link CandleBar}, made as they are read) answer as ta4j's BaseBar of the same candle. */
class CandleBarTest {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aStrategysSeriesHoldsTheSameBarsAndIndicatorValuesAsTa4jsOwnSeries() {
        for (long seed = 1; seed <= 3; seed++) {
            BarSeries ta4j = Ta4jAdapters.load("own", walk(seed), Resolution.M1, 300);
            BarSeries strategys = Ta4jAdapters.newBoundedSeries("strategy", 300);
            CandleCursor cursor = walk(seed);
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    Ta4jAdapters.addBar(strategys, chunk, i, MINUTE);
                }
            }
            assertEquals(ta4j.getEndIndex(), strategys.getEndIndex());
            for (int i = ta4j.getBeginIndex(); i <= ta4j.getEndIndex(); i++) {
                assertEquals(describe(ta4j.getBar(i)), describe(strategys.getBar(i)), "seed " + seed + " bar " + i);
            }
            ClosePriceIndicator ta4jClose = new ClosePriceIndicator(ta4j);
            ClosePriceIndicator close = new ClosePriceIndicator(strategys);
            for (int i = ta4j.getEndIndex() - 50; i <= ta4j.getEndIndex(); i++) {
                assertEquals(new SMAIndicator(ta4jClose, 30).getValue(i), new SMAIndicator(close, 30).getValue(i));
                assertEquals(new EMAIndicator(ta4jClose, 9).getValue(i), new EMAIndicator(close, 9).getValue(i));
            }
        }
    }

    @Test
    void addingTradesAndPricesChangesItAsABaseBar() {
        BaseBar base = new BaseBar(MINUTE, START.atZone(ZoneOffset.UTC), num(10), num(12), num(9), num(11),
                num(3), num(31), 0);
        CandleBar candle = new CandleBar(MINUTE, START.getEpochSecond(), 10, 12, 9, 11, 3, 31);
        for (double[] trade : new double[][] {{2, 13}, {1, 8.5}, {0.5, 10}}) {
            base.addTrade(num(trade[0]), num(trade[1]));
            candle.addTrade(num(trade[0]), num(trade[1]));
            assertEquals(describe(base), describe(candle));
        }
        base.addPrice(num(14));
        candle.addPrice(num(14));
        assertEquals(describe(base), describe(candle));
        assertEquals(base.toString(), candle.toString());
    }

    @Test
    void makesEachValueOnceAndRefusesABarThatDoesNotEndLater() {
        CandleBar bar = new CandleBar(MINUTE, START.getEpochSecond(), 1, 1, 1, 1, 1, 1);
        assertSame(bar.getClosePrice(), bar.getClosePrice());
        assertSame(bar.getBeginTime(), bar.getBeginTime());

        BarSeries series = Ta4jAdapters.newBoundedSeries("s", 5);
        series.addBar(bar);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> series.addBar(new CandleBar(MINUTE, START.getEpochSecond(), 2, 2, 2, 2, 2, 2)));
        assertEquals("Cannot add a bar with end time:" + bar.getEndTime() + " that is <= to series end time: "
                + bar.getEndTime(), refused.getMessage());
        series.addBar(new CandleBar(MINUTE, START.getEpochSecond() + 60, 2, 2, 2, 2, 2, 2));
        assertEquals(1, series.getEndIndex());
    }

    private static CandleCursor walk(long seed) {
        return new RandomWalkCandles(seed, 2_000, Resolution.M1, START, new BigDecimal("250.00"), 700);
    }

    private static Num num(double value) {
        return DoubleNum.valueOf(value);
    }

    private static String describe(Bar bar) {
        return bar.getTimePeriod() + " " + bar.getBeginTime() + " " + bar.getEndTime() + " " + bar.getOpenPrice() + " "
                + bar.getHighPrice() + " " + bar.getLowPrice() + " " + bar.getClosePrice() + " " + bar.getVolume() + " "
                + bar.getAmount() + " " + bar.getTrades();
    }
}
