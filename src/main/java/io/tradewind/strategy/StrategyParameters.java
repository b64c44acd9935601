package io.tradewind.strategy;

import io.tradewind.domain.Decimals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values of a strategy's parameters for one run: the declared defaults overridden by what a
 * backtest spec or the configuration gives. Construction validates everything, so a strategy
 * reading a value never sees a missing, mistyped or out-of-range one.
 */
public final class StrategyParameters {

    private final Map<String, String> values;

    private StrategyParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException naming the parameter when a given name is not declared, a
     *                                  value does not parse as its type, or it is out of range
     */
    public static StrategyParameters resolve(String strategyName, List<ParameterSpec> specs, Map<String, String> given) {
        Map<String, ParameterSpec> byName = new HashMap<>();
        for (ParameterSpec spec : specs) {
            if (byName.put(spec.name(), spec) != null) {
                // the last declaration silently won: the plugin's own bug, said before anything runs
                throw new IllegalArgumentException("strategy " + strategyName + " declares parameter '" + spec.name()
                        + "' twice in parameters(); declare each once");
            }
            if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
                // every value would be refused as "must be between 5 and 2": the plugin's bug, said as such
                throw new IllegalArgumentException("strategy " + strategyName + " declares parameter '" + spec.name()
                        + "' with its minimum " + Decimals.format(spec.min()) + " above its maximum "
                        + Decimals.format(spec.max()) + " in parameters(); swap them");
            }
        }
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                Set<String> known = new TreeSet<>(byName.keySet());
                throw new IllegalArgumentException("strategy " + strategyName + " has no parameter '" + name
                        + "' (parameters: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
            }
        }
        Map<String, String> values = new HashMap<>();
        for (ParameterSpec spec : specs) {
            String value = given.getOrDefault(spec.name(), spec.defaultValue()).trim();
            try {
                check(strategyName, spec, value);
            } catch (IllegalArgumentException e) {
                if (given.containsKey(spec.name())) {
                    throw e;
                }
                // nobody set it: the plugin's default is what is wrong, not the spec or the configuration
                throw new IllegalArgumentException(e.getMessage() + ", which is the default strategy " + strategyName
                        + " declares in parameters(): fix the default there, or set the parameter", e);
            }
            values.put(spec.name(), value);
        }
        return new StrategyParameters(values);
    }

    /**
     * {@link #resolve} for {@code strategy}, then the strategy's own check of the values together
     * ({@link Strategy#validate}).
     *
     * @throws IllegalArgumentException naming the strategy and the parameters in question
     */
    public static StrategyParameters of(Strategy strategy, Map<String, String> given) {
        StrategyParameters parameters = resolve(strategy.name(), declared(strategy), given);
        try {
            strategy.validate(parameters);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strategy " + strategy.name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the strategy's own bug, not Tradewind's: say whose and where
            throw new IllegalArgumentException("strategy " + strategy.name() + ": validate threw " + e
                    + " (validate should throw IllegalArgumentException naming the parameters at fault)", e);
        }
        return parameters;
    }

    /** The strategy's {@code parameters()}; what it throws or a null is the plugin's own bug, said as such. */
    private static List<ParameterSpec> declared(Strategy strategy) {
        List<ParameterSpec> specs;
        try {
            specs = strategy.parameters();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("strategy " + strategy.name() + ": parameters() threw " + e
                    + " (it should list the parameters the strategy takes, List.of() for none)", e);
        }
        if (specs == null || specs.stream().anyMatch(Objects::isNull)) { // List.of().contains(null) throws
            throw new IllegalArgumentException("strategy " + strategy.name() + ": parameters() returned "
                    + (specs == null ? "null" : "a list with null in it") + "; return List.of() for a strategy without parameters");
        }
        return specs;
    }

    private static void check(String strategyName, ParameterSpec spec, String value) {
        String where = "strategy " + strategyName + " parameter " + spec.name();
        BigDecimal number;
        switch (spec.type()) {
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException(where + " must be true or false, was '" + value + "'");
                }
                return;
            }
            case INTEGER -> {
                try {
                    number = BigDecimal.valueOf(Decimals.parseInt(value));
                } catch (NumberFormatException e) {
                    if (value.matches("[-+]?[0-9]+")) {
                        // a whole number, but past what an int parameter holds: say the range, not "whole number"
                        throw new IllegalArgumentException(where + " must be " + (spec.min() != null || spec.max() != null
                                ? range(spec.min(), spec.max())
                                : range(BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)))
                                + ", was " + value);
                    }
                    throw new IllegalArgumentException(where + " must be a whole number, was '" + value + "'");
                }
            }
            case DECIMAL -> {
                try {
                    number = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " must be a decimal number, was '" + value + "'");
                }
            }
            default -> throw new IllegalStateException(spec.type().name());
        }
        if (spec.min() != null && number.compareTo(spec.min()) < 0 || spec.max() != null && number.compareTo(spec.max()) > 0) {
            throw new IllegalArgumentException(where + " must be " + range(spec.min(), spec.max()) + ", was " + value);
        }
    }

    /** "between 1 and 200", "at least 0" or "at most 5": a range open at one end is said so, not "and unbounded". */
    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return "between " + min.toPlainString() + " and " + max.toPlainString();
        }
        return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
    }

    public int integer(String name) {
        return Decimals.parseInt(require(name));
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(require(name));
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(require(name));
    }

    /**
     * For {@link Strategy#validate}: two numeric parameters that must be in order, such as a fast
     * and a slow average's lengths.
     *
     * @throws IllegalArgumentException naming both with their values when {@code smaller} is not less than {@code larger}
     */
    public void requireLess(String smaller, String larger) {
        if (decimal(smaller).compareTo(decimal(larger)) >= 0) {
            throw new IllegalArgumentException(smaller + " (" + require(smaller) + ") must be less than " + larger + " ("
                    + require(larger) + ")");
        }
    }

    /** Every value as text, for reports. */
    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    private String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' was declared");
        }
        return value;
    }
}
