package io.tradewind.backtest;

/** Told how far a backtest got, now and then; the command line draws a progress bar from it. */
@FunctionalInterface
public interface ProgressListener {

    /** @param total candles expected in all, or 0 if not known */
    void progress(long processed, long total);

    ProgressListener NONE = (processed, total) -> { };
}
