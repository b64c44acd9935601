package io.tradewind.runtime;

import static io.tradewind.service.TestHttp.get;
import static io.tradewind.service.TestHttp.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kill switch in the service wired by Quarkus, on its H2 store: switched on through the API,
 * it is still on in a service started again on the same store, whose instance then enters no
 * position; the operator switches it off over REST, and the store keeps that too.
 */
@QuarkusTest
@TestProfile(KillSwitchRestartTest.OneInstance.class)
class KillSwitchRestartTest {

    private static final String OPERATOR = "test-operator-token";
    private static final String READER = "test-read-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One long-only crossover that buys several times on these candles when nothing stops it. */
    public static class OneInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            // a database of its own: the kill switch it leaves must not reach other tests' services
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:kill-switch-restart;DB_CLOSE_DELAY=-1");
            config.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
            config.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
            config.put("tradewind.paper.instruments.BTC-USD.taker-fee", "0.001");
            config.put("tradewind.paper.accounts.main.balance.USD", "10000");
            String p = "tradewind.strategies.entry.";
            config.put(p + "plugin", "sma-crossover");
            config.put(p + "params.fast", "2");
            config.put(p + "params.slow", "5");
            config.put(p + "symbol", "BTC-USD");
            config.put(p + "replay.source-venue", "service-test");
            config.put(p + "replay.data-file", "src/test/resources/candles/service-walk.csv");
            config.put(p + "replay.from", "2024-01-01T00:30:00Z");
            config.put(p + "replay.candles-per-second", "400");
            return config;
        }
    }

    @Inject
    TradingService firstRun;

    @Inject
    KillSwitchStore killSwitchStore;

    @Inject
    ServiceRestarts restarts;

    @Test
    void the_kill_switch_survives_a_restart_and_the_operator_switches_it_off_over_rest() throws Exception {
        // the first run: switched on through the API (what matters to the next run is the store alone)
        HttpResponse<String> on = post("/api/kill-switch", OPERATOR, null);
        assertEquals(200, on.statusCode(), on.body());
        Instant since = Instant.parse(JSON.readTree(on.body()).get("since").asText());
        assertEquals(Optional.of(KillSwitchEvent.on(since, KillSwitchSource.API, false)), killSwitchStore.switchedOn());
        firstRun.stop();

        TradingService restarted = restarts.restarted();
        try {
            restarted.start();
            InstanceView entry = replayed(restarted);
            assertEquals(0, entry.ordersPlaced(), "no entry while the kill switch is on");
            assertTrue(entry.ordersRejected() > 0, "the crossover tried to enter " + entry.ordersRejected() + " times");

            JsonNode state = JSON.readTree(get("/api/kill-switch", READER).body());
            assertTrue(state.get("on").asBoolean());
            assertEquals(since, Instant.parse(state.get("since").asText()));

            assertEquals(403, post("/api/kill-switch/off", READER, null).statusCode());
            HttpResponse<String> off = post("/api/kill-switch/off", OPERATOR, null);
            assertEquals(200, off.statusCode(), off.body());
            assertFalse(JSON.readTree(off.body()).get("on").asBoolean());
            assertFalse(restarted.killSwitchState().on());
            assertEquals(Optional.empty(), killSwitchStore.switchedOn(), "the switch off is recorded");
        } finally {
            restarted.stop();
        }
    }

    /** The instance once it has replayed every candle. */
    private static InstanceView replayed(TradingService service) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        InstanceView entry = service.instance("entry").orElseThrow();
        while (entry.state() != InstanceState.PAUSED && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            entry = service.instance("entry").orElseThrow();
        }
        assertTrue(entry.pausedReason() != null && entry.pausedReason().startsWith("replay finished"), entry.pausedReason());
        return entry;
    }
}
