package io.tradewind.runtime;

import io.tradewind.live.InstanceSpec;
import io.tradewind.sim.Market;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Where a replay trades from: {@code replay.from}, or after the newest candle its paper market
 * played before this start when that is later — the orders and position kept from before must not
 * meet the replay's earlier prices again. The candles before it are the instance's history. Says
 * in the log which it is, so that a restart that replays nothing is not taken for a stuck one.
 */
final class ReplayStart {

    private static final Logger LOG = Logger.getLogger(ReplayStart.class);

    private ReplayStart() {
    }

    /**
     * @param walked the open time (epoch seconds) of the newest replayed candle that moved the
     *               instance's paper market, or {@link Market#NO_CANDLE}
     * @param last   the open time of the last stored candle of the replay
     * @param end    the end of the stored candles: where a replay with nothing left to play starts
     */
    static Instant of(InstanceSpec spec, long walked, Instant last, Instant end) {
        if (walked == Market.NO_CANDLE) {
            return spec.replayFrom();
        }
        String symbol = spec.instrument().symbol();
        Instant after = Instant.ofEpochSecond(walked);
        if (walked < spec.replayFrom().getEpochSecond()) {
            LOG.infof("instance %s: the paper market of %s played replayed candles up to the one opening at %s before this"
                    + " start; replay.from %s is later, so the replay starts there", spec.id(), symbol, after,
                    spec.replayFrom());
            return spec.replayFrom();
        }
        if (walked == last.getEpochSecond()) {
            LOG.infof("instance %s: the replay of %s finished before this start (its last candle, opening at %s, was"
                    + " played): nothing is left to replay. To replay these candles again, start with a new data directory",
                    spec.id(), spec.replaySeries(), after);
            return end;
        }
        if (walked > last.getEpochSecond()) {
            // another data file or resolution than the one played before: its candles all lie behind the market
            LOG.warnf("instance %s: the paper market of %s played replayed candles up to the one opening at %s before"
                    + " this start, after the last stored candle of %s (opening at %s): nothing is left to replay. To"
                    + " replay these candles, start with a new data directory", spec.id(), symbol, after,
                    spec.replaySeries(), last);
            return end;
        }
        LOG.infof("instance %s: the paper market of %s played the replayed candles up to the one opening at %s"
                + " before this start; the replay goes on after it (replay.from %s)", spec.id(), symbol, after,
                spec.replayFrom());
        return Instant.ofEpochSecond(walked + 1);
    }
}
