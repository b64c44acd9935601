package io.tradewind.service;

import java.util.Map;

/**
 * Where the service keeps what an operator left each instance in (paused, flattened or
 * reduce-only), so that a restarted service puts it back: a crash, or systemd restarting the
 * service, must not set trading again an instance an operator stopped. Plain Java; the service
 * plugs in a JDBC implementation. Failures are {@link io.tradewind.execution.StoreException}s.
 */
public interface OperatorModeStore {

    /** Keeps the instance's mode in place of any before it; returns only once it is durable. */
    void keep(String instanceId, OperatorMode mode);

    /** Forgets the instance's mode (it was resumed); nothing happens when none is kept. */
    void forget(String instanceId);

    /** Every kept mode by instance id. */
    Map<String, OperatorMode> modes();
}
