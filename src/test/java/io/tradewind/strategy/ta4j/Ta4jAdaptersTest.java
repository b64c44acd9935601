package io.tradewind.strategy.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;

class Ta4jAdaptersTest {

    @Test
    void convertsACandleIntoAUtcDoubleNumBar() {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 8, 2), 1);
        chunk.onCandle(1_385_337_600, 80_001, 80_747, 80_001, 80_747, 285_664_446, 229_442);
        BarSeries series = Ta4jAdapters.newBoundedSeries("demo", 10);
        Ta4jAdapters.addBar(series, chunk, 0, Duration.ofMinutes(1));

        Bar bar = series.getBar(0);
        assertEquals(ZonedDateTime.of(2013, 11, 25, 0, 0, 0, 0, ZoneOffset.UTC), bar.getBeginTime());
        assertEquals(ZonedDateTime.of(2013, 11, 25, 0, 1, 0, 0, ZoneOffset.UTC), bar.getEndTime());
        assertEquals(DoubleNum.valueOf(800.01), bar.getOpenPrice());
        assertEquals(DoubleNum.valueOf(807.47), bar.getHighPrice());
        assertEquals(DoubleNum.valueOf(2.85664446), bar.getVolume());
        assertEquals(DoubleNum.valueOf(2294.42), bar.getAmount());
    }

    @Test
    void keepsOnlyTheNewestBarsAndIndicatorsStillWork() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        BarSeries series = Ta4jAdapters.load("walk",
                new RandomWalkCandles(1, 10_000, Resolution.M1, start, new BigDecimal("100.00"), 1_000), Resolution.M1, 500);

        assertEquals(500, series.getBarCount());
        assertEquals(9_500, series.getRemovedBarsCount());
        assertEquals(9_999, series.getEndIndex());
        assertEquals(start.plusSeconds(60L * 10_000), series.getLastBar().getEndTime().toInstant());

        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator sma = new SMAIndicator(close, 30);
        double sum = 0;
        for (int i = series.getEndIndex() - 29; i <= series.getEndIndex(); i++) {
            sum += series.getBar(i).getClosePrice().doubleValue();
        }
        assertEquals(sum / 30, sma.getValue(series.getEndIndex()).doubleValue(), 1e-9);
        assertTrue(series.getBar(series.getEndIndex()).getClosePrice().doubleValue() > 0);
    }
}
