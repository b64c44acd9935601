package io.tradewind.backtest.report;

import java.time.Instant;
import java.util.List;

/**
 * Why a backtest stopped before its last candle: a strategy hook threw. The report then covers
 * the candles measured before it.
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

    /** One line for a person: where the strategy failed and with what. */
    public String reason() {
        return hook + " threw at candle " + time + " (bar " + bar + "): " + error;
    }
}
