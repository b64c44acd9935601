package io.tradewind.marketdata;

import java.time.Instant;
import java.util.Objects;

/**
 * A reusable, fixed-capacity block of candles stored column by column as scaled longs (see
 * {@link CandleScales}), open times in epoch seconds. Seven primitive arrays instead of one object
 * per candle keep a chunk of 8,192 candles at about 450 KB and let a backtest stream any number of
 * candles through the same few chunks. Candles in a chunk are in ascending open-time order.
 */
public final class CandleChunk implements CandleListener {

    public static final int DEFAULT_CAPACITY = 8_192;

    private final CandleScales scales;
    final long[] openTime;
    final long[] open;
    final long[] high;
    final long[] low;
    final long[] close;
    final long[] volume;
    final long[] quoteVolume;
    private int size;

    public CandleChunk(CandleScales scales, int capacity) {
        this.scales = Objects.requireNonNull(scales, "scales");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        openTime = new long[capacity];
        open = new long[capacity];
        high = new long[capacity];
        low = new long[capacity];
        close = new long[capacity];
        volume = new long[capacity];
        quoteVolume = new long[capacity];
    }

    public CandleScales scales() {
        return scales;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return openTime.length;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean isFull() {
        return size == openTime.length;
    }

    public void clear() {
        size = 0;
    }

    /** Counts {@code count} candles that a packed block decoded straight into the arrays. */
    void grow(int count) {
        if (count < 0 || size + count > openTime.length) {
            throw new IllegalStateException("cannot grow " + size + " by " + count);
        }
        size += count;
    }

    /**
     * Appends one candle given as scaled longs. The caller guarantees ascending open times and
     * consistent values (generators and aggregators produce them by construction; importers
     * check them first).
     *
     * @throws IllegalStateException when the chunk is full
     */
    @Override
    public void onCandle(long openTimeSeconds, long openScaled, long highScaled, long lowScaled,
            long closeScaled, long volumeScaled, long quoteVolumeScaled) {
        if (size == openTime.length) {
            throw new IllegalStateException("chunk is full (" + size + " candles)");
        }
        int i = size++;
        openTime[i] = openTimeSeconds;
        open[i] = openScaled;
        high[i] = highScaled;
        low[i] = lowScaled;
        close[i] = closeScaled;
        volume[i] = volumeScaled;
        quoteVolume[i] = quoteVolumeScaled;
    }

    /**
     * Appends a candle, converting its decimals exactly to this chunk's scales.
     *
     * @throws IllegalArgumentException when a price or volume has more decimals than the scales
     */
    public void add(Candle candle) {
        onCandle(candle.openTime().getEpochSecond(),
                scales.price(candle.open(), "open"),
                scales.price(candle.high(), "high"),
                scales.price(candle.low(), "low"),
                scales.price(candle.close(), "close"),
                scales.volume(candle.volume(), "volume"),
                scales.quoteVolume(candle.quoteVolume()));
    }

    /** Open time of candle {@code i} in epoch seconds. */
    public long openTime(int i) {
        return openTime[i];
    }

    public long open(int i) {
        return open[i];
    }

    public long high(int i) {
        return high[i];
    }

    public long low(int i) {
        return low[i];
    }

    public long close(int i) {
        return close[i];
    }

    public long volume(int i) {
        return volume[i];
    }

    public long quoteVolume(int i) {
        return quoteVolume[i];
    }

    /** Candle {@code i} as an exact object. */
    public Candle candle(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("candle " + i + " of " + size);
        }
        return new Candle(Instant.ofEpochSecond(openTime[i]), scales.price(open[i]),
                scales.price(high[i]), scales.price(low[i]), scales.price(close[i]),
                scales.volume(volume[i]), scales.quoteVolume(quoteVolume[i]));
    }
}
