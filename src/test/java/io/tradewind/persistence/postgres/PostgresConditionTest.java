package io.tradewind.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class PostgresConditionTest {

    @Test
    void runsWhereTheServerIsInstalled() {
        assertFalse(PostgresCondition.decide(true, false).isDisabled());
        assertFalse(PostgresCondition.decide(true, true).isDisabled());
    }

    @Test
    void skipsWithAReasonWhereItIsNot() {
        ConditionEvaluationResult result = PostgresCondition.decide(false, false);
        assertTrue(result.isDisabled());
        assertTrue(result.getReason().orElseThrow().contains("install Debian's postgresql package"));
    }

    @Test
    void failsWhereItIsRequiredButMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PostgresCondition.decide(false, true));
        assertTrue(e.getMessage().startsWith("TRADEWIND_REQUIRE_POSTGRES=1"), e.getMessage());
    }
}
