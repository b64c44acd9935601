package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskLimitsTest {

    /**
     * An instance's limits from the execution settings (max-position 0.5) were replaced by its own
     * risk settings, which set none: it bought 5.86 BTC.
     */
    @Test
    void limitsFromTwoPlacesKeepEveryLimitAtItsStricterValue() {
        RiskLimits execution = new RiskLimits(new BigDecimal("500"), new BigDecimal("0.5"), null, new BigDecimal("0.05"),
                null, true, false);
        RiskLimits instance = new RiskLimits(new BigDecimal("200"), null, 5, null, new BigDecimal("50"), false, false);

        RiskLimits both = execution.tighterOf(instance);

        assertEquals(new RiskLimits(new BigDecimal("200"), new BigDecimal("0.5"), 5, new BigDecimal("0.05"),
                new BigDecimal("50"), true, false), both);
        assertEquals(both, instance.tighterOf(execution), "the order does not matter");
        assertEquals(instance, instance.tighterOf(RiskLimits.none()));
    }
}
