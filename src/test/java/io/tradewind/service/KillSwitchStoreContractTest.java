package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link KillSwitchStore} does; each implementation's test supplies an empty store. */
public abstract class KillSwitchStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123Z");

    protected abstract KillSwitchStore newStore();

    @Test
    void anEmptyStoreHasTheKillSwitchOff() {
        assertEquals(Optional.empty(), newStore().switchedOn());
    }

    @Test
    void theFirstOnSinceTheLastOffHoldsWithWhenAndThroughWhat() {
        KillSwitchStore store = newStore();
        KillSwitchEvent first = KillSwitchEvent.on(T0, KillSwitchSource.CLI, true);
        store.record(first);
        store.record(KillSwitchEvent.on(T0.plusSeconds(5), KillSwitchSource.API, false));

        assertEquals(Optional.of(first), store.switchedOn());

        store.record(KillSwitchEvent.off(T0.plusSeconds(9), KillSwitchSource.API));
        assertEquals(Optional.empty(), store.switchedOn());

        KillSwitchEvent again = KillSwitchEvent.on(T0.plusSeconds(60), KillSwitchSource.API, false);
        store.record(again);
        assertEquals(Optional.of(again), store.switchedOn());
    }

    @Test
    void switchesCountInTheOrderTheyWereRecordedNotByTheirTime() {
        KillSwitchStore store = newStore();
        store.record(KillSwitchEvent.on(T0, KillSwitchSource.API, false));
        // the clock stepped back between the two switches
        store.record(KillSwitchEvent.off(T0.minusSeconds(3600), KillSwitchSource.CLI));

        assertEquals(Optional.empty(), store.switchedOn());

        KillSwitchEvent sameMillisecond = KillSwitchEvent.on(T0.minusSeconds(3600), KillSwitchSource.CLI, false);
        store.record(sameMillisecond);
        assertEquals(Optional.of(sameMillisecond), store.switchedOn());
    }
}
