package io.tradewind.strategy.ta4j;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Builds ta4j {@link BarSeries} from candles, cheaply: {@link DoubleNum} (indicator math may be
 * approximate; ten times faster than {@code DecimalNum}), times in {@link ZoneOffset#UTC} built
 * straight from epoch seconds (no zone-rules lookup), and a bounded series so a strategy that
 * runs over millions of candles keeps only the bars its indicators look back on.
 */
public final class Ta4jAdapters {

    private static final double[] POWERS_OF_TEN = new double[CandleScales.MAX_SCALE + 1];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = Math.pow(10, i);
        }
    }

    private Ta4jAdapters() {
    }

    /**
     * An empty {@link DoubleNum} series that keeps at most {@code maxBarCount} bars, dropping the
     * oldest without moving the rest (see {@link RollingBarSeries}): the series a strategy gets.
     */
    public static BarSeries newBoundedSeries(String name, int maxBarCount) {
        checkMaxBarCount(maxBarCount);
        BarSeries series = new RollingBarSeries(name, DoubleNum.valueOf(0));
        series.setMaximumBarCount(maxBarCount);
        return series;
    }

    private static void checkMaxBarCount(int maxBarCount) {
        if (maxBarCount <= 0) {
            throw new IllegalArgumentException("maximum bar count must be positive, was " + maxBarCount);
        }
    }

    /**
     * Appends candle {@code i} of {@code chunk} to a strategy's series as a bar ending one
     * resolution after its open time; amount is the quote volume. The bar makes its times and
     * values when they are read ({@link CandleBar}).
     */
    public static void addBar(BarSeries series, CandleChunk chunk, int i, Duration period) {
        CandleScales scales = chunk.scales();
        double price = POWERS_OF_TEN[scales.priceScale()];
        series.addBar(new CandleBar(period, chunk.openTime(i) + period.getSeconds(),
                chunk.open(i) / price, chunk.high(i) / price, chunk.low(i) / price, chunk.close(i) / price,
                chunk.volume(i) / POWERS_OF_TEN[scales.volumeScale()],
                chunk.quoteVolume(i) / POWERS_OF_TEN[scales.quoteVolumeScale()]));
    }

    /** Appends candle {@code i} of {@code chunk} as ta4j's own {@link BaseBar}, with the same values as {@link #addBar}. */
    private static void addBaseBar(BarSeries series, CandleChunk chunk, int i, Duration period) {
        CandleScales scales = chunk.scales();
        double price = POWERS_OF_TEN[scales.priceScale()];
        ZonedDateTime end = LocalDateTime.ofEpochSecond(chunk.openTime(i) + period.getSeconds(), 0, ZoneOffset.UTC)
                .atZone(ZoneOffset.UTC);
        series.addBar(new BaseBar(period, end,
                num(chunk.open(i) / price), num(chunk.high(i) / price), num(chunk.low(i) / price),
                num(chunk.close(i) / price), num(chunk.volume(i) / POWERS_OF_TEN[scales.volumeScale()]),
                num(chunk.quoteVolume(i) / POWERS_OF_TEN[scales.quoteVolumeScale()]), 0));
    }

    /**
     * Reads a whole cursor into a new ta4j {@link org.ta4j.core.BaseBarSeries} bounded to
     * {@code maxBarCount} bars: ta4j's own series of its own bars, as a ta4j user builds it (the
     * benchmark's ta4j path and the tests that compare with ta4j).
     */
    public static BarSeries load(String name, CandleCursor cursor, Resolution resolution, int maxBarCount) {
        checkMaxBarCount(maxBarCount);
        BarSeries series = new BaseBarSeriesBuilder().withName(name).withNumTypeOf(DoubleNum.class).build();
        series.setMaximumBarCount(maxBarCount);
        Duration period = resolution.duration();
        for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
            for (int i = 0; i < chunk.size(); i++) {
                addBaseBar(series, chunk, i, period);
            }
        }
        return series;
    }

    // scaled / 10^scale is the correctly rounded double of the decimal while |scaled| < 2^53
    private static Num num(double value) {
        return DoubleNum.valueOf(value);
    }
}
