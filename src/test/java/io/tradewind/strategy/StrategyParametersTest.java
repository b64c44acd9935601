package io.tradewind.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyParametersTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("fast", 10, 1, 500, "fast"),
            ParameterSpec.decimal("stop_loss", "0.05", "0.001", "0.5", "stop"),
            ParameterSpec.bool("short", false, "short"));

    @Test
    void defaultsApplyAndGivenValuesOverrideThem() {
        StrategyParameters parameters = StrategyParameters.resolve("s", SPECS, Map.of("fast", "12"));
        assertEquals(12, parameters.integer("fast"));
        assertEquals(new BigDecimal("0.05"), parameters.decimal("stop_loss"));
        assertEquals(false, parameters.bool("short"));
    }

    @Test
    void aRangeDeclaredUpsideDownIsThePluginsBug() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StrategyParameters.resolve("s",
                List.of(ParameterSpec.integer("fast", 3, 5, 2, "fast")), Map.of()));
        assertEquals("strategy s declares parameter 'fast' with its minimum 5 above its maximum 2 in parameters(); swap them",
                error.getMessage());
    }

    @Test
    void anUnknownNameListsTheDeclaredOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrategyParameters.resolve("sma", SPECS, Map.of("fats", "12")));
        assertEquals("strategy sma has no parameter 'fats' (parameters: fast, short, stop_loss)", error.getMessage());
    }

    @Test
    void valuesAreCheckedAgainstTypeAndRange() {
        assertEquals("strategy s parameter fast must be between 1 and 500, was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> StrategyParameters.resolve("s", SPECS, Map.of("fast", "0"))).getMessage());
        assertEquals("strategy s parameter fast must be a whole number, was '1.5'",
                assertThrows(IllegalArgumentException.class,
                        () -> StrategyParameters.resolve("s", SPECS, Map.of("fast", "1.5"))).getMessage());
        assertEquals("strategy s parameter fast must be between 1 and 500, was 99999999999999999999",
                assertThrows(IllegalArgumentException.class,
                        () -> StrategyParameters.resolve("s", SPECS, Map.of("fast", "99999999999999999999"))).getMessage(),
                "a whole number, only too large: the range, not 'must be a whole number'");
        assertEquals("strategy s parameter short must be true or false, was 'yes'",
                assertThrows(IllegalArgumentException.class,
                        () -> StrategyParameters.resolve("s", SPECS, Map.of("short", "yes"))).getMessage());
    }

    /** The plugin's own mistakes: a default outside its range read as the spec's error; a name declared twice, the last won. */
    @Test
    void aDefaultOutsideItsRangeAndANameDeclaredTwiceAreThePluginsMistakes() {
        List<ParameterSpec> badDefault = List.of(ParameterSpec.integer("n", 0, 1, 10, "n"));
        List<ParameterSpec> twice = List.of(ParameterSpec.integer("n", 2, 1, 10, "n"), ParameterSpec.integer("n", 3, 1, 10, "n"));

        assertEquals("strategy s parameter n must be between 1 and 10, was 0, which is the default strategy s declares"
                + " in parameters(): fix the default there, or set the parameter", assertThrows(IllegalArgumentException.class,
                        () -> StrategyParameters.resolve("s", badDefault, Map.of())).getMessage());
        assertEquals(5, StrategyParameters.resolve("s", badDefault, Map.of("n", "5")).integer("n"));
        assertEquals("strategy s declares parameter 'n' twice in parameters(); declare each once",
                assertThrows(IllegalArgumentException.class, () -> StrategyParameters.resolve("s", twice, Map.of())).getMessage());
    }

    /** A range open at one end read "must be between 0 and unbounded". */
    @Test
    void aRangeOpenAtOneEndSaysAtLeastOrAtMost() {
        List<ParameterSpec> open = List.of(ParameterSpec.decimal("quantity", "1", "0", null, "q"),
                ParameterSpec.decimal("ceiling", "1", null, "5", "c"));
        assertEquals("strategy s parameter quantity must be at least 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> StrategyParameters.resolve("s", open, Map.of("quantity", "-1"))).getMessage());
        assertEquals("strategy s parameter ceiling must be at most 5, was 6", assertThrows(IllegalArgumentException.class,
                () -> StrategyParameters.resolve("s", open, Map.of("ceiling", "6"))).getMessage());
    }

    @Test
    void strategyNamesAreKebabCaseClassNames() {
        assertEquals("rsi-mean-reversion", Strategy.kebabCase("RsiMeanReversion"));
        assertEquals("fast-sma-crossover", Strategy.kebabCase("FastSmaCrossover"));
    }
}
