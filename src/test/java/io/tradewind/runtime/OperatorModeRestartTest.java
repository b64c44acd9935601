package io.tradewind.runtime;

import static io.tradewind.service.TestHttp.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.OperatorMode;
import io.tradewind.service.OperatorModeStore;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an operator left an instance in survives a restart: paused over REST, it is still paused in
 * a service started again on the same store, and places no order, until the operator resumes it;
 * reduce-only is kept the same way. It used to come back running, so a crash under systemd's
 * {@code Restart=} undid the operator's pause.
 */
@QuarkusTest
@TestProfile(OperatorModeRestartTest.OneInstance.class)
class OperatorModeRestartTest {

    private static final String OPERATOR = "test-operator-token";

    /** The kill switch test's instance on a database of its own. */
    public static class OneInstance extends KillSwitchRestartTest.OneInstance {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:operator-mode-restart;DB_CLOSE_DELAY=-1");
            return config;
        }
    }

    @Inject
    TradingService firstRun;

    @Inject
    OperatorModeStore operatorModes;

    @Inject
    ServiceRestarts restarts;

    @Test
    void an_operators_pause_and_reduce_only_survive_a_restart_until_resumed() throws Exception {
        firstRun.start();
        HttpResponse<String> paused = post("/api/strategies/entry/pause", OPERATOR, null);
        assertEquals(200, paused.statusCode(), paused.body());
        Instant since = operatorModes.modes().get("entry").since();
        assertEquals(200, post("/api/strategies/entry/pause", OPERATOR, null).statusCode());
        assertEquals(since, operatorModes.modes().get("entry").since(), "a second pause keeps the first one's time");
        firstRun.stop();

        TradingService second = restarts.restarted();
        try {
            second.start();
            Thread.sleep(500); // the replay plays 400 candles a second: a running instance would have traded
            InstanceView entry = second.instance("entry").orElseThrow();
            assertEquals(InstanceState.PAUSED, entry.state());
            assertEquals("paused by the operator", entry.pausedReason());
            assertEquals(0, entry.ticks(), "a kept pause holds from the first tick");

            assertEquals(200, post("/api/strategies/entry/reduce-only", OPERATOR, null).statusCode());
            assertEquals(OperatorMode.REDUCE_ONLY, operatorModes.modes().get("entry").wireName());
        } finally {
            second.stop();
        }

        TradingService third = restarts.restarted();
        try {
            third.start();
            assertEquals(InstanceState.REDUCE_ONLY, third.instance("entry").orElseThrow().state());

            HttpResponse<String> resumed = post("/api/strategies/entry/resume", OPERATOR, null);
            assertEquals(200, resumed.statusCode(), resumed.body());
            assertEquals(Map.of(), operatorModes.modes(), "a resume forgets the kept mode");
        } finally {
            third.stop();
        }
    }
}
