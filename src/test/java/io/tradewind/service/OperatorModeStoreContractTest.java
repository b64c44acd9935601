package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link OperatorModeStore} does; each implementation's test supplies an empty store. */
public abstract class OperatorModeStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123Z");

    protected abstract OperatorModeStore newStore();

    @Test
    void anEmptyStoreKeepsNoMode() {
        assertEquals(Map.of(), newStore().modes());
    }

    @Test
    void eachInstanceKeepsItsLatestModeUntilItIsForgotten() {
        OperatorModeStore store = newStore();
        store.keep("btc-sma", OperatorMode.paused("paused by the operator", T0));
        store.keep("eth-grid", OperatorMode.reducingOnly(T0.plusSeconds(1)));
        OperatorMode flattened = OperatorMode.paused("flattened by the operator", T0.plusSeconds(2));
        store.keep("btc-sma", flattened);

        assertEquals(Map.of("btc-sma", flattened, "eth-grid", OperatorMode.reducingOnly(T0.plusSeconds(1))), store.modes());

        store.forget("eth-grid");
        store.forget("never-kept");
        assertEquals(Map.of("btc-sma", flattened), store.modes());
    }
}
