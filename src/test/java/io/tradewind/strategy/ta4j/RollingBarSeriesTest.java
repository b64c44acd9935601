package io.tradewind.strategy.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/** The series a strategy gets answers exactly as ta4j's BaseBarSeries with the same bound (seeded random runs). */
class RollingBarSeriesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final ZonedDateTime START = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void indicesBarsAndIndicatorValuesMatchBaseBarSeries() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            int bound = 1 + random.nextInt(60);
            BarSeries base = baseSeries(bound);
            BarSeries rolling = Ta4jAdapters.newBoundedSeries("s", bound);
            Probe baseProbe = new Probe(base);
            Probe rollingProbe = new Probe(rolling);
            double price = 100;
            for (int i = 0; i < 500; i++) {
                price = Math.max(1, price + random.nextGaussian());
                Bar bar = bar(i, price);
                base.addBar(bar);
                rolling.addBar(bar);
                assertSameShape(base, rolling, "seed " + seed + " bar " + i);
                if (random.nextInt(4) > 0) { // skip some bars, as a strategy with an order pending does
                    assertEquals(baseProbe.values(), rollingProbe.values(), "seed " + seed + " bar " + i);
                }
            }
        }
    }

    @Test
    void shrinkingTheBoundReplacingAndUpdatingTheLastBarMatchBaseBarSeries() {
        BarSeries base = baseSeries(50);
        BarSeries rolling = Ta4jAdapters.newBoundedSeries("s", 50);
        for (int i = 0; i < 40; i++) {
            Bar bar = bar(i, 100 + i);
            base.addBar(bar);
            rolling.addBar(bar);
        }
        base.setMaximumBarCount(7);
        rolling.setMaximumBarCount(7);
        assertSameShape(base, rolling, "after shrinking");

        base.addBar(bar(39, 1), true);
        rolling.addBar(bar(39, 1), true);
        assertSameShape(base, rolling, "after replacing");

        base.addBar(new BaseBar(MINUTE, START.plusMinutes(41), DoubleNum::valueOf));
        rolling.addBar(new BaseBar(MINUTE, START.plusMinutes(41), DoubleNum::valueOf));
        base.addTrade(DoubleNum.valueOf(2), DoubleNum.valueOf(105));
        rolling.addTrade(DoubleNum.valueOf(2), DoubleNum.valueOf(105));
        base.addPrice(DoubleNum.valueOf(103));
        rolling.addPrice(DoubleNum.valueOf(103));
        assertEquals(describe(base.getLastBar()), describe(rolling.getLastBar()));

        BarSeries baseSub = base.getSubSeries(36, 40);
        BarSeries rollingSub = rolling.getSubSeries(36, 40);
        assertSameShape(baseSub, rollingSub, "sub-series");
    }

    @Test
    void refusesWhatBaseBarSeriesRefusesWithItsMessages() {
        BarSeries base = baseSeries(3);
        BarSeries rolling = Ta4jAdapters.newBoundedSeries("s", 3);
        assertSameFailure(base, rolling, series -> series.getBar(0));
        for (int i = 0; i < 5; i++) {
            base.addBar(bar(i, 10));
            rolling.addBar(bar(i, 10));
        }
        assertSameFailure(base, rolling, series -> series.getBar(-1));
        assertSameFailure(base, rolling, series -> series.getBar(5));
        assertSameFailure(base, rolling, series -> {
            series.addBar(bar(2, 10));
            return null;
        });
        assertSameFailure(base, rolling, series -> {
            series.setMaximumBarCount(0);
            return null;
        });
        assertSameFailure(base, rolling, series -> series.getSubSeries(3, 3));
        Bar decimalBar = new BaseBar(MINUTE, START.plusMinutes(9), DecimalNum::valueOf);
        decimalBar.addPrice(DecimalNum.valueOf(1));
        assertSameFailure(base, rolling, series -> {
            series.addBar(decimalBar);
            return null;
        });
    }

    private static BarSeries baseSeries(int bound) {
        BarSeries series = new BaseBarSeriesBuilder().withName("s").withNumTypeOf(DoubleNum.class).build();
        series.setMaximumBarCount(bound);
        return series;
    }

    private static Bar bar(int minute, double close) {
        Num price = DoubleNum.valueOf(close);
        return new BaseBar(MINUTE, START.plusMinutes(minute + 1L), price, price, price, price, DoubleNum.valueOf(1),
                price, 0);
    }

    private static void assertSameShape(BarSeries expected, BarSeries actual, String where) {
        assertEquals(expected.getBeginIndex(), actual.getBeginIndex(), where + ": begin index");
        assertEquals(expected.getEndIndex(), actual.getEndIndex(), where + ": end index");
        assertEquals(expected.getBarCount(), actual.getBarCount(), where + ": bar count");
        assertEquals(expected.getRemovedBarsCount(), actual.getRemovedBarsCount(), where + ": removed bars");
        assertEquals(expected.getMaximumBarCount(), actual.getMaximumBarCount(), where + ": maximum bar count");
        assertEquals(expected.getBarData().size(), actual.getBarData().size(), where + ": bar data");
        // the kept bars and two removed ones (those answer with the oldest kept bar)
        for (int i = Math.max(0, expected.getBeginIndex() - 2); i <= expected.getEndIndex(); i++) {
            assertEquals(describe(expected.getBar(i)), describe(actual.getBar(i)), where + ": bar " + i);
        }
    }

    private static String describe(Bar bar) {
        return bar.getBeginTime() + " " + bar.getEndTime() + " " + bar.getOpenPrice() + " " + bar.getHighPrice() + " "
                + bar.getLowPrice() + " " + bar.getClosePrice() + " " + bar.getVolume() + " " + bar.getAmount() + " "
                + bar.getTrades();
    }

    private static void assertSameFailure(BarSeries base, BarSeries rolling, Function<BarSeries, Object> call) {
        RuntimeException expected = assertThrows(RuntimeException.class, () -> call.apply(base));
        RuntimeException actual = assertThrows(RuntimeException.class, () -> call.apply(rolling));
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    /** Cached and recursive indicators and a rule on one series, read at its last bar. */
    private static final class Probe {
        private final BarSeries series;
        private final List<Indicator<Num>> indicators;
        private final Rule crossedUp;

        Probe(BarSeries series) {
            this.series = series;
            ClosePriceIndicator close = new ClosePriceIndicator(series);
            SMAIndicator fast = new SMAIndicator(close, 5);
            SMAIndicator slow = new SMAIndicator(close, 12);
            this.indicators = List.of(fast, slow, new EMAIndicator(close, 9), new RSIIndicator(close, 14));
            this.crossedUp = new CrossedUpIndicatorRule(fast, slow);
        }

        String values() {
            int index = series.getEndIndex();
            StringBuilder text = new StringBuilder();
            for (Indicator<Num> indicator : indicators) {
                text.append(indicator.getValue(index)).append(' ');
            }
            return text.append(crossedUp.isSatisfied(index)).toString();
        }
    }
}
