package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.StoreBatch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The latest fills (the dashboard's first load, {@code fills list}) are read newest first through an
 * index on their time, as far as the limit: never by reading and sorting every fill ever stored. H2's
 * own plan of the statement the store runs says which.
 */
@QuarkusTest
class LatestFillsPlanTest {

    @Inject
    DatabaseExecutionStore store;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyTables() {
        StoreTables.empty(store, entityManager);
    }

    @Test
    void theLatestFillsAreReadInTheOrderOfAnIndex() throws SQLException {
        Instant t0 = Instant.parse("2025-12-30T10:00:00Z");
        store.commit(new StoreBatch().order(DatabaseExecutionStoreTest.anOrder("a1", OrderStatus.FILLED, t0))
                .fill(DatabaseExecutionStoreTest.aFill("t1", "a1")).fill(DatabaseExecutionStoreTest.aFill("t2", "a1")));

        List<String> plans = StorePlans.of(dataSource, "exec_fill", () -> assertEquals(1, store.latestFills(1).size()));

        assertIndexSorted(plans, "EXEC_FILL_EXECUTED");
    }

    private static void assertIndexSorted(List<String> plans, String index) {
        assertFalse(plans.isEmpty());
        for (String plan : plans) {
            String upper = plan.toUpperCase(Locale.ROOT);
            // "index sorted": the rows come in the index's order, and reading stops at the limit
            assertTrue(upper.contains(index) && upper.contains("INDEX SORTED"), plan);
        }
    }
}
