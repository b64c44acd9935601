package io.tradewind.marketdata;

import java.util.function.BooleanSupplier;

/**
 * Candles for a write that is cut short when its command is asked to stop (Ctrl-C): the write, all
 * or nothing, then stores none of them.
 */
public final class StoppableCursor implements CandleCursor {

    /** The write stopped on request; nothing of it was stored. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("stopped on request", null, false, false);
        }
    }

    private final CandleCursor candles;
    private final BooleanSupplier stopRequested;

    public StoppableCursor(CandleCursor candles, BooleanSupplier stopRequested) {
        this.candles = candles;
        this.stopRequested = stopRequested;
    }

    @Override
    public CandleScales scales() {
        return candles.scales();
    }

    /** @throws Stopped a stop was asked for */
    @Override
    public CandleChunk next() {
        if (stopRequested.getAsBoolean()) {
            throw new Stopped();
        }
        return candles.next();
    }

    @Override
    public void close() {
        candles.close();
    }
}
