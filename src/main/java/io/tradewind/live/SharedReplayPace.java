package io.tradewind.live;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The pace of the instances replaying one symbol on the paper venue, ticked together (see
 * {@link ReplayGroup}): each asks it what is due at the group's tick and gets the same answer, so
 * that they play the same candles in step and the shared market moves at the configured speed.
 */
public final class SharedReplayPace {

    private ReplayPace pace;
    private Instant askedAt;
    private int due;

    /** Starts the pace at the first member's start; the others' starts change nothing. */
    synchronized void begin(BigDecimal candlesPerSecond, int maxPerTick, Instant now) {
        if (pace == null) {
            pace = new ReplayPace(candlesPerSecond, maxPerTick, now);
        }
    }

    /** The candles due at the tick of {@code now}: the same for every member asking at that tick. */
    synchronized int due(Instant now) {
        if (!now.equals(askedAt)) {
            askedAt = now;
            due = pace.due(now);
        }
        return due;
    }
}
