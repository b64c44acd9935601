package io.tradewind.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT for {@code serve} and the data commands that write ({@link #takenFor}). Left to the JVM, a signal runs every shutdown hook at once,
 * H2's among them: H2 then closes the store while the service may still be starting or stopping on
 * it (a SIGTERM during start-up's reconciliation ended in transaction-manager stack traces, and one
 * during the application's boot in a failed bean injection). So {@code serve}'s {@code main} takes
 * both signals before Quarkus boots: the first asks the service to stop ({@link #onStop}), which it
 * does with the store still open, and the application exits after that; a signal before the
 * service runs is kept until it does. A second signal ends the process at once, as {@code kill -9}
 * would (every order is in the store before its venue is called, so none is lost), unless it comes
 * within a second of the first: that is one stop sent twice (coreutils' {@code timeout} signals the
 * process and its process group), not an operator asking again. The exit code is the shell's for
 * the signal: 143 for SIGTERM, 130 for SIGINT.
 */
final class StopSignals implements AutoCloseable {

    private static final int SIGNAL_EXIT_BASE = 128;
    /** A second signal sooner than this after the first is the same stop, sent twice. */
    private static final long SAME_STOP_NANOS = 1_000_000_000L;
    private static final String[] NAMES = {"TERM", "INT"};
    /** What {@link #current()} gives when {@code main} took no signals (a test running a command in its own JVM). */
    private static final StopSignals NOT_INSTALLED = new StopSignals(code -> {
    }, System::nanoTime, "");
    /** The commands whose {@code main} takes the signals: the service, and the data commands that write to the store. */
    private static final Set<String> TAKEN_FOR = Set.of("serve", "data record", "data generate", "data import");
    private static volatile StopSignals installed;

    private final IntConsumer halt;
    private final LongSupplier nanoTime;
    private final String finishing;
    private final AtomicReference<Signal> first = new AtomicReference<>();
    private volatile long firstAt;
    private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();
    private volatile Runnable stop = () -> {
    };

    /**
     * @param halt     what a second signal does with its exit code: end the process without waiting
     * @param nanoTime the clock that tells a second signal from the first sent twice
     * @param finishing what the first signal lets finish, for its log line: "running ticks finish first"
     */
    StopSignals(IntConsumer halt, LongSupplier nanoTime, String finishing) {
        this.halt = halt;
        this.nanoTime = nanoTime;
        this.finishing = finishing;
    }

    /** Whether {@code main} takes the signals for the command these arguments run (not for its help). */
    static boolean takenFor(String... args) {
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).limit(2).toList();
        boolean help = Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
        return !help && !words.isEmpty() && (TAKEN_FOR.contains(words.get(0)) || TAKEN_FOR.contains(String.join(" ", words)));
    }

    /** Takes SIGTERM and SIGINT for this process until {@link #close()}, which gives them back. */
    static StopSignals install(String... args) {
        StopSignals signals = new StopSignals(Runtime.getRuntime()::halt, System::nanoTime,
                ServerNeeds.serves(args) ? "running ticks finish first" : "the command finishes its step first");
        for (String name : NAMES) {
            Signal signal = new Signal(name);
            signals.replaced.put(signal, Signal.handle(signal, signals::handle));
        }
        installed = signals;
        return signals;
    }

    /** The signals {@code main} took, or ones that never come when it took none. */
    static StopSignals current() {
        StopSignals signals = installed;
        return signals == null ? NOT_INSTALLED : signals;
    }

    /**
     * What the first signal does: ask the service to stop. Called on the signal's thread, so it must
     * not block; called at once when the signal already came.
     */
    void onStop(Runnable action) {
        stop = action;
        if (received()) {
            action.run();
        }
    }

    void handle(Signal signal) {
        long now = nanoTime.getAsLong();
        if (first.compareAndSet(null, signal)) {
            firstAt = now;
            log().infof("SIG%s received: stopping (%s; a second signal ends the process at once)", signal.getName(),
                    finishing);
            stop.run();
        } else if (now - firstAt < SAME_STOP_NANOS) {
            log().infof("SIG%s received again within a second: the same stop, sent twice; still stopping", signal.getName());
        } else {
            log().warnf("SIG%s received again: ending the process now, without waiting", signal.getName());
            halt.accept(exitCode(signal));
        }
    }

    /** Whether a stop signal came. */
    boolean received() {
        return first.get() != null;
    }

    /** The exit code for the first signal that came (128 + its number), or {@code otherwise} when none came. */
    int exitCode(int otherwise) {
        Signal signal = first.get();
        return signal == null ? otherwise : exitCode(signal);
    }

    /** The first signal that came, such as {@code SIGTERM}, or null when none came. */
    String signalName() {
        Signal signal = first.get();
        return signal == null ? null : "SIG" + signal.getName();
    }

    /** Looked up when a signal comes, not when {@code main} installs: that is before Quarkus sets its log manager up. */
    private static Logger log() {
        return Logger.getLogger(StopSignals.class);
    }

    private static int exitCode(Signal signal) {
        return SIGNAL_EXIT_BASE + signal.getNumber();
    }

    @Override
    public void close() {
        replaced.forEach(Signal::handle);
        replaced.clear();
        installed = null;
    }
}
