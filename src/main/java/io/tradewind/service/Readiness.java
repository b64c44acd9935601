package io.tradewind.service;

import java.time.Instant;
import java.util.Map;

/**
 * @param storeUp            whether the store answered; false while the service is not running
 *                           (starting or stopped), when the store is not asked
 * @param venuesUp           each venue in use and whether its last call succeeded
 * @param lastReconciliation when the last reconciliation with every venue finished, or null
 * @param ready              the service takes orders: store up, every venue up, reconciled once
 */
public record Readiness(boolean storeUp, Map<String, Boolean> venuesUp, Instant lastReconciliation, boolean ready) {

    public Readiness {
        venuesUp = Map.copyOf(venuesUp);
    }
}
