package io.tradewind.execution;

import java.util.List;

/**
 * The outcome of {@link ExecutionService#submit}.
 *
 * <ul>
 *   <li>{@code SENT}: the venue answered; {@code order} has its status (which may be
 *       {@code rejected} by the venue).
 *   <li>{@code UNCONFIRMED}: the order is stored and was sent, but no answer came; it stays
 *       {@code new} until reconciliation finds it at the venue or closes it. Never resubmit it.
 *   <li>{@code REFUSED}: a local check refused it, or the venue certainly could not be reached;
 *       stored as {@code rejected}, never placed; {@code refusals} says which limit and by how
 *       much, or why the venue was not reached.
 *   <li>{@code EXISTING}: an order had the client order id given to
 *       {@link ExecutionService#submitOnceForUser} already; {@code order} is that one as it is now,
 *       and nothing was sent.
 * </ul>
 */
public record SubmitResult(Outcome outcome, OrderRecord order, List<RiskRefusal> refusals) {

    public enum Outcome { SENT, UNCONFIRMED, REFUSED, EXISTING }

    public SubmitResult {
        refusals = List.copyOf(refusals);
    }
}
