package io.tradewind.persistence;

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
        StoreTables.empty(store, entityManager);
    }

    @Override
    protected ExecutionStore store() {
        return store;
    }
}
