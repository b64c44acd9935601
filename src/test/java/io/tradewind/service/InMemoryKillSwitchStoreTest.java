package io.tradewind.service;

/** The in-memory kill switch store the service's unit tests use keeps the store contract. */
class InMemoryKillSwitchStoreTest extends KillSwitchStoreContractTest {

    @Override
    protected KillSwitchStore newStore() {
        return new InMemoryKillSwitchStore();
    }
}
