package io.tradewind.execution;

import io.tradewind.domain.RejectionReason;

/**
 * Why a local check refused an order: the Orders API reason, the limit that was hit, its scope
 * ({@code global} or {@code strategy <name>}) and a message with the figures, e.g.
 * "max_notional (strategy grid-1): notional 60000000 exceeds 50000000 by 10000000".
 */
public record RiskRefusal(RejectionReason reason, String limit, String scope, String message) {

    @Override
    public String toString() {
        return limit + " (" + scope + "): " + message;
    }
}
