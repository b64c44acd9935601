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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard lists the open orders by status, without a venue, with every refresh: H2 reads that
 * through the (venue, status) index, not over every order ever stored (a market maker's months of
 * history). H2's own plan of the statement the store runs says which.
 */
@QuarkusTest
class OrdersByStatusPlanTest {

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

        List<String> statements = statementsRunBy(() -> assertEquals(2,
                store.latestOrders(new OrderQuery(null, OrderStatus.ACTIVE, null, null), 10).size()));

        List<String> reads = statements.stream().map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("exec_order") && sql.contains("status")).toList();
        assertFalse(reads.isEmpty(), statements.toString());
        for (String read : reads) {
            // one venue and the status: H2 reads only that status's rows (a list or a subquery of venues, shown
            // as VENUE IN(...), has it read every row of the index, as a table scan reads every row of the table)
            String plan = plan(read);
            assertTrue(INDEX_LOOKUP.matcher(plan).find(), plan);
        }
    }

    /** The SQL statements {@code action} ran, as H2's query statistics keep them (parameters as {@code ?}). */
    private List<String> statementsRunBy(Runnable action) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE"); // forgets the statistics so far
            s.execute("SET QUERY_STATISTICS TRUE");
            try {
                action.run();
                List<String> statements = new ArrayList<>();
                try (ResultSet rows = s.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rows.next()) {
                        statements.add(rows.getString(1));
                    }
                }
                return statements;
            } finally {
                s.execute("SET QUERY_STATISTICS FALSE");
            }
        }
    }

    /** H2's plan of a statement (a plan needs no values for its parameters). */
    private String plan(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
