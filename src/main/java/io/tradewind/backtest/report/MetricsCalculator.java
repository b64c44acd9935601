package io.tradewind.backtest.report;

import io.tradewind.domain.Decimals;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes {@link BacktestMetrics} from the equity after every bar and the closed trades, in
 * constant memory (one pass, nothing kept per bar), so runs of any length can be measured.
 * Equity and prices are exact scaled longs; the ratios derived from them are doubles.
 *
 * <p>Annualised figures use calendar time, not the bar count: stored data has gaps (the demo
 * data has 9,399 one-minute bars in 9,603 minutes), and a year is 365 days of 24 h because crypto
 * trades around the clock. Definitions, with E0 the initial equity, E_i the equity after bar i
 * (i = 1..n), r_i = E_i / E_(i-1) − 1 the return of bar i, years = the time from the first bar's
 * open to the last bar's close / 365 days, and B = n / years the bars observed per year:
 * <ul>
 * <li>total return = E_n / E0 − 1.
 * <li>CAGR = (E_n / E0)^(1 / years) − 1; −1 when equity ends at or below zero; undefined without
 * bars or for a run shorter than {@link #MIN_CAGR_SPAN} (compounding a week to a year says
 * nothing: the demo specs printed −99.99 % and 102.21 % for a week's −15 % and 1.29 %).
 * <li>max drawdown = the largest (peak − E_i) / peak over the run, peak the highest equity up to
 * bar i (E0 included), as a positive fraction; its duration is the longest stretch from a peak
 * until equity first gets back to it (or to the last bar if it never does), in bars and in
 * calendar time (from the close of the peak bar, or the first open for E0, to the close of the
 * bar that regains it).
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

    /** Shortest run whose CAGR is reported. */
    public static final Duration MIN_CAGR_SPAN = Duration.ofDays(30);

    private static final double SECONDS_PER_YEAR = 365 * 86_400.0;

    private final BigDecimal initialEquity;
    private final int equityScale;
    private final int priceScale;
    private final Resolution resolution;
    private final long initial;

    private long bars;
    private long firstOpenTime;
    private long lastCloseTime;
    private long previousEquity;
    private long peak;
    private long peakBar;
    private long peakTime;
    private double maxDrawdown;
    private long longestUnderwater;
    private long longestUnderwaterSeconds;
    private double meanReturn;
    private double squaredDeviations;
    private double downsideSquares;
    private long exposedBars;
    private long firstClose;
    private long lastClose;

    /**
     * @param initialEquity equity before the first bar, greater than zero
     * @param equityScale   decimals of the scaled equities passed to {@link #onBar(long, long, long, boolean)}
     * @param priceScale    decimals of the scaled closes passed to {@link #onBar(long, long, long, boolean)}
     * @param resolution    the bars' length: a bar opening at t closes at t plus this
     */
    public MetricsCalculator(BigDecimal initialEquity, int equityScale, int priceScale, Resolution resolution) {
        if (initialEquity.signum() <= 0) {
            throw new IllegalArgumentException("initial equity must be greater than zero, was "
                    + Decimals.format(initialEquity));
        }
        this.initialEquity = initialEquity;
        this.equityScale = equityScale;
        this.priceScale = priceScale;
        this.resolution = resolution;
        this.initial = scaled(initialEquity, equityScale, "initial equity");
        this.previousEquity = initial;
        this.peak = initial;
    }

    /**
     * Records one bar: its open time, equity after it, its close, and whether a position was open
     * at its end. Bars come in time order; gaps between them are fine.
     */
    public void onBar(Instant openTime, BigDecimal equity, BigDecimal close, boolean exposed) {
        onBar(openTime.getEpochSecond(), scaled(equity, equityScale, "equity"), scaled(close, priceScale, "close"),
                exposed);
    }

    /** {@link #onBar(Instant, BigDecimal, BigDecimal, boolean)} with epoch seconds and scaled longs, for the hot path. */
    public void onBar(long openEpochSecond, long equity, long close, boolean exposed) {
        bars++;
        long closeTime = openEpochSecond + resolution.seconds();
        if (bars == 1) {
            firstOpenTime = openEpochSecond;
            peakTime = openEpochSecond;
            firstClose = close;
        }
        lastCloseTime = closeTime;
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
                underwater(bars - peakBar, closeTime - peakTime);
            }
            peak = equity;
            peakBar = bars;
            peakTime = closeTime;
        } else {
            maxDrawdown = Math.max(maxDrawdown, (double) (peak - equity) / peak);
        }
        previousEquity = equity;
    }

    /**
     * A drawdown that lasted this long: kept when it is the longest in time so far, with its bars
     * (across a gap in the data a drawdown of fewer bars can last longer; bars and duration of two
     * different drawdowns described none).
     */
    private void underwater(long drawdownBars, long drawdownSeconds) {
        if (drawdownSeconds > longestUnderwaterSeconds
                || drawdownSeconds == longestUnderwaterSeconds && drawdownBars > longestUnderwater) {
            longestUnderwaterSeconds = drawdownSeconds;
            longestUnderwater = drawdownBars;
        }
    }

    public long bars() {
        return bars;
    }

    /** The metrics of the bars recorded so far and {@code trades}. */
    public BacktestMetrics finish(List<ClosedTrade> trades) {
        if (previousEquity < peak) {
            underwater(bars - peakBar, lastCloseTime - peakTime); // still under at the end
        }
        long underwater = longestUnderwater;
        long underwaterSeconds = longestUnderwaterSeconds;
        Duration span = Duration.ofSeconds(bars == 0 ? 0 : lastCloseTime - firstOpenTime);
        double years = span.getSeconds() / SECONDS_PER_YEAR;
        double totalReturn = growth(previousEquity, initial, equityScale);
        Double cagr = bars == 0 || span.compareTo(MIN_CAGR_SPAN) < 0 ? null
                : previousEquity <= 0 ? -1.0 : Math.pow((double) previousEquity / initial, 1 / years) - 1;
        double annualiser = bars == 0 ? 0 : Math.sqrt(bars / years);
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
                Duration.ofSeconds(underwaterSeconds),
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
            throw new IllegalArgumentException(field + " " + Decimals.format(value) + " does not fit "
                    + scale + " decimals in a long");
        }
    }
}
