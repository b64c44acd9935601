package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.service.InstanceMonitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The monitor wraps a venue without hiding what a venue without client order ids needs. */
class MonitoredGatewayTest {

    @Test
    void aVenueWithoutClientOrderIdsKeepsItsLookUpsThroughTheMonitor() throws Exception {
        List<String> calls = new ArrayList<>();
        OrderRequest lost = OrderRequest.limit("c1", "main", "BTC-BRL", Side.BUY, "300000", "0.5",
                TimeInForce.GOOD_TILL_CANCELED);
        VenueOrder found = new VenueOrder("c1", "77", "main", "BTC-BRL", Side.BUY, lost.type(), lost.price(),
                lost.quantity(), null, lost.timeInForce(), OrderStatus.ACTIVE, null, null, null, null, null, Instant.EPOCH);
        OrderGateway blind = new OrderGateway() {
            public String venue() { return "blind"; }
            public boolean knowsClientOrderIds() { return false; }
            public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed) {
                calls.add("find " + request.uid() + " " + claimed);
                return Optional.of(found);
            }
            public Optional<VenueOrder> orderStatus(String account, String id, String venueId) {
                calls.add("status " + id + " " + venueId);
                return Optional.of(found);
            }
            public Optional<VenueOrder> cancel(String account, String id, String venueId) {
                calls.add("cancel " + id + " " + venueId);
                return Optional.of(found);
            }
            public VenueOrder place(OrderRequest request) { throw new UnsupportedOperationException(); }
            public Optional<VenueOrder> cancel(String account, String id) { return Optional.empty(); }
            public Optional<VenueOrder> orderStatus(String account, String id) { return Optional.empty(); }
            public List<VenueOrder> openOrders(String account) { return List.of(); }
            public TradePage ownTrades(String account, String cursor) { return new TradePage(List.of(), cursor, false); }
            public List<Balance> balances(String account) { return List.of(); }
        };
        MonitoredGateway monitored = new MonitoredGateway(blind, InstanceMonitor.NONE);

        assertFalse(monitored.knowsClientOrderIds());
        assertEquals(Optional.of(found), monitored.findPlacement(lost, Instant.EPOCH, Set.of("76")));
        assertEquals(Optional.of(found), monitored.orderStatus("main", "c1", "77"));
        assertEquals(Optional.of(found), monitored.cancel("main", "c1", "77"));
        assertEquals(List.of("find c1 [76]", "status c1 77", "cancel c1 77"), calls);
    }
}
