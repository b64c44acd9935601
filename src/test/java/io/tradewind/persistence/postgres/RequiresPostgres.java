package io.tradewind.persistence.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only where a PostgreSQL server can be started (see {@link PostgresCondition}):
 * skipped with a message on a machine without the server binaries, failed instead when the
 * environment variable {@code TRADEWIND_REQUIRE_POSTGRES=1} is set (CI sets it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
