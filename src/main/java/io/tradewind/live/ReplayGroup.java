package io.tradewind.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The instances replaying one symbol on the paper venue, ticked together a candle at a time. They
 * share the symbol's simulated market, which each candle moves once. Ticked apart, the first to
 * tick played all its due candles and the others found the market past them, to learn from
 * without deciding: with several candles a tick, all but one decided on almost nothing (and before
 * that, leapfrogging each other, they ran the market several times the configured speed).
 * Together, each candle is played by every instance in turn: the first moves the market, and
 * each decides on it. Their feeds share one {@link SharedReplayPace}.
 *
 * <p>Ticked in turn on one thread, a slow strategy delays the others of its symbol, as its
 * decisions already did (they take turns on the symbol's market); other symbols' instances are
 * not delayed.
 */
public final class ReplayGroup {

    private final List<LiveInstance> members;

    public ReplayGroup(List<LiveInstance> members) {
        this.members = List.copyOf(members);
    }

    public List<LiveInstance> members() {
        return members;
    }

    /** The most often any member wants a tick. */
    public Duration interval() {
        return members.stream().map(LiveInstance::interval).min(Duration::compareTo).orElseThrow();
    }

    /** One tick of every member, a candle each in turn; a member that fails stops, the others play on. */
    public void tick(Instant scheduled, Instant now) {
        List<LiveInstance> ticking = new ArrayList<>();
        for (LiveInstance member : members) {
            if (member.beginTick(scheduled, now)) {
                ticking.add(member);
            }
        }
        List<LiveInstance> playing = new ArrayList<>(ticking);
        while (!playing.isEmpty()) {
            playing.removeIf(member -> !member.playNext());
        }
        VirtualMachineError fatal = null;
        for (LiveInstance member : ticking) {
            try {
                member.endTick();
            } catch (VirtualMachineError e) {
                // every member's tick is counted first
                fatal = fatal == null ? e : fatal;
            }
        }
        if (fatal != null) {
            throw fatal;
        }
    }
}
