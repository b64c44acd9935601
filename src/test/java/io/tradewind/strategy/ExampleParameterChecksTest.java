package io.tradewind.strategy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import examples.FastSmaCrossover;
import examples.RsiMeanReversion;
import examples.SmaCrossover;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples refuse parameter values that pass their own ranges but cannot be used together. */
class ExampleParameterChecksTest {

    @Test
    void theSmaExamplesNeedTheFastAverageShorterThanTheSlowOne() {
        for (Strategy strategy : List.of(new SmaCrossover(), new FastSmaCrossover())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StrategyParameters.of(strategy, Map.of("fast", "30", "slow", "30")));
            assertEquals("strategy " + strategy.name() + ": fast (30) must be less than slow (30)", e.getMessage());
            assertDoesNotThrow(() -> StrategyParameters.of(strategy, Map.of("fast", "29", "slow", "30")));
        }
    }

    @Test
    void theRsiExampleNeedsOversoldBelowOverbought() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrategyParameters.of(new RsiMeanReversion(), Map.of("oversold", "50", "overbought", "50.0")));
        assertEquals("strategy rsi-mean-reversion: oversold (50) must be less than overbought (50.0)", e.getMessage());
    }
}
