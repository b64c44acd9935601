package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded random-walk candles for scale tests and demos ({@code data generate}): gapless, aligned
 * to the resolution, produced chunk by chunk so any count streams in bounded memory. All math is
 * on scaled longs with {@link SplittableRandom}, whose sequence is specified, so a seed gives the
 * same candles on every JDK.
 *
 * <p>Each candle opens at the previous close and moves by a whole number of basis points from
 * -20 to +20 (reflected upwards below a floor of 1% of the start price, so long walks never reach
 * zero); wicks reach up to 10 basis points beyond the body; volume is uniform from 0.0001 to 100.
 * Prices are on a tick grid, 0.01 by default: a coarser tick (1 for a rial market) rounds each
 * close to the nearest tick and widens the wicks outwards to it; the random sequence is the same.
 */
public final class RandomWalkCandles implements CandleCursor {

    /** Two price decimals, four volume decimals, quote volume to the cent. */
    public static final CandleScales SCALES = new CandleScales(2, 4, 2);

    private static final long BASIS_POINTS = 10_000;
    private static final long MAX_MOVE_BP = 20;
    private static final long MAX_WICK_BP = 10;
    private static final long MAX_VOLUME = 1_000_000;
    private static final long VOLUME_UNIT = 10_000;
    /** Rial magnitudes fit with room for a long walk upwards: the quote volume stays far inside a long. */
    public static final BigDecimal MAX_START_PRICE = new BigDecimal("10000000000000");

    /** The default tick: the prices' two decimals. */
    public static final BigDecimal CENT = new BigDecimal("0.01");

    private final SplittableRandom random;
    private final long tick;
    private final long count;
    private final long step;
    private final long floor;
    private final CandleChunk chunk;
    private long produced;
    private long nextOpenTime;
    private long price;

    /**
     * @param start      open time of the first candle; rounded down to its bucket start
     * @param startPrice open of the first candle, at most two decimals, greater than zero, on the tick grid
     * @param tick       the prices' grid: a multiple of 0.01, at most {@link #coarsestTick}
     */
    public RandomWalkCandles(long seed, long count, Resolution resolution, Instant start,
            BigDecimal startPrice, BigDecimal tick, int chunkSize) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (startPrice.signum() <= 0) {
            throw new IllegalArgumentException("start price must be greater than zero, was " + startPrice.toPlainString());
        }
        if (startPrice.compareTo(MAX_START_PRICE) > 0) {
            throw new IllegalArgumentException("start price must be at most " + MAX_START_PRICE.toPlainString() + ", was "
                    + startPrice.toPlainString());
        }
        if (!tickFits(tick, startPrice)) {
            throw new IllegalArgumentException("tick must be a multiple of 0.01 from 0.01 to "
                    + coarsestTick(startPrice).toPlainString() + " (1 % of the start price), was " + tick.toPlainString());
        }
        if (startPrice.remainder(tick).signum() != 0) {
            throw new IllegalArgumentException("start price " + startPrice.toPlainString() + " is not a multiple of the tick "
                    + tick.toPlainString());
        }
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.step = resolution.seconds();
        this.tick = SCALES.price(tick, "tick");
        this.price = SCALES.price(startPrice, "start price");
        this.floor = Math.max(1, price / 100);
        this.nextOpenTime = resolution.bucketStart(start.getEpochSecond());
        this.chunk = new CandleChunk(SCALES, chunkSize);
    }

    /**
     * The coarsest tick for a walk from {@code startPrice}: 1 % of it (at least 0.01). The walk moves
     * at most 0.2 % a candle; a coarser tick would keep it flat.
     */
    public static BigDecimal coarsestTick(BigDecimal startPrice) {
        return startPrice.movePointLeft(2).max(CENT).stripTrailingZeros();
    }

    /** Whether {@code tick} is a multiple of 0.01 from 0.01 to {@link #coarsestTick}. */
    public static boolean tickFits(BigDecimal tick, BigDecimal startPrice) {
        return tick.signum() > 0 && tick.stripTrailingZeros().scale() <= SCALES.priceScale()
                && tick.compareTo(coarsestTick(startPrice)) <= 0;
    }

    public RandomWalkCandles(long seed, long count, Resolution resolution, Instant start, BigDecimal startPrice) {
        this(seed, count, resolution, start, startPrice, CENT, CandleChunk.DEFAULT_CAPACITY);
    }

    public RandomWalkCandles(long seed, long count, Resolution resolution, Instant start, BigDecimal startPrice,
            int chunkSize) {
        this(seed, count, resolution, start, startPrice, CENT, chunkSize);
    }

    @Override
    public CandleScales scales() {
        return SCALES;
    }

    @Override
    public CandleChunk next() {
        chunk.clear();
        while (produced < count && !chunk.isFull()) {
            long open = price;
            long move = random.nextLong(-MAX_MOVE_BP, MAX_MOVE_BP + 1);
            long close = open + Math.multiplyExact(open, move) / BASIS_POINTS;
            if (close < floor) {
                close = open + Math.multiplyExact(open, Math.abs(move)) / BASIS_POINTS;
            }
            close = Math.max(tick, (close + tick / 2) / tick * tick);
            long high = Math.max(open, close) + Math.multiplyExact(open, random.nextLong(MAX_WICK_BP + 1)) / BASIS_POINTS;
            long low = Math.min(open, close) - Math.multiplyExact(open, random.nextLong(MAX_WICK_BP + 1)) / BASIS_POINTS;
            high = (high + tick - 1) / tick * tick;
            low = Math.max(tick, low / tick * tick);
            long volume = 1 + random.nextLong(MAX_VOLUME);
            chunk.onCandle(nextOpenTime, open, high, low, close, volume,
                    quoteVolume(close, volume));
            nextOpenTime += step;
            price = close;
            produced++;
        }
        return chunk.isEmpty() ? null : chunk;
    }

    /** Close × volume to the cent; past a long's range (rial prices) through BigInteger. */
    private static long quoteVolume(long close, long volume) {
        if (Math.multiplyHigh(close, volume) == 0 && close * volume >= 0) {
            return roundHalfEven(close * volume, VOLUME_UNIT);
        }
        return new BigDecimal(BigInteger.valueOf(close).multiply(BigInteger.valueOf(volume)))
                .divide(BigDecimal.valueOf(VOLUME_UNIT), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** {@code a / b} rounded half-even, for non-negative {@code a} and positive {@code b}. */
    private static long roundHalfEven(long a, long b) {
        long quotient = a / b;
        long twiceRemainder = 2 * (a % b);
        if (twiceRemainder > b || (twiceRemainder == b && (quotient & 1) == 1)) {
            quotient++;
        }
        return quotient;
    }
}
