package io.tradewind.execution;

import java.util.List;
import java.util.Optional;

/** A store that passes every call to another: test doubles override what they watch or break. */
class ForwardingStore implements ExecutionStore {

    private final ExecutionStore delegate;

    ForwardingStore(ExecutionStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void commit(StoreBatch batch) {
        delegate.commit(batch);
    }

    @Override
    public Optional<OrderRecord> findOrder(String clientOrderId) {
        return delegate.findOrder(clientOrderId);
    }

    @Override
    public Optional<OrderRecord> findOrderByVenueId(String venue, String venueOrderId) {
        return delegate.findOrderByVenueId(venue, venueOrderId);
    }

    @Override
    public List<OrderRecord> orders(OrderQuery query) {
        return delegate.orders(query);
    }

    @Override
    public List<OrderRecord> liveOrders(String venue) {
        return delegate.liveOrders(venue);
    }

    @Override
    public boolean hasFill(String venue, String tradeId) {
        return delegate.hasFill(venue, tradeId);
    }

    @Override
    public List<FillRecord> fills(String venue) {
        return delegate.fills(venue);
    }

    @Override
    public List<FillRecord> fillsOf(String clientOrderId) {
        return delegate.fillsOf(clientOrderId);
    }

    @Override
    public boolean hasFills(String venue) {
        return delegate.hasFills(venue);
    }

    @Override
    public List<PositionRecord> positions(String venue) {
        return delegate.positions(venue);
    }

    @Override
    public List<HoldRecord> holds(String venue) {
        return delegate.holds(venue);
    }

    @Override
    public List<BalanceRecord> balances(String venue) {
        return delegate.balances(venue);
    }

    @Override
    public List<OrderEvent> events(String clientOrderId) {
        return delegate.events(clientOrderId);
    }

    @Override
    public Optional<String> tradeCursor(String venue, String account) {
        return delegate.tradeCursor(venue, account);
    }
}
