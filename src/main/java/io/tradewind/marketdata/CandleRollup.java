package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;

/**
 * Turns candles, in time order, into candles of a coarser bucket (an hour from minutes, a
 * month from days): open of the first, close of the last, the highest high and lowest low, the
 * volumes summed, all exact. The bucket is a function, not a {@link Resolution}, because calendar
 * months have no fixed length. A bucket without candles yields no candle, as in
 * {@link TradeAggregator}. The caller chooses candles that fit the buckets (no candle may
 * straddle two of them).
 */
public final class CandleRollup implements Consumer<Candle> {

    private final LongUnaryOperator bucketStart;
    private final Consumer<Candle> out;
    private long bucket;
    private long lastOpen = Long.MIN_VALUE;
    private BigDecimal open;
    private BigDecimal high;
    private BigDecimal low;
    private BigDecimal close;
    private BigDecimal volume;
    private BigDecimal quoteVolume;

    /**
     * @param bucketStart the open time (epoch seconds) of the bucket holding an epoch second
     * @param out         receives each finished coarser candle
     */
    public CandleRollup(LongUnaryOperator bucketStart, Consumer<Candle> out) {
        this.bucketStart = bucketStart;
        this.out = out;
    }

    /**
     * Adds one candle.
     *
     * @throws IllegalArgumentException when it is not newer than the previous one
     */
    @Override
    public void accept(Candle candle) {
        long openTime = candle.openTime().getEpochSecond();
        if (openTime <= lastOpen) {
            throw new IllegalArgumentException("candle at " + candle.openTime() + " is not after the previous one at "
                    + Instant.ofEpochSecond(lastOpen) + ": candles must be in ascending time order");
        }
        long candleBucket = bucketStart.applyAsLong(openTime);
        if (open != null && candleBucket != bucket) {
            flush();
        }
        lastOpen = openTime;
        if (open == null) {
            bucket = candleBucket;
            open = candle.open();
            high = candle.high();
            low = candle.low();
            volume = BigDecimal.ZERO;
            quoteVolume = BigDecimal.ZERO;
        }
        high = high.max(candle.high());
        low = low.min(candle.low());
        close = candle.close();
        volume = volume.add(candle.volume());
        quoteVolume = quoteVolume.add(candle.quoteVolume());
    }

    /** Hands over the bucket being built, if any: the input has ended. */
    public void flush() {
        if (open == null) {
            return;
        }
        out.accept(new Candle(Instant.ofEpochSecond(bucket), open, high, low, close, volume, quoteVolume));
        open = null;
    }
}
