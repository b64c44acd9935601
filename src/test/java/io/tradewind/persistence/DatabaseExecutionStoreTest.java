package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.ExecutionStoreContractTest;
import io.tradewind.execution.StoreBatch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    /** Any store's write that found the disk full makes this store's writes fail (for readiness) until one succeeds. */
    @Test
    void writesFailForLackOfSpaceUntilACommitSucceeds() {
        String said = RootCause.of(new SQLException("Writing to nio:tradewind.mv.db failed",
                new IOException("No space left on device")));

        assertEquals(Optional.of(said), store.writeFailure());
        assertTrue(said.contains("free space"), said);

        store.commit(new StoreBatch().order(order("c1", OrderStatus.ACTIVE, "BTC-IRR", Instant.EPOCH)));
        assertEquals(Optional.empty(), store.writeFailure());
    }
}
