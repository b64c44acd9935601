package io.tradewind.cli;

import io.tradewind.backtest.ProgressListener;
import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, drawn only on a terminal and only once a run has
 * taken more than two seconds, so short runs and redirected output stay clean.
 */
final class TerminalProgress implements ProgressListener {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private boolean drawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
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
