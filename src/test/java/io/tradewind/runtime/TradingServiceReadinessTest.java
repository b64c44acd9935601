package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.service.Readiness;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness of a service that is not running (not started yet, or stopped): not ready, without a
 * store query, so that readiness probes do not compete with the start. The running service's
 * readiness is checked in TradingServiceTest.
 */
class TradingServiceReadinessTest {

    private final List<String> storeCalls = new ArrayList<>();

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

    /** A service that was never started: only the store it would ask matters here. */
    private TradingService service() {
        ExecutionStore store = (ExecutionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExecutionStore.class}, (proxy, method, args) -> {
                    storeCalls.add(method.getName());
                    throw new UnsupportedOperationException(method.getName());
                });
        return new TradingService(null, null, null, null, null, store, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
