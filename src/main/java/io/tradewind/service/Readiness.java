package io.tradewind.service;

import java.time.Instant;
import java.util.Map;

/**
 * @param storeUp            whether the store answered; false while the service is not running
 *                           (starting or stopped), when the store is not asked, but for start-up's
 *                           wait for venues that do not answer
 * @param venuesUp           each venue in use and whether its last call succeeded; while start-up
 *                           waits for venues, those venues, down
 * @param lastReconciliation when the last reconciliation with every venue finished, or null
 * @param pausedByFailures   the strategy instances that failed too often in a row and were paused, with the reason
 *                           (paused by the operator or at the end of a replay is no failure)
 * @param venueProblems      why a venue is down, where that is known: a venue start-up waits for because it
 *                           did not answer
 * @param storeProblem       why the store is down, where that is known: its writes fail (a full disk), though
 *                           reads may answer; or null
 * @param ready              the service takes orders: store up, every venue up, reconciled once, no
 *                           instance paused by failures
 */
public record Readiness(boolean storeUp, Map<String, Boolean> venuesUp, Instant lastReconciliation,
        Map<String, String> pausedByFailures, Map<String, String> venueProblems, String storeProblem,
        boolean ready) {

    public Readiness {
        venuesUp = Map.copyOf(venuesUp);
        pausedByFailures = Map.copyOf(pausedByFailures);
        venueProblems = Map.copyOf(venueProblems);
    }
}
