package io.tradewind.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * How many replayed candles are due at a tick, for a speed in candles per second. A replay that
 * falls behind (slow ticks, skipped ticks) catches up by at most {@code maxPerTick} candles a tick
 * and then forgets the rest of its lag, so a stall never turns into an unbounded burst.
 */
public final class ReplayPace {

    private final BigDecimal candlesPerSecond;
    private final int maxPerTick;
    private Instant since;
    private long played;

    public ReplayPace(BigDecimal candlesPerSecond, int maxPerTick, Instant start) {
        if (candlesPerSecond.signum() <= 0 || maxPerTick < 1) {
            throw new IllegalArgumentException("the replay speed and the candles per tick must be positive");
        }
        this.candlesPerSecond = candlesPerSecond;
        this.maxPerTick = maxPerTick;
        this.since = start;
    }

    /** The candles to play now; the caller plays them all (or stops early at the end of the data). */
    public int due(Instant now) {
        long elapsedMillis = Math.max(0, Duration.between(since, now).toMillis());
        long total = candlesPerSecond.multiply(BigDecimal.valueOf(elapsedMillis)).divide(BigDecimal.valueOf(1000), 0,
                RoundingMode.DOWN).longValueExact();
        long due = total - played;
        if (due <= 0) {
            return 0;
        }
        if (due > maxPerTick) {
            // behind schedule: play the most a tick may, and count from now on
            since = now;
            played = 0;
            return maxPerTick;
        }
        played = total;
        return (int) due;
    }

    /** How often a tick should come so that each plays about one candle, but not more often than {@code finest}. */
    public static Duration interval(BigDecimal candlesPerSecond, Duration finest) {
        long millis = BigDecimal.valueOf(1000).divide(candlesPerSecond, 0, RoundingMode.DOWN).longValueExact();
        Duration interval = Duration.ofMillis(Math.max(1, millis));
        return interval.compareTo(finest) < 0 ? finest : interval;
    }
}
