package io.tradewind.execution;

import org.junit.jupiter.api.BeforeEach;

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
}
