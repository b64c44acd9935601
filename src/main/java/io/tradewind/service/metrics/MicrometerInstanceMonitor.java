package io.tradewind.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceOperations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the instances report, as Prometheus metrics at {@code /q/metrics}: per instance the ticks
 * (by outcome), skipped ticks, tick latency, order changes and equity; per venue and operation
 * the call latency and failures. Meters are looked up in the registry's concurrent maps, so a tick
 * thread never waits for another.
 */
@ApplicationScoped
public class MicrometerInstanceMonitor implements InstanceMonitor {

    static final String TICK_DURATION = "tradewind.tick.duration";
    static final String TICKS_SKIPPED = "tradewind.ticks.skipped";
    static final String ORDERS = "tradewind.orders";
    static final String EQUITY = "tradewind.instance.equity";
    static final String VENUE_CALL_DURATION = "tradewind.venue.call.duration";
    static final String VENUE_CALL_ERRORS = "tradewind.venue.call.errors";

    /** The order changes the port names; anything else is counted as {@code other}, so tags stay few. */
    private static final Set<String> ORDER_CHANGES = Set.of("placed", "filled", "rejected", "cancelled");

    private final MeterRegistry registry;
    private final ServiceOperations service;
    private final Set<String> instances = ConcurrentHashMap.newKeySet();

    MicrometerInstanceMonitor(MeterRegistry registry, ServiceOperations service) {
        this.registry = registry;
        this.service = service;
    }

    @Override
    public void tickFinished(String instance, long nanos, boolean failed) {
        Timer.builder(TICK_DURATION).description("Ticks of a strategy instance and how long they took")
                .tag("instance", instance).tag("outcome", failed ? "failed" : "ok")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        registerInstance(instance);
    }

    @Override
    public void tickSkipped(String instance) {
        registerInstance(instance);
        skipped(instance).increment();
    }

    @Override
    public void orderChanged(String instance, String change) {
        registerInstance(instance);
        orders(instance, ORDER_CHANGES.contains(change) ? change : "other").increment();
    }

    private Counter skipped(String instance) {
        return Counter.builder(TICKS_SKIPPED).description("Ticks skipped because the previous one still ran or came late")
                .tag("instance", instance).register(registry);
    }

    private Counter orders(String instance, String change) {
        return Counter.builder(ORDERS).description("Orders of a strategy instance by change: placed, filled, rejected, cancelled")
                .tag("instance", instance).tag("change", change).register(registry);
    }

    @Override
    public void venueCall(String venue, String operation, long nanos, boolean failed) {
        Timer.builder(VENUE_CALL_DURATION).description("Calls to a venue and how long they took")
                .tag("venue", venue).tag("operation", operation).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        Counter errors = Counter.builder(VENUE_CALL_ERRORS).description("Calls to a venue that failed")
                .tag("venue", venue).tag("operation", operation).register(registry);
        if (failed) {
            errors.increment();
        }
    }

    /**
     * From an instance's first report on: its counters at 0, so that a rate or an alert on skipped
     * ticks or rejected orders has a series before the first one happens, and its equity (realised
     * plus unrealised PnL, read from the service at each scrape; Prometheus values are doubles:
     * exact figures are in {@code /api/strategies}).
     */
    private void registerInstance(String instance) {
        if (instances.add(instance)) {
            skipped(instance);
            ORDER_CHANGES.forEach(change -> orders(instance, change));
            Gauge.builder(EQUITY, service, s -> equity(s, instance))
                    .description("Realised plus unrealised PnL of a strategy instance, in its quote asset")
                    .tag("instance", instance).strongReference(true).register(registry);
        }
    }

    private static double equity(ServiceOperations service, String instance) {
        return service.instance(instance).map(InstanceView::equityChange).map(Number::doubleValue).orElse(Double.NaN);
    }
}
