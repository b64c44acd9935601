package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Per-instance limits that would quietly hold nothing are refused, naming the property. */
class ConfiguredLimitsTest {

    /** "yess" was read as false with a framework warning, and the instance traded without reduce-only. */
    @Test
    void aFlagIsTrueOrFalseAndNothingElse() {
        ExecutionConfig config = configWith(Map.of("demo", limits("yess")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, config::riskConfig);
        assertEquals("tradewind.execution.strategies.\"demo\".reduce-only must be true or false, was 'yess'",
                refused.getMessage());
        assertTrue(configWith(Map.of("demo", limits("TRUE"))).riskConfig().forStrategy("demo").reduceOnly());
    }

    /** Limits for "demoo" while the instance is "demo" were ignored: "demo" traded without them. */
    @Test
    void limitsForAnInstanceNobodyConfiguredAreRefused() {
        ServiceConfigException refused = assertThrows(ServiceConfigException.class,
                () -> ServiceConfigReader.checkLimitedInstances(List.of("demoo"), List.of("demo", "grid")));
        assertTrue(refused.getMessage().startsWith("tradewind.execution.strategies.\"demoo\": no strategy instance 'demoo'"
                + " is configured (instances: demo, grid;"), refused.getMessage());
        ServiceConfigReader.checkLimitedInstances(List.of("demo", "orders-api:alice"), List.of("demo"));
    }

    private static ExecutionConfig configWith(Map<String, ExecutionConfig.Limits> strategies) {
        return new ExecutionConfig() {
            @Override
            public Duration reconcileInterval() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration notPlacedGrace() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Limits risk() {
                return limits("false");
            }

            @Override
            public Map<String, Limits> strategies() {
                return strategies;
            }
        };
    }

    private static ExecutionConfig.Limits limits(String reduceOnly) {
        return new ExecutionConfig.Limits() {
            @Override
            public Optional<BigDecimal> maxOrderNotional() {
                return Optional.empty();
            }

            @Override
            public Optional<BigDecimal> maxPosition() {
                return Optional.empty();
            }

            @Override
            public OptionalInt maxOpenOrders() {
                return OptionalInt.empty();
            }

            @Override
            public Optional<BigDecimal> priceBand() {
                return Optional.empty();
            }

            @Override
            public Optional<BigDecimal> dailyLossLimit() {
                return Optional.empty();
            }

            @Override
            public String cancelOnKill() {
                return "false";
            }

            @Override
            public String reduceOnly() {
                return reduceOnly;
            }
        };
    }
}
