package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.service.Readiness;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Readiness of a service that is not running (not started yet, or stopped): not ready, without a
 * store query, so that readiness probes do not compete with the start, but while start-up waits
 * for venues. The running service's readiness is checked in TradingServiceTest.
 */
class TradingServiceReadinessTest {

    private final List<String> storeCalls = new ArrayList<>();
    private boolean storeAnswers;
    private String writeFailure;

    @Test
    void a_service_not_started_yet_is_not_ready_and_does_not_ask_the_store() {
        Readiness readiness = service().readiness();

        assertFalse(readiness.ready());
        assertFalse(readiness.storeUp());
        assertEquals(Map.of(), readiness.venuesUp());
        assertNull(readiness.lastReconciliation());
        assertEquals(List.of(), storeCalls);
    }

    @Test
    void a_stopped_service_is_not_ready_and_does_not_ask_the_store() {
        TradingService service = service();
        service.stop();

        assertFalse(service.readiness().ready());
        assertEquals(List.of(), storeCalls);
    }

    /**
     * Start-up waiting for a venue that does not answer (toparz at 127.0.0.1:1) said the venues UP and
     * the store DOWN: the venue is what is down, and the store, which start-up does not use meanwhile,
     * is asked.
     */
    @Test
    void a_service_waiting_for_a_venue_names_it_down_and_why_and_asks_the_store() {
        storeAnswers = true;
        TradingService service = service();
        service.awaitVenues(Map.of("toparz", "did not answer at start-up (toparz: connection refused)"));

        Readiness readiness = service.readiness();

        assertFalse(readiness.ready());
        assertTrue(readiness.storeUp());
        assertEquals(Map.of("toparz", false), readiness.venuesUp());
        assertEquals(Map.of("toparz", "did not answer at start-up (toparz: connection refused)"), readiness.venueProblems());
        assertEquals(List.of("writeFailure", "liveOrders"), storeCalls);
        assertNull(readiness.storeProblem());
    }

    /** A full disk: reads answered and readiness said the store UP while every tick failed to save. */
    @Test
    void a_store_whose_writes_fail_for_lack_of_space_is_down_with_why() {
        storeAnswers = true;
        writeFailure = "No space left on device: the disk holding the data directory /srv/data is full: free space on it";
        TradingService service = service();
        service.awaitVenues(Map.of("toparz", "did not answer at start-up"));

        Readiness readiness = service.readiness();

        assertFalse(readiness.storeUp());
        assertEquals("writes to the store fail: " + writeFailure, readiness.storeProblem());
    }

    /** A service that was never started: only the store it would ask matters here. */
    private TradingService service() {
        ExecutionStore store = (ExecutionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExecutionStore.class}, (proxy, method, args) -> {
                    storeCalls.add(method.getName());
                    if (method.getName().equals("writeFailure")) {
                        return Optional.ofNullable(writeFailure);
                    }
                    if (storeAnswers) {
                        return List.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new TradingService(null, null, null, null, null, store, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
