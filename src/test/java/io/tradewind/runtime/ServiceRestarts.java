package io.tradewind.runtime;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusMock;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.EventJournal;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.KillSwitchStore;
import io.tradewind.service.OperatorModeStore;
import io.tradewind.service.ServiceOperations;
import io.tradewind.sim.gateway.PaperVenueStore;
import io.tradewind.strategy.Strategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * A second {@link TradingService} on the application's configuration and stores, as a restarted
 * process would build it, put behind the API in place of the first: what a restart keeps is what
 * the stores kept.
 */
@ApplicationScoped
class ServiceRestarts {

    @Inject
    ServiceConfig.Strategies strategiesConfig;

    @Inject
    ServiceConfig.Paper paperConfig;

    @Inject
    ServiceConfig.Service serviceConfig;

    @Inject
    ServiceConfig.OrdersApi ordersApiConfig;

    @Inject
    ExecutionConfig executionConfig;

    @Inject
    ExecutionStore store;

    @Inject
    PaperVenueStore paperStore;

    @Inject
    CandleStore candles;

    @Inject
    KillSwitchStore killSwitchStore;

    @Inject
    OperatorModeStore operatorModes;

    @Inject
    Scheduler scheduler;

    @Inject
    InstanceMonitor monitor;

    @Inject
    @Any
    Instance<Strategy> strategies;

    @Inject
    VenueRegistry registry;

    @Inject
    RecordedMarketDataStore recorded;

    @Inject
    EventJournal journal;

    @Inject
    EquityHistory equity;

    /** A new service, not started, that the API answers for from now on. */
    TradingService restarted() {
        TradingService service = new TradingService(strategiesConfig, paperConfig, serviceConfig, ordersApiConfig,
                executionConfig, store, paperStore, candles, killSwitchStore, operatorModes, scheduler, monitor, strategies,
                registry, recorded, journal, equity);
        QuarkusMock.installMockForType(service, ServiceOperations.class);
        return service;
    }
}
