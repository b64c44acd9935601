package io.tradewind.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A strategy's hook threw: which strategy, which hook, the strategy's clock and candle count at
 * the time, and the strategy's own stack frames. The kernel throws it in place of whatever the
 * hook threw, so whoever runs the strategy can stop that one instance (a backtest ends its report
 * there) and tell the user where their code failed without the framework's frames.
 */
public final class StrategyHookException extends RuntimeException {

    private final String strategy;
    private final String hook;
    private final Instant time;
    private final long bar;
    private final List<String> strategyFrames;

    /**
     * @param strategyClass the strategy's class: frames from it (and its nested classes), or from
     *                      its package when that is not one of the framework's, are its own
     * @param handed        what the hook was handed when that is news (an order's update, a fill), which
     *                      is not handed again; null for a candle or a start
     * @param time          the strategy's clock when the hook ran, or null before the first candle
     * @param bar           how many candles the strategy had been handed, warm-up included
     */
    StrategyHookException(String strategy, Class<?> strategyClass, String hook, String handed, Instant time, long bar,
            Throwable cause) {
        // the time is the strategy's clock: a candle's close in a backtest, the wall clock in the service
        super("strategy " + strategy + " threw in " + hook + (handed == null ? "" : " handed " + handed)
                + (time == null ? " before the first candle" : " at "
                + time + " (bar " + bar + ")") + ": " + cause, cause);
        this.strategy = strategy;
        this.hook = hook;
        this.time = time;
        this.bar = bar;
        this.strategyFrames = ownFrames(strategyClass, cause);
    }

    public String strategy() {
        return strategy;
    }

    /** The hook's name, e.g. {@code onCandle}. */
    public String hook() {
        return hook;
    }

    /** The strategy's clock when the hook ran (a candle's close for onCandle), or null before the first candle. */
    public Instant time() {
        return time;
    }

    /** How many candles the strategy had been handed when the hook ran, warm-up included; 0 before the first. */
    public long bar() {
        return bar;
    }

    /** The frames of the strategy's own code in the thrown exception's trace, innermost first, as {@code at ...} lines. */
    public List<String> strategyFrames() {
        return strategyFrames;
    }

    /**
     * The message with the innermost frame of the strategy's own code, when the trace has one
     * ({@code …: java.lang.NullPointerException: …, at mine.Breakout.onCandle(Breakout.java:33)}):
     * where a one-line log or an API's error field tells the author where their code failed.
     */
    public String oneLine() {
        return strategyFrames.isEmpty() ? getMessage() : getMessage() + ", " + strategyFrames.get(0);
    }

    private static List<String> ownFrames(Class<?> strategyClass, Throwable cause) {
        String className = strategyClass.getName();
        String packageName = strategyClass.getPackageName();
        // a strategy inside the framework's packages (a test's) would claim the framework's frames
        boolean ownPackage = !packageName.isEmpty() && !packageName.startsWith("io.tradewind.");
        List<String> frames = new ArrayList<>();
        int repeats = 0;
        for (StackTraceElement frame : cause.getStackTrace()) {
            String frameClass = frame.getClassName();
            if (frameClass.equals(className) || frameClass.startsWith(className + "$")
                    || ownPackage && frameClass.startsWith(packageName + ".")) {
                String line = "at " + frame;
                // runaway recursion repeats one frame a thousand times: say so once
                if (!frames.isEmpty() && frames.get(frames.size() - 1).equals(line)) {
                    repeats++;
                    continue;
                }
                addRepeats(frames, repeats);
                repeats = 0;
                frames.add(line);
            }
        }
        addRepeats(frames, repeats);
        return List.copyOf(frames);
    }

    private static void addRepeats(List<String> frames, int repeats) {
        if (repeats > 0) {
            frames.add("... the same frame " + repeats + " more time" + (repeats == 1 ? "" : "s"));
        }
    }
}
