package io.tradewind.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One log line for a run of the same line: a strategy retrying each tick while a limit, its budget
 * or reduce-only refuses it wrote one line a tick, all day. The first line of a kind is logged; the
 * same kind again, for the same instance, within a minute of the line logged is only counted, and
 * the count is said with the next line logged. Thread-safe.
 */
public final class RepeatedLines {

    /** What a line in a run of repeats becomes. */
    public static final long NOT_LOGGED = -1;

    private static final long REPEAT_NANOS = 60_000_000_000L;

    private final LongSupplier nanoTime;
    private final Map<String, Run> runs = new HashMap<>();

    private static final class Run {
        String kind;
        long loggedAt;
        long notLogged;
    }

    public RepeatedLines() {
        this(System::nanoTime);
    }

    /** @param nanoTime the clock of the minute (a test's) */
    public RepeatedLines(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * @param instance whose line it is
     * @param kind     what makes two lines the same (the limits that refused, not the figures)
     * @return {@link #NOT_LOGGED} when the line repeats the one logged less than a minute ago; else
     *         how many repeats before it were not logged, to be said with it
     */
    public synchronized long log(String instance, String kind) {
        long now = nanoTime.getAsLong();
        Run run = runs.computeIfAbsent(instance, unused -> new Run());
        if (kind.equals(run.kind) && now - run.loggedAt < REPEAT_NANOS) {
            run.notLogged++;
            return NOT_LOGGED;
        }
        long notLogged = run.notLogged;
        run.kind = kind;
        run.loggedAt = now;
        run.notLogged = 0;
        return notLogged;
    }

    /**
     * The words that say how many repeats were not logged before a line, empty when none.
     *
     * @param what what the lines tell of, plural: "refusals"
     */
    public static String notLoggedBefore(long notLogged, String what) {
        return notLogged <= 0 ? "" : " (after " + notLogged + " more " + what + " like the previous line, not logged)";
    }
}
