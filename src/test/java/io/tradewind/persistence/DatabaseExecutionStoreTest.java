package io.tradewind.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.ExecutionStoreContractTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/** The store contract against the database store (H2 in memory in the test profile). */
@QuarkusTest
class DatabaseExecutionStoreTest extends ExecutionStoreContractTest {

    @Inject
    DatabaseExecutionStore store;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyTables() {
        store.holds(null);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : new String[] {"exec_order", "exec_fill", "exec_hold", "exec_balance",
                    "exec_trade_cursor", "exec_order_event"}) {
                entityManager.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
        });
    }

    @Override
    protected ExecutionStore store() {
        return store;
    }
}
