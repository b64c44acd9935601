package io.tradewind.service;

import io.tradewind.execution.OrderRecord;
import java.util.List;
import java.util.Optional;

/**
 * What an operator can see and do in a running service: the port between the instances the
 * service runs and its operator surfaces (REST API, command line, dashboard). Implementations are
 * thread-safe; every call returns promptly and never waits for a running tick or a venue call.
 */
public interface ServiceOperations {

    /** Every configured strategy instance, in configuration order. */
    List<InstanceView> instances();

    Optional<InstanceView> instance(String id);

    /**
     * Stops ticking the instance; its open orders stay.
     *
     * @throws UnknownInstanceException no instance has this id
     */
    InstanceView pause(String id);

    /**
     * Ticks the instance again, clearing reduce-only and a pause after repeated failures.
     *
     * @throws UnknownInstanceException no instance has this id
     */
    InstanceView resume(String id);

    /**
     * The instance keeps ticking but may only place orders that shrink its position.
     *
     * @throws UnknownInstanceException no instance has this id
     */
    InstanceView reduceOnly(String id);

    /**
     * As {@link #reduceOnly}, except that a paused instance stays paused: checked and set at once, so
     * that a pause that comes while the operator asks is never undone.
     *
     * @throws UnknownInstanceException no instance has this id
     */
    InstanceView stopEntries(String id);

    /**
     * Pauses the instance, cancels its open orders and closes its position at market.
     *
     * @throws UnknownInstanceException no instance has this id
     */
    InstanceView flatten(String id);

    /**
     * Stops all entries on every venue (only orders that reduce a position go through) and records
     * it, so that a restarted service keeps them stopped; with {@code cancelOrders} also cancels
     * every open order. While it is on already, without {@code cancelOrders}, it changes and records
     * nothing ({@link KillSwitchView#changed()} is false).
     *
     * @throws io.tradewind.execution.StoreException it could not be recorded: entries are stopped
     *         only until the service stops, and no order was cancelled
     */
    KillSwitchView killSwitch(boolean cancelOrders, KillSwitchSource by);

    /**
     * Records the kill switch off and lets entries through again on every venue; while it is off
     * already, it changes and records nothing ({@link KillSwitchView#changed()} is false).
     *
     * @throws io.tradewind.execution.StoreException it could not be recorded; the kill switch stays on
     */
    KillSwitchView killSwitchOff(KillSwitchSource by);

    /** Whether the kill switch is on, and since when. */
    KillSwitchView killSwitchState();

    /** Balances per venue account: total, held by open orders, available. */
    List<BalanceView> balances();

    /**
     * Asks for one order to be cancelled through the execution service that trades its venue, as
     * {@code orders cancel} does when no service runs; the cancel goes to the venue at once or at
     * the next reconciliation.
     *
     * @return the order after the request, or empty when no order has this client order id
     */
    Optional<OrderRecord> cancelOrder(String clientOrderId);

    /** What readiness reports: the store, each venue, the last reconciliation. */
    Readiness readiness();
}
