package io.tradewind.runtime;

import io.tradewind.service.LiveCandles;
import io.tradewind.service.ServiceOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Offers the running {@link TradingService} to the operator surfaces as {@link ServiceOperations}
 * and to charts as {@link LiveCandles}.
 * Through an interface-typed bean of its own, so that a test can put a fake service behind the
 * API ({@code QuarkusMock.installMockForType(fake, ServiceOperations.class)}) while the real one
 * stays what it is.
 */
@ApplicationScoped
class ServiceOperationsProducer {

    @Produces
    @ApplicationScoped
    ServiceOperations serviceOperations(TradingService service) {
        return service;
    }

    /** The running instances' candles, for charts; a test may put fake ones there the same way. */
    @Produces
    @ApplicationScoped
    LiveCandles liveCandles(TradingService service) {
        return service;
    }
}
