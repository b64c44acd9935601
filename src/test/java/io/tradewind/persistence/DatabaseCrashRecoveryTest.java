package io.tradewind.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.execution.CrashRecoveryTest;
import io.tradewind.execution.ExecutionStore;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/** The crash-recovery scenarios with the database store underneath. */
@QuarkusTest
class DatabaseCrashRecoveryTest extends CrashRecoveryTest {

    @Inject
    DatabaseExecutionStore store;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyTables() {
        StoreTables.empty(store, entityManager);
    }

    @Override
    protected ExecutionStore backingStore() {
        return store;
    }
}
