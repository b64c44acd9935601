package io.tradewind.service;

import java.time.Instant;
import java.util.Map;

/**
 * @param storeUp            whether the store answered; false while the service is not running
 *                           (starting or stopped), when the store is not asked
 * @param venuesUp           each venue in use and whether its last call succeeded
 * @param lastReconciliation when the last reconciliation with every venue finished, or null
 * @param pausedByFailures   the strategy instances that failed too often in a row and were paused, with the reason
 *                           (paused by the operator or at the end of a replay is no failure)
 * @param ready              the service takes orders: store up, every venue up, reconciled once, no
 *                           instance paused by failures
 */
public record Readiness(boolean storeUp, Map<String, Boolean> venuesUp, Instant lastReconciliation,
        Map<String, String> pausedByFailures, boolean ready) {

    public Readiness {
        venuesUp = Map.copyOf(venuesUp);
        pausedByFailures = Map.copyOf(pausedByFailures);
    }
}
