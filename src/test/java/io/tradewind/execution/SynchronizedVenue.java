package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FakeVenue} that many threads may call: every call holds the venue's monitor, as a
 * venue's own matching would be serial. Tests that script the venue (fill, forget) lock the same
 * monitor. Subclasses may wait outside it, like a slow network.
 */
class SynchronizedVenue implements OrderGateway {

    final FakeVenue venue;

    SynchronizedVenue(FakeVenue venue) {
        this.venue = venue;
    }

    @Override
    public String venue() {
        return venue.venue();
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        synchronized (venue) {
            return venue.place(request);
        }
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        synchronized (venue) {
            return venue.cancel(account, clientOrderId);
        }
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        synchronized (venue) {
            return venue.orderStatus(account, clientOrderId);
        }
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        synchronized (venue) {
            return venue.openOrders(account);
        }
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        synchronized (venue) {
            return venue.ownTrades(account, cursor);
        }
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        synchronized (venue) {
            return venue.balances(account);
        }
    }
}
