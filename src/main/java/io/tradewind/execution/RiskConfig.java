package io.tradewind.execution;

import java.util.Map;

/** Risk limits for all orders of a venue ({@code global}) and per strategy instance. */
public record RiskConfig(RiskLimits global, Map<String, RiskLimits> perStrategy) {

    public RiskConfig {
        global = global == null ? RiskLimits.none() : global;
        perStrategy = perStrategy == null ? Map.of() : Map.copyOf(perStrategy);
    }

    public static RiskConfig none() {
        return new RiskConfig(RiskLimits.none(), Map.of());
    }

    public RiskLimits forStrategy(String strategyInstance) {
        return perStrategy.getOrDefault(strategyInstance, RiskLimits.none());
    }
}
