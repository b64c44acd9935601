package io.tradewind.execution;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How an execution service runs.
 *
 * @param accounts        venue accounts whose trades, open orders and balances are reconciled
 * @param notPlacedGrace  how long an order may stay {@code new} and unknown to the venue before
 *                        reconciliation closes it as never placed; covers a place request still
 *                        travelling when the process died
 * @param clientOrderIds  source of fresh client order ids (unique, at most 32 characters)
 * @param logsRefusals    whether the orders the local checks refuse get log lines (one for a run of
 *                        the same refusal within a minute): the service's record of what happened; a
 *                        backtest's report counts its refusals by limit instead
 */
public record ExecutionSettings(Set<String> accounts, Duration notPlacedGrace, Clock clock,
        Supplier<String> clientOrderIds, boolean logsRefusals) {

    public ExecutionSettings {
        accounts = Set.copyOf(accounts);
    }

    /** A service's settings: every refused order is logged. */
    public ExecutionSettings(Set<String> accounts, Duration notPlacedGrace, Clock clock, Supplier<String> clientOrderIds) {
        this(accounts, notPlacedGrace, clock, clientOrderIds, true);
    }
}
