package io.tradewind.sim.gateway;

import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;

/**
 * Receives what happened at the simulated venue to the client's orders, as a connector pushes
 * order updates and own trades (the execution service's {@code onOrderUpdate} and {@code onTrade}).
 */
public interface VenueEventSink {

    void orderUpdated(VenueOrder order);

    void traded(String account, VenueTrade trade);
}
