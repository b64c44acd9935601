package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Turns trades, in time order, into candles of one resolution: open is the first trade of a
 * bucket, close the last, volume the sum of amounts, quote volume the sum of price × amount. A
 * bucket without trades yields no candle (as venues' UDF feeds do; {@link GapFinder} shows them).
 * Works the same for an imported file and for a live feed: a candle is handed to the listener when
 * the first trade of a later bucket arrives, when {@link #closeBucketsBefore} says its time is
 * over, or on {@link #flush()}.
 */
public final class TradeAggregator {

    private final Resolution resolution;
    private final CandleScales scales;
    private final CandleListener listener;
    private final int productScale;
    private boolean open;
    private long bucket;
    private long lastTradeMillis = Long.MIN_VALUE;
    private long openPrice;
    private long high;
    private long low;
    private long close;
    private long volume;
    // price × amount summed exactly in 128 bits: one rial-sized trade already overflows 64
    private long quoteHigh;
    private long quoteLow;

    /** Prices and amounts passed to {@link #onTrade} are scaled longs at {@code scales}. */
    public TradeAggregator(Resolution resolution, CandleScales scales, CandleListener listener) {
        this.resolution = resolution;
        this.scales = scales;
        this.listener = listener;
        this.productScale = scales.priceScale() + scales.volumeScale();
    }

    /**
     * Adds one trade.
     *
     * @throws IllegalArgumentException when the trade is older than the previous one, its price
     *                                  is not positive or its amount negative, or its candle's volume
     *                                  would pass what a long holds at the volume's decimals (the
     *                                  candle is left as it was)
     */
    public void onTrade(long epochMillis, long price, long amount) {
        if (epochMillis < lastTradeMillis) {
            throw new IllegalArgumentException("trade at " + Instant.ofEpochMilli(epochMillis)
                    + " is older than the previous one at " + Instant.ofEpochMilli(lastTradeMillis)
                    + ": trades must be in time order");
        }
        if (price <= 0) {
            throw new IllegalArgumentException("trade price must be greater than zero");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("trade amount must not be negative");
        }
        long tradeBucket = resolution.bucketStart(Math.floorDiv(epochMillis, 1000));
        // checked before anything changes: a trade refused leaves the candle as it was
        long summedVolume = addVolume(open && tradeBucket == bucket ? volume : 0, amount, tradeBucket);
        lastTradeMillis = epochMillis;
        if (open && tradeBucket != bucket) {
            emit();
        }
        if (!open) {
            open = true;
            bucket = tradeBucket;
            openPrice = price;
            high = price;
            low = price;
            volume = 0;
            quoteHigh = 0;
            quoteLow = 0;
        }
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        volume = summedVolume;
        long productLow = price * amount;
        long productHigh = Math.multiplyHigh(price, amount);
        long sumLow = quoteLow + productLow;
        quoteHigh += productHigh + (Long.compareUnsigned(sumLow, quoteLow) < 0 ? 1 : 0);
        quoteLow = sumLow;
    }

    /** The candle's volume plus one trade's; past a long at the volume's decimals, an error naming the candle and the way out. */
    private long addVolume(long sum, long amount, long candleOpen) {
        try {
            return Math.addExact(sum, amount);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the " + resolution.label() + " candle at " + Instant.ofEpochSecond(candleOpen)
                    + " trades more than a candle can hold at " + scales.volumeScale() + " amount decimals ("
                    + BigDecimal.valueOf(Long.MAX_VALUE, scales.volumeScale()).toPlainString()
                    + "): round the amounts to fewer decimals, or import at a finer resolution");
        }
    }

    /** Hands over the open candle if its bucket ends at or before {@code epochSecond}. */
    public void closeBucketsBefore(long epochSecond) {
        if (open && bucket + resolution.seconds() <= epochSecond) {
            emit();
        }
    }

    /** Hands over the open candle, if any, however young: the input has ended. */
    public void flush() {
        if (open) {
            emit();
        }
    }

    private void emit() {
        BigInteger quote = BigInteger.valueOf(quoteHigh).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(quoteLow)));
        BigDecimal exactQuote = new BigDecimal(quote, productScale);
        long quoteVolume;
        try {
            quoteVolume = scales.quoteVolume(exactQuote);
        } catch (IllegalArgumentException e) {
            // a trades file has no quote volume column to round: say which candle, and what the user can change
            throw new IllegalArgumentException("the " + resolution.label() + " candle at " + Instant.ofEpochSecond(bucket)
                    + " trades a quote volume (price × amount) of " + exactQuote.setScale(scales.quoteVolumeScale(),
                    RoundingMode.HALF_EVEN).toPlainString() + ", more than a candle keeps at " + scales.quoteVolumeScale()
                    + " decimals (" + BigDecimal.valueOf(Long.MAX_VALUE, scales.quoteVolumeScale()).toPlainString()
                    + "): use fewer price decimals, or import at a finer resolution");
        }
        open = false;
        listener.onCandle(bucket, openPrice, high, low, close, volume, quoteVolume);
    }
}
