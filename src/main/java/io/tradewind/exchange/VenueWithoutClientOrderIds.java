package io.tradewind.exchange;

import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import java.util.Optional;

/**
 * A venue that does not know our client order ids (NegocieCoins, Nami, the Orders API): every
 * order is looked up and cancelled by the venue's own id, as {@link OrderGateway} describes. Those
 * venues share how that id is found and what a refused cancel means; each says in its package how
 * it asks for one order ({@link #statusByVenueId}) and cancels it ({@link #cancelByVenueId}).
 */
public abstract class VenueWithoutClientOrderIds implements Venue {

    /** One search of the venue's orders: the one sought, or empty when it is not there. */
    @FunctionalInterface
    protected interface Search<T> {
        Optional<T> find() throws VenueException;
    }

    /** {@link #statusByVenueId} or {@link #cancelByVenueId}. */
    @FunctionalInterface
    private interface ByVenueId {
        Optional<VenueOrder> apply(String account, String clientOrderId, String venueOrderId) throws VenueException;
    }

    @Override
    public final boolean knowsClientOrderIds() {
        return false;
    }

    /** Only finds venue-keyed ids: the venue cannot look our own uid up. */
    @Override
    public final Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        return orderStatus(account, clientOrderId, null);
    }

    /** The venue's id given, or the one inside a venue-keyed client order id; empty without either, asking nothing. */
    @Override
    public final Optional<VenueOrder> orderStatus(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        return byVenueId(account, clientOrderId, venueOrderId, this::statusByVenueId);
    }

    /** Only cancels venue-keyed ids: the venue cannot find our own uid. */
    @Override
    public final Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        return cancel(account, clientOrderId, null);
    }

    /** By the venue's id, found as {@link #orderStatus(String, String, String)} finds it. */
    @Override
    public final Optional<VenueOrder> cancel(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        return byVenueId(account, clientOrderId, venueOrderId, this::cancelByVenueId);
    }

    private static Optional<VenueOrder> byVenueId(String account, String clientOrderId, String venueOrderId,
            ByVenueId call) throws VenueException {
        String id = venueOrderId != null ? venueOrderId : VenueOrder.venueIdIn(clientOrderId);
        return id == null ? Optional.empty() : call.apply(account, clientOrderId, id);
    }

    /**
     * The venue's view of the order with this venue id, reported under {@code clientOrderId}; empty
     * when the venue does not know it.
     */
    protected abstract Optional<VenueOrder> statusByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException;

    /** Cancels the order with this venue id: its state afterwards, empty when the venue does not know it. */
    protected abstract Optional<VenueOrder> cancelByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException;

    /**
     * After the venue refused a cancel: the order's state when it has ended meanwhile (filled or
     * cancelled before our cancel arrived), so that a cancel is idempotent; otherwise the refusal,
     * thrown.
     */
    protected final Optional<VenueOrder> endedOrRefused(String account, String clientOrderId, String venueOrderId,
            VenueCallException refusal) throws VenueException {
        Optional<VenueOrder> known = statusByVenueId(account, clientOrderId, venueOrderId);
        if (known.isPresent() && known.get().status().isTerminal()) {
            return known;
        }
        throw refusal;
    }

    /**
     * The open orders first, then the history, which is only asked when the open orders do not
     * have it: an order is far likelier to be open when we ask, and the history is the longer list.
     */
    protected static <T> Optional<T> openThenHistory(Search<T> open, Search<T> history) throws VenueException {
        Optional<T> found = open.find();
        return found.isPresent() ? found : history.find();
    }
}
