package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ExecutionConfigTest.Limits.class)
class ExecutionConfigTest {

    /** Global limits, one strategy instance with its own, and a shorter reconciliation interval. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tradewind.execution.reconcile-interval", "2s",
                    "tradewind.execution.risk.max-open-orders", "20",
                    "tradewind.execution.risk.daily-loss-limit", "5000000",
                    "tradewind.execution.strategies.\"grid-1\".max-position", "0.5",
                    "tradewind.execution.strategies.\"grid-1\".price-band", "0.05",
                    "tradewind.execution.strategies.\"grid-1\".cancel-on-kill", "true");
        }
    }

    @Inject
    ExecutionConfig config;

    @Test
    void limits_map_to_the_execution_core() {
        RiskConfig risk = config.riskConfig();

        assertEquals(Duration.ofSeconds(2), config.reconcileInterval());
        assertEquals(Duration.ofSeconds(30), config.notPlacedGrace());
        assertEquals(new RiskLimits(null, null, 20, null, new BigDecimal("5000000"), false, false), risk.global());
        RiskLimits grid = risk.forStrategy("grid-1");
        assertEquals(new BigDecimal("0.5"), grid.maxPosition());
        assertEquals(new BigDecimal("0.05"), grid.priceBand());
        assertTrue(grid.cancelOnKill());
        assertFalse(grid.reduceOnly());
        assertNull(risk.forStrategy("unknown").maxPosition());
    }
}
