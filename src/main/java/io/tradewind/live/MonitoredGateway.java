package io.tradewind.live;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.service.InstanceMonitor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A venue's gateway that reports each call's latency and failure to the monitor, and remembers
 * whether the last call answered (in the venue's {@link VenueHealth}, shared with its feeds).
 */
public final class MonitoredGateway implements OrderGateway {

    private final OrderGateway delegate;
    private final VenueHealth health;

    public MonitoredGateway(OrderGateway delegate, InstanceMonitor monitor) {
        this(delegate, new VenueHealth(delegate.venue(), monitor));
    }

    public MonitoredGateway(OrderGateway delegate, VenueHealth health) {
        this.delegate = delegate;
        this.health = health;
    }

    /** Whether the venue answered the last call. */
    public boolean up() {
        return health.up();
    }

    private <T> T timed(String operation, VenueHealth.Call<T> call) throws VenueException {
        return health.timed(operation, call);
    }

    @Override
    public String venue() {
        return delegate.venue();
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        return timed("place", () -> delegate.place(request));
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        return timed("cancel", () -> delegate.cancel(account, clientOrderId));
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        return timed("orderStatus", () -> delegate.orderStatus(account, clientOrderId));
    }

    @Override
    public boolean listsOwnTrades() {
        return delegate.listsOwnTrades();
    }

    @Override
    public boolean listsBalances() {
        return delegate.listsBalances();
    }

    @Override
    public boolean knowsClientOrderIds() {
        return delegate.knowsClientOrderIds();
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId, String venueOrderId) throws VenueException {
        return timed("cancel", () -> delegate.cancel(account, clientOrderId, venueOrderId));
    }

    @Override
    public boolean hasUndeliveredNews() {
        return delegate.hasUndeliveredNews();
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        return timed("orderStatus", () -> delegate.orderStatus(account, clientOrderId, venueOrderId));
    }

    @Override
    public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed)
            throws VenueException {
        return timed("findPlacement", () -> delegate.findPlacement(request, since, claimed));
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        return timed("openOrders", () -> delegate.openOrders(account));
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        return timed("ownTrades", () -> delegate.ownTrades(account, cursor));
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        return timed("balances", () -> delegate.balances(account));
    }
}
