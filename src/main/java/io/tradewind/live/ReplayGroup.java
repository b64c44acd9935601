package io.tradewind.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * not delayed. Each instance's tick ends as soon as it has played its candles, so that a pause or
 * a flatten of one waits only for its own.
 */
public final class ReplayGroup {

    private final List<LiveInstance> members;
    private final AtomicBoolean ticking = new AtomicBoolean();

    public ReplayGroup(List<LiveInstance> members) {
        this.members = List.copyOf(members);
    }

    /** The most often any member wants a tick. */
    public Duration interval() {
        return members.stream().map(LiveInstance::interval).min(Duration::compareTo).orElseThrow();
    }

    /**
     * One tick of every member, a candle each in turn; a member that fails stops, the others play
     * on. A tick due while the one before still runs is skipped and counted for each member.
     */
    public void tick(Instant scheduled, Instant now) {
        if (!ticking.compareAndSet(false, true)) {
            members.forEach(member -> member.skipTick(now));
            return;
        }
        try {
            playTogether(scheduled, now);
        } finally {
            ticking.set(false);
        }
    }

    private void playTogether(Instant scheduled, Instant now) {
        List<LiveInstance> playing = new ArrayList<>();
        for (LiveInstance member : members) {
            if (member.beginTick(scheduled, now)) {
                playing.add(member);
            }
        }
        VirtualMachineError fatal = null;
        try {
            while (!playing.isEmpty()) {
                for (Iterator<LiveInstance> each = playing.iterator(); each.hasNext(); ) {
                    LiveInstance member = each.next();
                    if (!member.playNext()) {
                        each.remove();
                        fatal = end(member, fatal);
                    }
                }
            }
        } finally {
            // every tick begun is ended, even if something unforeseen escaped the loop
            for (LiveInstance member : playing) {
                fatal = end(member, fatal);
            }
        }
        if (fatal != null) {
            throw fatal;
        }
    }

    /** Ends {@code member}'s tick; the first of the JVM's own troubles goes on up once every member's tick is counted. */
    private static VirtualMachineError end(LiveInstance member, VirtualMachineError fatal) {
        try {
            member.endTick();
        } catch (VirtualMachineError e) {
            return fatal == null ? e : fatal;
        }
        return fatal;
    }
}
