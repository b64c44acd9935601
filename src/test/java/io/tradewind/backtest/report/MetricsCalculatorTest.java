package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.Side;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each metric on small examples worked out by hand (the arithmetic is spelled out). */
class MetricsCalculatorTest {

    private static final double EPS = 1e-12;
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    /** Daily equity 1000 → 1100 → 990 → 1045 → 1210; closes 10, 11, 9, 9.5, 12. */
    private static BacktestMetrics fourDays(List<ClosedTrade> trades) {
        MetricsCalculator calculator = new MetricsCalculator(new BigDecimal("1000"), 2, 2, Resolution.D1);
        calculator.onBar(day(0), new BigDecimal("1100"), new BigDecimal("10"), true);
        calculator.onBar(day(1), new BigDecimal("990"), new BigDecimal("11"), true);
        calculator.onBar(day(2), new BigDecimal("1045"), new BigDecimal("9"), false);
        calculator.onBar(day(3), new BigDecimal("1210"), new BigDecimal("12"), true);
        return calculator.finish(trades);
    }

    private static Instant day(long n) {
        return T.plus(Duration.ofDays(n));
    }

    /**
     * Daily bars on days 0..58 with every fourth day missing (45 bars), equity growing 1 % and
     * falling 0.5 % in turn: the bars cover 59 days (the last one closes at the end of day 58), not 45.
     */
    private static final int GAPPY_BARS = 45;

    private static MetricsCalculator gappyDays() {
        MetricsCalculator calculator = new MetricsCalculator(new BigDecimal("1000"), 8, 0, Resolution.D1);
        BigDecimal equity = new BigDecimal("1000");
        int bar = 0;
        for (int d = 0; d < 60; d++) {
            if (d % 4 == 3) {
                continue;
            }
            equity = equity.multiply(bar++ % 2 == 0 ? new BigDecimal("1.01") : new BigDecimal("0.995"))
                    .setScale(8, RoundingMode.HALF_EVEN);
            calculator.onBar(day(d), equity, BigDecimal.TEN, true);
        }
        assertEquals(GAPPY_BARS, bar);
        return calculator;
    }

    // bar returns: 0.1, -0.1, 1045/990 - 1 = 1/18, 1210/1045 - 1 = 3/19
    private static final double[] R = {0.1, -0.1, 1.0 / 18, 3.0 / 19};

    @Test
    void totalReturn() {
        BacktestMetrics m = fourDays(List.of());
        assertEquals(0.21, m.totalReturn(), EPS);
        assertEquals(new BigDecimal("1210.00"), m.finalEquity());
    }

    @Test
    void cagrCompoundsOverCalendarTimeNotOverTheBarCount() {
        MetricsCalculator calculator = gappyDays();
        BacktestMetrics m = calculator.finish(List.of());
        double growth = 1 + m.totalReturn();
        assertEquals(Math.pow(growth, 365.0 / 59) - 1, m.cagr(), 1e-9 * m.cagr());
        assertNotEquals(Math.pow(growth, 365.0 / GAPPY_BARS) - 1, m.cagr(), 1e-3 * m.cagr());
        assertEquals(m.cagr() / m.maxDrawdown(), m.calmar(), 1e-9 * m.calmar());
    }

    @Test
    void sharpeAndSortinoAnnualiseByTheBarsObservedPerCalendarYear() {
        MetricsCalculator calculator = gappyDays();
        BacktestMetrics m = calculator.finish(List.of());
        double[] r = new double[GAPPY_BARS];
        for (int i = 0; i < r.length; i++) {
            r[i] = i % 2 == 0 ? 0.01 : -0.005;
        }
        double mean = Arrays.stream(r).average().orElseThrow();
        double variance = Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / (r.length - 1);
        double downside = Math.sqrt(Arrays.stream(r).map(x -> Math.min(x, 0) * Math.min(x, 0)).sum() / r.length);
        // 45 bars in 59 / 365 of a year: 278 bars per year, where one bar a day would say 365
        double barsPerYear = GAPPY_BARS / (59 / 365.0);
        assertEquals(mean / Math.sqrt(variance) * Math.sqrt(barsPerYear), m.sharpe(), 1e-6 * m.sharpe());
        assertEquals(mean / downside * Math.sqrt(barsPerYear), m.sortino(), 1e-6 * m.sortino());
    }

    @Test
    void demoDataGapsLengthenTheYearFractionAsTheyShould() {
        // the demo data's shape: 9,399 one-minute bars spread over 9,603 minutes (gaps where nothing traded)
        MetricsCalculator calculator = new MetricsCalculator(new BigDecimal("100"), 2, 0, Resolution.M1);
        long open = T.getEpochSecond();
        for (int bar = 0; bar < 9_399; bar++) {
            calculator.onBar(open, bar % 2 == 0 ? 10_100 : 10_000, 1, false);
            open += bar < 204 ? 120 : 60;
        }
        BacktestMetrics m = calculator.finish(List.of());
        // per-bar returns alternate +1 % and -0.990099 %; 9,399 bars in 9,603 minutes
        double mean = (4_700 * 0.01 + 4_699 * (10_000.0 / 10_100 - 1)) / 9_399;
        double barsPerYear = 9_399 / (9_603 / 525_600.0);
        assertEquals(mean / sampleDeviation(9_399) * Math.sqrt(barsPerYear), m.sharpe(), 1e-9 * m.sharpe());
        assertNotEquals(mean / sampleDeviation(9_399) * Math.sqrt(525_600), m.sharpe(), 1e-3 * m.sharpe());
        // a run of under 30 days has no CAGR
        assertNull(m.cagr());
        assertNull(m.calmar());
    }

    /** Sample standard deviation of 9,399 returns alternating +1 % and 10000/10100 − 1. */
    private static double sampleDeviation(int n) {
        double up = 0.01;
        double down = 10_000.0 / 10_100 - 1;
        double mean = (4_700 * up + 4_699 * down) / n;
        return Math.sqrt((4_700 * (up - mean) * (up - mean) + 4_699 * (down - mean) * (down - mean)) / (n - 1));
    }

    @Test
    void cagrNeedsThirtyDaysOfCalendarTime() {
        assertNull(run(Duration.ofDays(30).minusSeconds(60)).cagr());
        assertNotNull(run(Duration.ofDays(30)).cagr());
        // a week of -1 % would otherwise compound to -40 % a year, and a week of +30 % to a number of 80 digits
        assertNull(fourDays(List.of()).cagr());
        assertNull(fourDays(List.of()).calmar());
    }

    /** Two one-minute bars, the second closing {@code span} after the first opens; equity 100 → 99. */
    private static BacktestMetrics run(Duration span) {
        MetricsCalculator calculator = new MetricsCalculator(new BigDecimal("100"), 0, 0, Resolution.M1);
        calculator.onBar(T, new BigDecimal("100"), BigDecimal.ONE, false);
        calculator.onBar(T.plus(span).minusSeconds(60), new BigDecimal("99"), BigDecimal.ONE, false);
        return calculator.finish(List.of());
    }

    @Test
    void maxDrawdownAndItsDuration() {
        BacktestMetrics m = fourDays(List.of());
        // peak 1100 after day 1, trough 990: 110 / 1100
        assertEquals(0.1, m.maxDrawdown(), EPS);
        // the peak of day 1 is regained on day 4
        assertEquals(3, m.maxDrawdownBars());
        assertEquals(Duration.ofDays(3), m.maxDrawdownDuration());
    }

    @Test
    void aDrawdownNeverRecoveredLastsToTheEnd() {
        MetricsCalculator c = new MetricsCalculator(new BigDecimal("100"), 0, 0, Resolution.H1);
        long hour = 3_600;
        long t = T.getEpochSecond();
        c.onBar(t, 120, 1, false);
        c.onBar(t + hour, 121, 1, false);
        c.onBar(t + 2 * hour, 90, 1, false);
        c.onBar(t + 3 * hour, 100, 1, false);
        c.onBar(t + 4 * hour, 60, 1, false);
        BacktestMetrics m = c.finish(List.of());
        assertEquals(61.0 / 121, m.maxDrawdown(), EPS);
        assertEquals(3, m.maxDrawdownBars());
        assertEquals(Duration.ofHours(3), m.maxDrawdownDuration());
    }

    /**
     * Two drawdowns: 5 bars in 5 hours, then 3 bars in 13 hours across a gap in the data. The
     * longest in time is the second, in bars and duration alike; the bars were the first's.
     */
    @Test
    void theLongestDrawdownInTimeIsGivenWithItsOwnBars() {
        MetricsCalculator c = new MetricsCalculator(new BigDecimal("100"), 0, 0, Resolution.H1);
        long hour = 3_600;
        long t = T.getEpochSecond();
        long[] equity = {100, 99, 99, 99, 99, 101, 100};
        for (int h = 0; h < equity.length; h++) {
            c.onBar(t + h * hour, equity[h], 1, false);
        }
        c.onBar(t + 17 * hour, 100, 1, false);
        c.onBar(t + 18 * hour, 102, 1, false);
        c.onBar(t + 19 * hour, 102, 1, false);
        BacktestMetrics m = c.finish(List.of());
        assertEquals(Duration.ofHours(13), m.maxDrawdownDuration());
        assertEquals(3, m.maxDrawdownBars());
    }

    @Test
    void drawdownDurationIsCalendarTimeAcrossGaps() {
        MetricsCalculator c = new MetricsCalculator(new BigDecimal("100"), 0, 0, Resolution.H1);
        long t = T.getEpochSecond();
        c.onBar(t, 110, 1, false);
        c.onBar(t + 3_600, 90, 1, false);
        // nothing traded for two days
        c.onBar(t + 2 * 86_400, 110, 1, false);
        BacktestMetrics m = c.finish(List.of());
        assertEquals(2, m.maxDrawdownBars());
        // from the close of the peak bar (t + 1 h) to the close of the bar that regains it (t + 2 d + 1 h)
        assertEquals(Duration.ofDays(2), m.maxDrawdownDuration());
    }

    @Test
    void sharpeAndSortino() {
        BacktestMetrics m = fourDays(List.of());
        double mean = (R[0] + R[1] + R[2] + R[3]) / 4;
        double variance = 0;
        for (double r : R) {
            variance += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(variance / 3);
        // one bar a day without gaps: 365 bars a year
        assertEquals(mean / sd * Math.sqrt(365), m.sharpe(), 1e-9);
        // only day 2 lost: downside deviation √(0.01 / 4) = 0.05
        assertEquals(mean / 0.05 * Math.sqrt(365), m.sortino(), 1e-9);
    }

    @Test
    void tradeStatistics() {
        List<ClosedTrade> trades = List.of(
                ClosedTrade.of(Side.BUY, T, T.plusSeconds(60), new BigDecimal("10"), new BigDecimal("12"), new BigDecimal("5"), new BigDecimal("0.5")),
                ClosedTrade.of(Side.BUY, T, T.plusSeconds(60), new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("2"), new BigDecimal("0.25")),
                ClosedTrade.of(Side.SELL, T, T.plusSeconds(60), new BigDecimal("11"), new BigDecimal("10"), new BigDecimal("3"), new BigDecimal("0.25")));
        // pnl: 2 × 5 − 0.5 = 9.5; −1 × 2 − 0.25 = −2.25; short 1 × 3 − 0.25 = 2.75
        assertEquals(new BigDecimal("9.5"), trades.get(0).pnl());
        assertEquals(new BigDecimal("-2.25"), trades.get(1).pnl());
        assertEquals(new BigDecimal("2.75"), trades.get(2).pnl());

        BacktestMetrics m = fourDays(trades);
        assertEquals(3, m.numberOfTrades());
        assertEquals(2.0 / 3, m.winRate(), EPS);
        assertEquals(12.25 / 2.25, m.profitFactor(), EPS);
        assertEquals(0, new BigDecimal("3.333333333333333").compareTo(m.expectancy()));
        assertEquals(new BigDecimal("1.00"), m.feesPaid());
    }

    @Test
    void exposureAndBuyAndHold() {
        BacktestMetrics m = fourDays(List.of());
        assertEquals(0.75, m.exposure(), EPS);
        // first close 10, last close 12
        assertEquals(0.2, m.buyAndHoldReturn(), EPS);
    }

    @Test
    void undefinedRatiosAreNull() {
        BacktestMetrics empty = new MetricsCalculator(BigDecimal.TEN, 0, 0, Resolution.M1).finish(List.of());
        assertNull(empty.cagr());
        assertNull(empty.sharpe());
        assertNull(empty.sortino());
        assertNull(empty.calmar());
        assertNull(empty.winRate());
        assertNull(empty.profitFactor());
        assertNull(empty.expectancy());
        assertNull(empty.buyAndHoldReturn());
        assertEquals(0, empty.numberOfTrades());
        assertEquals(0, empty.totalReturn(), EPS);

        MetricsCalculator flat = new MetricsCalculator(BigDecimal.TEN, 0, 0, Resolution.M1);
        flat.onBar(T.getEpochSecond(), 10, 5, false);
        flat.onBar(T.getEpochSecond() + 60, 10, 5, false);
        BacktestMetrics m = flat.finish(List.of());
        assertNull(m.sharpe());
        assertNull(m.sortino());
        assertNull(m.calmar());
        assertEquals(0, m.maxDrawdownBars());
    }

    @Test
    void messagesPrintNumbersWithoutExponent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MetricsCalculator(new BigDecimal("0E-10"), 10, 2, Resolution.M1));
        assertEquals("initial equity must be greater than zero, was 0", e.getMessage());
    }
}
