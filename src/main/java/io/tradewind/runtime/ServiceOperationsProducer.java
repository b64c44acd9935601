package io.tradewind.runtime;

import io.tradewind.service.ServiceOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Offers the running {@link TradingService} to the operator surfaces as {@link ServiceOperations}.
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
}
