package io.tradewind.backtest.report;

import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Computes {@link BacktestMetrics} from the equity after every bar and the closed trades, in
 * constant memory (one pass, nothing kept per bar), so runs of any length can be measured.
 * Equity and prices are exact scaled longs; the ratios derived from them are doubles.
 *
 * <p>Definitions, with E0 the initial equity, E_i the equity after bar i (i = 1..n), r_i =
 * E_i / E_(i-1) − 1 the return of bar i, and B = bars per year of the resolution (365 days of
 * 24 h: crypto trades around the clock):
 * <ul>
 * <li>total return = E_n / E0 − 1.
 * <li>CAGR = (E_n / E0)^(1 / years) − 1 with years = n / B (the time the bars cover); −1 when
 * equity ends at or below zero; undefined without bars.
 * <li>max drawdown = the largest (peak − E_i) / peak over the run, peak the highest equity up to
 * bar i (E0 included), as a positive fraction; its duration is the longest stretch from a peak
 * until equity first gets back to it (or to the last bar if it never does), in bars and in time.
 * <li>Sharpe = mean(r) / sd(r) × √B, risk-free rate zero, sd the sample standard deviation;
 * undefined for fewer than two bars or flat equity.
 * <li>Sortino = mean(r) / dd × √B with the downside deviation dd = √(Σ min(r_i, 0)² / n);
 * undefined when no bar lost.
 * <li>Calmar = CAGR / max drawdown; undefined without a drawdown.
 * <li>win rate = trades with pnl &gt; 0 / trades; profit factor = Σ positive pnl / |Σ negative
 * pnl| (undefined without a losing trade); expectancy = Σ pnl / trades (pnl net of fees,
 * 16 significant digits).
 * <li>exposure = bars that ended with a position open / n.
 * <li>fees paid = Σ fees of the closed trades.
 * <li>buy-and-hold return = last close / first close − 1: buying at the first bar's close and
 * holding to the end, no fees.
 * </ul>
 */
public final class MetricsCalculator {

    private final BigDecimal initialEquity;
    private final int equityScale;
    private final int priceScale;
    private final Resolution resolution;
    private final long initial;

    private long bars;
    private long previousEquity;
    private long peak;
    private long peakBar;
    private double maxDrawdown;
    private long longestUnderwater;
    private double meanReturn;
    private double squaredDeviations;
    private double downsideSquares;
    private long exposedBars;
    private long firstClose;
    private long lastClose;

    /**
     * @param initialEquity equity before the first bar, greater than zero
     * @param equityScale   decimals of the scaled equities passed to {@link #onBar(long, long, boolean)}
     * @param priceScale    decimals of the scaled closes passed to {@link #onBar(long, long, boolean)}
     */
    public MetricsCalculator(BigDecimal initialEquity, int equityScale, int priceScale, Resolution resolution) {
        if (initialEquity.signum() <= 0) {
            throw new IllegalArgumentException("initial equity must be greater than zero, was " + initialEquity);
        }
        this.initialEquity = initialEquity;
        this.equityScale = equityScale;
        this.priceScale = priceScale;
        this.resolution = resolution;
        this.initial = scaled(initialEquity, equityScale, "initial equity");
        this.previousEquity = initial;
        this.peak = initial;
    }

    /** Records one bar: equity after it, its close, and whether a position was open at its end. */
    public void onBar(BigDecimal equity, BigDecimal close, boolean exposed) {
        onBar(scaled(equity, equityScale, "equity"), scaled(close, priceScale, "close"), exposed);
    }

    /** {@link #onBar(BigDecimal, BigDecimal, boolean)} with scaled longs, for the hot path. */
    public void onBar(long equity, long close, boolean exposed) {
        bars++;
        if (bars == 1) {
            firstClose = close;
        }
        lastClose = close;
        if (exposed) {
            exposedBars++;
        }
        double r = previousEquity == 0 ? 0 : (double) equity / previousEquity - 1;
        // Welford's update: stable where summing squares of tiny returns would cancel
        double delta = r - meanReturn;
        meanReturn += delta / bars;
        squaredDeviations += delta * (r - meanReturn);
        if (r < 0) {
            downsideSquares += r * r;
        }
        if (equity >= peak) {
            if (previousEquity < peak) {
                longestUnderwater = Math.max(longestUnderwater, bars - peakBar);
            }
            peak = equity;
            peakBar = bars;
        } else {
            maxDrawdown = Math.max(maxDrawdown, (double) (peak - equity) / peak);
        }
        previousEquity = equity;
    }

    public long bars() {
        return bars;
    }

    /** The metrics of the bars recorded so far and {@code trades}. */
    public BacktestMetrics finish(List<ClosedTrade> trades) {
        long underwater = Math.max(longestUnderwater, previousEquity < peak ? bars - peakBar : 0);
        double totalReturn = growth(previousEquity, initial, equityScale);
        double years = bars / resolution.barsPerYear();
        Double cagr = bars == 0 ? null
                : previousEquity <= 0 ? -1.0 : Math.pow((double) previousEquity / initial, 1 / years) - 1;
        double annualiser = Math.sqrt(resolution.barsPerYear());
        double sd = bars < 2 ? 0 : Math.sqrt(squaredDeviations / (bars - 1));
        double downside = bars == 0 ? 0 : Math.sqrt(downsideSquares / bars);

        int wins = 0;
        BigDecimal grossProfit = BigDecimal.ZERO;
        BigDecimal grossLoss = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        for (ClosedTrade trade : trades) {
            if (trade.pnl().signum() > 0) {
                wins++;
                grossProfit = grossProfit.add(trade.pnl());
            } else {
                grossLoss = grossLoss.add(trade.pnl().negate());
            }
            fees = fees.add(trade.fees());
        }
        int n = trades.size();
        return new BacktestMetrics(
                initialEquity,
                BigDecimal.valueOf(previousEquity, equityScale),
                totalReturn,
                cagr,
                maxDrawdown,
                underwater,
                resolution.duration().multipliedBy(underwater),
                sd > 0 ? meanReturn / sd * annualiser : null,
                downside > 0 ? meanReturn / downside * annualiser : null,
                cagr != null && maxDrawdown > 0 ? cagr / maxDrawdown : null,
                n == 0 ? null : (double) wins / n,
                grossLoss.signum() == 0 ? null : grossProfit.doubleValue() / grossLoss.doubleValue(),
                n == 0 ? null : grossProfit.subtract(grossLoss).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64),
                n,
                bars == 0 ? 0 : (double) exposedBars / bars,
                fees,
                bars == 0 ? null : growth(lastClose, firstClose, priceScale));
    }

    /**
     * to / from − 1, worked out in decimal before the one rounding to double, so 10000 → 9631.11
     * reports −0.036889 rather than −0.03688899999999995.
     */
    private static double growth(long to, long from, int scale) {
        return BigDecimal.valueOf(to - from, scale).divide(BigDecimal.valueOf(from, scale), MathContext.DECIMAL64)
                .doubleValue();
    }

    private static long scaled(BigDecimal value, int scale, String field) {
        try {
            return value.setScale(scale).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " " + value.toPlainString() + " does not fit "
                    + scale + " decimals in a long");
        }
    }
}
