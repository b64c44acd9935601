package io.tradewind.service;

import java.util.Optional;

/**
 * Where the service keeps its kill switch, so that a restarted service keeps entries stopped
 * until an operator switches it off. Plain Java; the service plugs in a JDBC implementation.
 * Failures are {@link io.tradewind.execution.StoreException}s.
 */
public interface KillSwitchStore {

    /** Appends one switch, on or off; returns only once it is durable. */
    void record(KillSwitchEvent event);

    /**
     * The switch that put the kill switch on, if it is on: the first "on" recorded after the last
     * "off" (later "on"s while it was on change nothing). Empty when it is off or was never switched.
     */
    Optional<KillSwitchEvent> switchedOn();
}
