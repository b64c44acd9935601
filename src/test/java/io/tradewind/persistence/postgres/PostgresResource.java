package io.tradewind.persistence.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the {@code postgres} profile's datasource at the run's private cluster, through the
 * same properties the profile reads from the environment ({@code TRADEWIND_DB_URL},
 * {@code TRADEWIND_DB_USER}).
 */
public final class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        PrivatePostgres cluster = PrivatePostgres.shared();
        return Map.of("tradewind.db.url", cluster.jdbcUrl("postgres"), "tradewind.db.user", cluster.user());
    }

    @Override
    public void stop() {
        // the cluster serves the whole run and stops when the JVM exits
    }
}
