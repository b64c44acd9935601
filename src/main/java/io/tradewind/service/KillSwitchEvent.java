package io.tradewind.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One switch of the service's kill switch by an operator, as the store keeps it.
 *
 * @param on           whether it was switched on (entries stopped) or off
 * @param at           when
 * @param by           through what
 * @param cancelOrders whether every open order was to be cancelled as well (only when switching on)
 */
public record KillSwitchEvent(boolean on, Instant at, KillSwitchSource by, boolean cancelOrders) {

    public KillSwitchEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (cancelOrders && !on) {
            throw new IllegalArgumentException("switching the kill switch off cancels no orders");
        }
    }

    public static KillSwitchEvent on(Instant at, KillSwitchSource by, boolean cancelOrders) {
        return new KillSwitchEvent(true, at, by, cancelOrders);
    }

    public static KillSwitchEvent off(Instant at, KillSwitchSource by) {
        return new KillSwitchEvent(false, at, by, false);
    }
}
