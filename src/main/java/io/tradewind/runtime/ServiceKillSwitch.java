package io.tradewind.runtime;

import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.StoreException;
import io.tradewind.live.VenueRuntime;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import io.tradewind.service.KillSwitchView;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The service's kill switch over all its venues, kept in a {@link KillSwitchStore}: while it is
 * on, each venue lets through only orders that reduce a position (see
 * {@link io.tradewind.live.BudgetGuard}), and a restarted service reads it back before its first
 * tick. The store is read on first use, so that the API answers the kept state even before the
 * service has started.
 *
 * <p>Each switch errs on the safe side when the store fails: switching on stops entries in
 * memory before it is recorded, switching off is recorded before entries are let through.
 */
final class ServiceKillSwitch {

    private static final System.Logger LOG = System.getLogger(ServiceKillSwitch.class.getName());

    private final KillSwitchStore store;
    private final List<VenueRuntime> venues = new CopyOnWriteArrayList<>();
    /** When it went on, or null while it is off; written with this object's lock held. */
    private volatile Instant since;
    /** Through what it went on, or null while it is off; written with {@link #since}. */
    private volatile KillSwitchSource sinceBy;
    private volatile boolean loaded;

    ServiceKillSwitch(KillSwitchStore store) {
        this.store = store;
    }

    /**
     * Reads the kept state, once.
     *
     * @throws StoreException the store cannot be read
     */
    synchronized void load() {
        if (loaded) {
            return;
        }
        store.switchedOn().ifPresent(on -> {
            since = on.at();
            sinceBy = on.by();
            LOG.log(Level.WARNING, "kill switch on since {0} (switched on through the {1}): entries stay stopped until"
                    + " an operator switches it off", on.at(), on.by().wireName());
        });
        loaded = true;
    }

    /** Puts a venue under the kill switch before it trades: stopped at once if the switch is on. */
    synchronized void attach(VenueRuntime venue) {
        load();
        venues.add(venue);
        if (since != null) {
            venue.switchKillOn(since);
        }
    }

    KillSwitchView state() {
        load();
        synchronized (this) {
            return new KillSwitchView(since != null, since, sinceBy, 0, false);
        }
    }

    /**
     * Stops entries on every venue and records it; with {@code cancelOrders} also asks every venue
     * to cancel each of its open orders.
     *
     * @throws StoreException the switch could not be recorded: entries are stopped only until the
     *         service stops, and no order was cancelled
     */
    KillSwitchView on(boolean cancelOrders, KillSwitchSource by, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Instant on;
        KillSwitchSource onBy;
        synchronized (this) {
            load();
            boolean alreadyOn = since != null;
            if (alreadyOn && !cancelOrders) {
                // pressed again: nothing changes, so nothing is recorded or said as if it had
                LOG.log(Level.INFO, "kill switch on through the {0}: it was on already, since {1}; nothing changed",
                        new Object[] {by.wireName(), since});
                return new KillSwitchView(true, since, sinceBy, 0, false);
            }
            if (!alreadyOn) {
                since = at;
                sinceBy = by;
            }
            on = since;
            onBy = sinceBy;
            venues.forEach(venue -> venue.switchKillOn(on));
            try {
                store.record(KillSwitchEvent.on(at, by, cancelOrders));
            } catch (StoreException e) {
                throw new StoreException("entries are stopped, but the kill switch could not be recorded, so a restart"
                        + " would let them through again: " + e.getMessage(), e);
            }
            LOG.log(Level.WARNING, "kill switch on through the {0}: {1}{2}", new Object[] {by.wireName(),
                    alreadyOn ? "entries were stopped already, since " + on : "entries stopped on every venue",
                    cancelOrders ? "; cancelling every open order" : ""});
        }
        int cancelled = 0;
        if (cancelOrders) {
            for (VenueRuntime venue : venues) {
                for (OrderRecord order : venue.execution().liveOrders()) {
                    venue.execution().cancel(order.clientOrderId());
                    cancelled++;
                }
            }
        }
        return new KillSwitchView(true, on, onBy, cancelled, true);
    }

    /**
     * Records the switch off, then lets entries through again on every venue.
     *
     * @throws StoreException the switch could not be recorded; the kill switch stays on
     */
    synchronized KillSwitchView off(KillSwitchSource by, Instant now) {
        load();
        if (since == null) {
            LOG.log(Level.INFO, "kill switch off through the {0}: it was off already; nothing changed", by.wireName());
            return new KillSwitchView(false, null, (String) null, 0, false);
        }
        try {
            store.record(KillSwitchEvent.off(now.truncatedTo(ChronoUnit.MILLIS), by));
        } catch (StoreException e) {
            throw new StoreException("the kill switch stays on: switching it off could not be recorded: "
                    + e.getMessage(), e);
        }
        since = null;
        sinceBy = null;
        venues.forEach(VenueRuntime::switchKillOff);
        LOG.log(Level.WARNING, "kill switch off through the {0}: entries accepted again", by.wireName());
        return new KillSwitchView(false, null, (String) null, 0, true);
    }
}
