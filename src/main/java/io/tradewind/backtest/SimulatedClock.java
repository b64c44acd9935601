package io.tradewind.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The backtest's time as a {@link Clock}, set by the runner: a candle's open while its path fills
 * resting orders, its close while the strategy decides on it. The execution service and the
 * strategy read it; the simulated exchange keeps its own time, which may already be at the next
 * open (a {@code next-open} fill is stamped when it fills, not when it was decided).
 */
final class SimulatedClock extends Clock {

    /** Shared by a clock and its copies in other zones, so they all show the same instant. */
    private static final class Now {
        long millis;
    }

    private final Now now;
    private final ZoneId zone;
    private Instant instant;

    SimulatedClock() {
        this(new Now(), ZoneOffset.UTC);
    }

    private SimulatedClock(Now now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(long millis) {
        now.millis = millis;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(now, other);
    }

    @Override
    public long millis() {
        return now.millis;
    }

    /** The same instance while the simulated time stands still: the execution service stamps every record with it. */
    @Override
    public Instant instant() {
        long millis = now.millis;
        if (instant == null || instant.toEpochMilli() != millis) {
            instant = Instant.ofEpochMilli(millis);
        }
        return instant;
    }
}
