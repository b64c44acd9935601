package io.tradewind.cli;

import io.tradewind.backtest.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal (even
 * with standard output redirected) and only once a run has taken more than two seconds, so short
 * runs and redirected output stay clean.
 */
final class TerminalProgress implements ProgressListener {

    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private boolean drawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
        this.terminal = isTerminal(STANDARD_ERROR);
    }

    /**
     * Whether a file descriptor link under /proc names a terminal. {@code System.console()} is null
     * as soon as standard output is redirected, yet the bar is drawn on standard error; where /proc
     * is missing (not Linux) it is the fallback.
     */
    static boolean isTerminal(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void progress(long processed, long total) {
        long elapsed = System.nanoTime() - started;
        if (!terminal || elapsed < QUIET_NANOS) {
            return;
        }
        double share = total > 0 ? Math.min(1, (double) processed / total) : 0;
        int filled = (int) (share * WIDTH);
        out.printf("\r[%s%s] %3.0f%% %,d candles, %,.0f/s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                share * 100, processed, processed / (elapsed / 1e9));
        out.flush();
        drawn = true;
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            out.println();
        }
    }
}
