package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import java.util.List;
import java.util.Optional;

/**
 * The gateway of an execution service run without a venue connection, such as a command that
 * only records requests (see {@link ExecutionService#requestCancel}): every call fails as
 * unreachable, without having taken effect, so nothing is ever assumed sent.
 */
public final class OfflineGateway implements OrderGateway {

    private final String venue;

    public OfflineGateway(String venue) {
        this.venue = venue;
    }

    @Override
    public String venue() {
        return venue;
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        throw offline();
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        throw offline();
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        throw offline();
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        throw offline();
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        throw offline();
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        throw offline();
    }

    private VenueException offline() {
        return new VenueException("no connection to " + venue + " in this process", false);
    }
}
