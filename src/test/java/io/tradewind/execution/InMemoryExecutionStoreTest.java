package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryExecutionStoreTest extends ExecutionStoreContractTest {

    private InMemoryExecutionStore store;

    @BeforeEach
    void createStore() {
        store = new InMemoryExecutionStore();
    }

    @Override
    protected ExecutionStore store() {
        return store;
    }

    /** A backtest's round trips are read in this order: trade ids sorted "t100-…" before "t99-…" and turned a long into a short. */
    @Test
    void fillsOfOneInstantStayInTheOrderTheyWereRecorded() {
        store.commit(new StoreBatch().fill(fill("t99-taker", "buy")));
        store.commit(new StoreBatch().fill(fill("t100-taker", "stop")));

        assertEquals(List.of("t99-taker", "t100-taker"), store.fills("sim").stream().map(FillRecord::tradeId).toList());
    }
}
