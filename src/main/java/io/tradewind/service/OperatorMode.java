package io.tradewind.service;

import java.time.Instant;
import java.util.Objects;

/**
 * What an operator left one strategy instance in, as the store keeps it across restarts.
 *
 * @param reduceOnly whether it trades reducing orders only; otherwise it is paused
 * @param reason     why, as the instance shows it ("paused by the operator", "flattened by the operator")
 * @param since      when the operator chose it
 */
public record OperatorMode(boolean reduceOnly, String reason, Instant since) {

    public static final String PAUSED = "paused";
    public static final String REDUCE_ONLY = "reduce_only";

    public OperatorMode {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }

    public static OperatorMode paused(String reason, Instant since) {
        return new OperatorMode(false, reason, since);
    }

    public static OperatorMode reducingOnly(Instant since) {
        return new OperatorMode(true, "reduce-only by the operator", since);
    }

    /** {@link #PAUSED} or {@link #REDUCE_ONLY}, the name the store and the events use. */
    public String wireName() {
        return reduceOnly ? REDUCE_ONLY : PAUSED;
    }
}
