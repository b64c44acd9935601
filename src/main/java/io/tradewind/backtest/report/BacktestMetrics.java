package io.tradewind.backtest.report;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The figures of a backtest; see {@link MetricsCalculator} for how each is defined. Money is
 * exact; ratios are doubles, and {@code null} where undefined (no trades, no losses, flat equity).
 */
public record BacktestMetrics(
        BigDecimal initialEquity,
        BigDecimal finalEquity,
        double totalReturn,
        Double cagr,
        double maxDrawdown,
        long maxDrawdownBars,
        Duration maxDrawdownDuration,
        Double sharpe,
        Double sortino,
        Double calmar,
        Double winRate,
        Double profitFactor,
        BigDecimal expectancy,
        int numberOfTrades,
        double exposure,
        BigDecimal feesPaid,
        Double buyAndHoldReturn) {
}
