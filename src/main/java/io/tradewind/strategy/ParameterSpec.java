package io.tradewind.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One parameter a strategy declares: its name, type, default and allowed range (inclusive; null
 * for no bound). Backtest specs and the service's configuration set values by name; values are
 * checked against the range before the strategy starts.
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, BigDecimal min, BigDecimal max,
        String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, Integer.toString(defaultValue), BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), description);
    }

    public static ParameterSpec decimal(String name, String defaultValue, String min, String max, String description) {
        return new ParameterSpec(name, ParameterType.DECIMAL, defaultValue, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), description);
    }

    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, Boolean.toString(defaultValue), null, null, description);
    }
}
