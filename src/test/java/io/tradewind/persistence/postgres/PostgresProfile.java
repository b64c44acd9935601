package io.tradewind.persistence.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The test profile with the {@code postgres} profile of application.properties on top, so the
 * application is built for PostgreSQL (the datasource kind is fixed at build time) and its
 * datasource is the private cluster.
 */
public final class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test,postgres";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresResource.class));
    }
}
