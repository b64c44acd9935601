package io.tradewind.backtest.report;

import java.time.Instant;
import java.util.List;

/**
 * Why a backtest stopped before its last candle: a strategy hook threw. The report then runs to
 * the close at which it threw: that candle was measured before the hook ran.
 *
 * @param hook   the hook that threw, e.g. {@code onCandle}
 * @param time   the strategy's clock when it threw (for onCandle, the close of the candle it decided on)
 * @param bar    how many candles the strategy had been handed, warm-up included
 * @param error  what it threw: the exception's class and message
 * @param frames the strategy's own stack frames, innermost first, as {@code at ...} lines
 */
public record Aborted(String hook, Instant time, long bar, String error, List<String> frames) {

    public Aborted {
        frames = List.copyOf(frames);
    }

    /** What the figures of an aborted report cover, said after {@link #reason()}. */
    public static final String COVERAGE = "the figures run to that close";

    /**
     * One line for a person: where the strategy failed and with what. The time is a close (the
     * candle opened a period before), named so: "at candle T" read as the candle opening at T.
     */
    public String reason() {
        return hook + " threw at " + time + ", the close of bar " + bar + " (warm-up included): " + error;
    }
}
