package io.tradewind.persistence.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link RequiresPostgres} tests where PostgreSQL's server binaries are installed. */
public final class PostgresCondition implements ExecutionCondition {

    static final String REQUIRE = "TRADEWIND_REQUIRE_POSTGRES";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return decide(PrivatePostgres.binaries().isPresent(), "1".equals(System.getenv(REQUIRE)));
    }

    static ConditionEvaluationResult decide(boolean installed, boolean required) {
        if (installed) {
            return ConditionEvaluationResult.enabled("PostgreSQL server binaries found");
        }
        if (required) {
            throw new IllegalStateException(REQUIRE + "=1 but no PostgreSQL server binaries (initdb, pg_ctl) were"
                    + " found under /usr/lib/postgresql/*/bin or on the PATH");
        }
        return ConditionEvaluationResult.disabled("skipped: no PostgreSQL server binaries (initdb, pg_ctl) under"
                + " /usr/lib/postgresql/*/bin or on the PATH; install Debian's postgresql package to run these tests");
    }
}
