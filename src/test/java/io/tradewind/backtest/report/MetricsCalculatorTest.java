package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.domain.Side;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each metric on small examples worked out by hand (the arithmetic is spelled out). */
class MetricsCalculatorTest {

    private static final double EPS = 1e-12;
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    /** Daily equity 1000 → 1100 → 990 → 1045 → 1210; closes 10, 11, 9, 9.5, 12. */
    private static BacktestMetrics fourDays(List<ClosedTrade> trades) {
        MetricsCalculator calculator = new MetricsCalculator(new BigDecimal("1000"), 2, 2, Resolution.D1);
        calculator.onBar(new BigDecimal("1100"), new BigDecimal("10"), true);
        calculator.onBar(new BigDecimal("990"), new BigDecimal("11"), true);
        calculator.onBar(new BigDecimal("1045"), new BigDecimal("9"), false);
        calculator.onBar(new BigDecimal("1210"), new BigDecimal("12"), true);
        return calculator.finish(trades);
    }

    // bar returns: 0.1, -0.1, 1045/990 - 1 = 1/18, 1210/1045 - 1 = 3/19
    private static final double[] R = {0.1, -0.1, 1.0 / 18, 3.0 / 19};

    @Test
    void totalReturnAndCagr() {
        BacktestMetrics m = fourDays(List.of());
        assertEquals(0.21, m.totalReturn(), EPS);
        assertEquals(new BigDecimal("1210.00"), m.finalEquity());
        // four daily bars cover 4/365 of a year
        assertEquals(Math.pow(1.21, 365.0 / 4) - 1, m.cagr(), 1e-6 * m.cagr());
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
        c.onBar(120, 1, false);
        c.onBar(121, 1, false);
        c.onBar(90, 1, false);
        c.onBar(100, 1, false);
        c.onBar(60, 1, false);
        BacktestMetrics m = c.finish(List.of());
        assertEquals(61.0 / 121, m.maxDrawdown(), EPS);
        assertEquals(3, m.maxDrawdownBars());
        assertEquals(Duration.ofHours(3), m.maxDrawdownDuration());
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
        assertEquals(mean / sd * Math.sqrt(365), m.sharpe(), 1e-9);
        // only day 2 lost: downside deviation √(0.01 / 4) = 0.05
        assertEquals(mean / 0.05 * Math.sqrt(365), m.sortino(), 1e-9);
    }

    @Test
    void calmarIsCagrOverMaxDrawdown() {
        BacktestMetrics m = fourDays(List.of());
        assertEquals(m.cagr() / 0.1, m.calmar(), 1e-9 * m.calmar());
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
        flat.onBar(10, 5, false);
        flat.onBar(10, 5, false);
        BacktestMetrics m = flat.finish(List.of());
        assertNull(m.sharpe());
        assertNull(m.sortino());
        assertNull(m.calmar());
        assertEquals(0, m.maxDrawdownBars());
    }
}
