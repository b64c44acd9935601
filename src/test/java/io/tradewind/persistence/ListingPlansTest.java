package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.StoreBatch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard lists with every refresh or at its first load is read through an index, never
 * over every order or fill ever stored (a market maker's months of history): the open orders by
 * status, without a venue, through the (venue, status) index; the latest fills newest first through
 * the index on their time, as far as the limit. H2's own plan of the statement the store runs says which.
 */
@QuarkusTest
class ListingPlansTest {

    private static final Pattern INDEX_LOOKUP =
            Pattern.compile("EXEC_ORDER_VENUE_STATUS: VENUE = \\?\\d+\\s+AND STATUS = \\?\\d+");

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
    void ordersOfOneStatusAreReadThroughTheIndexNotTheWholeHistory() throws SQLException {
        Instant t0 = Instant.parse("2025-12-30T10:00:00Z");
        store.commit(new StoreBatch().order(DatabaseExecutionStoreTest.anOrder("a1", OrderStatus.ACTIVE, t0))
                .order(DatabaseExecutionStoreTest.anOrder("a2", OrderStatus.FILLED, t0.plusSeconds(1)))
                .order(DatabaseExecutionStoreTest.onVenue("other-venue",
                        DatabaseExecutionStoreTest.anOrder("b1", OrderStatus.ACTIVE, t0.plusSeconds(2)))));

        List<String> plans = StorePlans.of(dataSource, "exec_order", () -> assertEquals(2,
                store.latestOrders(new OrderQuery(null, OrderStatus.ACTIVE, null, null), 10).size()));

        List<String> reads = plans.stream().filter(plan -> plan.toLowerCase(Locale.ROOT).contains("status = ?")).toList();
        assertFalse(reads.isEmpty(), plans.toString());
        for (String plan : reads) {
            // one venue and the status: H2 reads only that status's rows (a list or a subquery of venues, shown
            // as VENUE IN(...), has it read every row of the index, as a table scan reads every row of the table)
            assertTrue(INDEX_LOOKUP.matcher(plan).find(), plan);
        }
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
