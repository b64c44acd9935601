package io.tradewind.live;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

/**
 * Says in the log that an instance skips ticks, at most once a minute with how many: a tick that
 * came while the last still ran, or too late, and a candle that reached the instance too late to
 * decide on. An instance that could not keep up (a replay played at half its pace, 4,094 ticks
 * skipped in 42 minutes) showed it only in its counters.
 */
final class SkippedTicksLog {

    private static final System.Logger LOG = System.getLogger(SkippedTicksLog.class.getName());
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final String instance;
    private long skipped;
    private Instant since;
    private Instant lastSaid = Instant.MIN;

    SkippedTicksLog(String instance) {
        this.instance = instance;
    }

    synchronized void skipped(Instant now, String why) {
        if (skipped++ == 0) {
            since = now;
        }
        if (Duration.between(lastSaid, now).compareTo(EVERY) < 0) {
            return;
        }
        LOG.log(Level.WARNING, "instance {0}: {1} skipped since {2}, the last one {3}: it does not keep up with its"
                + " feed (a slow strategy or venue, or a replay faster than it can play)", instance,
                skipped == 1 ? "1 tick" : skipped + " ticks", since, why);
        skipped = 0;
        lastSaid = now;
    }
}
