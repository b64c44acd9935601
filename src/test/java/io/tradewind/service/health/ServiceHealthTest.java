package io.tradewind.service.health;

import static io.tradewind.service.TestHttp.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.service.Readiness;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.api.FakeServiceOperations;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health at /q/health without a token: liveness always, readiness from the service's own report. */
@QuarkusTest
class ServiceHealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeServiceOperations service;

    @BeforeEach
    void installService() {
        service = new FakeServiceOperations();
        QuarkusMock.installMockForType(service, ServiceOperations.class);
    }

    @Test
    void ready_when_store_venues_and_reconciliation_are() throws Exception {
        service.readiness = new Readiness(true, Map.of("paper", true), Instant.parse("2026-01-02T03:00:00Z"), Map.of(),
                Map.of(), null, true);

        HttpResponse<String> response = get("/q/health/ready", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode checks = checks(response);
        assertEquals("UP", checks.get("tradewind-store").get("status").asText());
        assertEquals("UP", checks.get("tradewind-venues").at("/data/paper").asText());
        assertEquals("2026-01-02T03:00:00Z", checks.get("tradewind-reconciliation").at("/data/lastReconciliation").asText());
        assertEquals("UP", checks.get("tradewind-instances").get("status").asText());
    }

    @Test
    void not_ready_names_what_is_down_and_liveness_stays_up() throws Exception {
        Map<String, Boolean> venues = new LinkedHashMap<>();
        venues.put("paper", true);
        venues.put("nobitex", false);
        String full = "writes to the store fail: No space left on device: the disk holding the data directory /srv/data"
                + " is full: free space on it";
        service.readiness = new Readiness(false, venues, null, Map.of("btc-sma", "failed 5 times in a row; last: boom"),
                Map.of(), full, false);

        HttpResponse<String> response = get("/q/health/ready", null);

        assertEquals(503, response.statusCode(), response.body());
        JsonNode checks = checks(response);
        assertEquals("DOWN", checks.get("tradewind-store").get("status").asText());
        assertEquals(full, checks.get("tradewind-store").at("/data/reason").asText());
        assertEquals("DOWN", checks.get("tradewind-venues").get("status").asText());
        assertEquals("DOWN", checks.get("tradewind-venues").at("/data/nobitex").asText());
        assertEquals("never", checks.get("tradewind-reconciliation").at("/data/lastReconciliation").asText());
        // an instance that stopped trading for failing (a full disk, a strategy that throws) is no ready service
        assertEquals("DOWN", checks.get("tradewind-instances").get("status").asText());
        assertEquals("failed 5 times in a row; last: boom", checks.get("tradewind-instances").at("/data/btc-sma").asText());
        assertFalse(response.body().contains("test-operator-token"));

        HttpResponse<String> live = get("/q/health/live", null);
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", checks(live).get("tradewind").get("status").asText());
    }

    @Test
    void a_venue_start_up_waits_for_is_down_with_why_and_the_store_up() throws Exception {
        service.readiness = new Readiness(true, Map.of("toparz", false), null, Map.of(),
                Map.of("toparz", "did not answer at start-up (toparz: connection refused)"), null, false);

        HttpResponse<String> response = get("/q/health/ready", null);

        assertEquals(503, response.statusCode(), response.body());
        JsonNode checks = checks(response);
        assertEquals("UP", checks.get("tradewind-store").get("status").asText());
        assertEquals("DOWN", checks.get("tradewind-venues").get("status").asText());
        assertEquals("DOWN", checks.get("tradewind-venues").at("/data/toparz").asText());
        assertEquals("did not answer at start-up (toparz: connection refused)",
                checks.get("tradewind-venues").get("data").get("toparz.reason").asText());
    }

    @Test
    void a_service_without_venues_has_nothing_to_reconcile_and_is_ready() throws Exception {
        service.readiness = new Readiness(true, Map.of(), null, Map.of(), Map.of(), null, true);

        HttpResponse<String> response = get("/q/health/ready", null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no venue to reconcile", checks(response).get("tradewind-reconciliation").at("/data/lastReconciliation").asText());
    }

    /** The checks by name. */
    private static JsonNode checks(HttpResponse<String> response) throws Exception {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        JSON.readTree(response.body()).get("checks").forEach(check -> byName.put(check.get("name").asText(), check));
        return JSON.valueToTree(byName);
    }
}
