package io.tradewind.service;

import io.tradewind.execution.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link KillSwitchStore} in memory for tests; it can be made to fail like a store that is down. */
public final class InMemoryKillSwitchStore implements KillSwitchStore {

    private final List<KillSwitchEvent> events = new ArrayList<>();
    /** Thrown by every call while set. */
    public volatile StoreException failure;

    @Override
    public synchronized void record(KillSwitchEvent event) {
        failIfDown();
        events.add(event);
    }

    @Override
    public synchronized Optional<KillSwitchEvent> switchedOn() {
        failIfDown();
        KillSwitchEvent first = null;
        for (KillSwitchEvent event : events) {
            first = !event.on() ? null : first == null ? event : first;
        }
        return Optional.ofNullable(first);
    }

    /** Every switch recorded, oldest first. */
    public synchronized List<KillSwitchEvent> events() {
        return List.copyOf(events);
    }

    private void failIfDown() {
        if (failure != null) {
            throw failure;
        }
    }
}
