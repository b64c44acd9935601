package io.tradewind.service.health;

import io.tradewind.service.ServiceOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The service's health at {@code /q/health}: live while the process answers; ready when the store
 * answers and its writes do not fail, every venue's last call succeeded, a reconciliation has finished and no strategy
 * instance is paused for failing again and again. The endpoints are
 * open (for systemd and load balancers) and show only names, states and times.
 */
@ApplicationScoped
public class ServiceHealthChecks {

    private final ServiceOperations service;

    ServiceHealthChecks(ServiceOperations service) {
        this.service = service;
    }

    @Produces
    @Liveness
    @ApplicationScoped
    HealthCheck process() {
        return () -> HealthCheckResponse.up("tradewind");
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck store() {
        return () -> check("tradewind-store", (readiness, response) -> {
            response.status(readiness.storeUp());
            if (readiness.storeProblem() != null) {
                response.withData("reason", readiness.storeProblem());
            }
        });
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck venues() {
        return () -> check("tradewind-venues", (readiness, response) -> {
            response.status(readiness.venuesUp().values().stream().allMatch(Boolean::booleanValue));
            readiness.venuesUp().forEach((venue, up) -> response.withData(venue, up ? "UP" : "DOWN"));
            readiness.venueProblems().forEach((venue, why) -> response.withData(venue + ".reason", why));
        });
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck reconciliation() {
        // a service without venues (no instance, no API user configured yet) has nothing to reconcile
        return () -> check("tradewind-reconciliation", (readiness, response) -> response
                .status(readiness.lastReconciliation() != null || readiness.venuesUp().isEmpty())
                .withData("lastReconciliation", readiness.lastReconciliation() != null
                        ? readiness.lastReconciliation().toString()
                        : readiness.venuesUp().isEmpty() ? "no venue to reconcile" : "never"));
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck instances() {
        return () -> check("tradewind-instances", (readiness, response) -> {
            response.status(readiness.pausedByFailures().isEmpty());
            readiness.pausedByFailures().forEach(response::withData);
        });
    }

    /**
     * One check over a fresh readiness (the port's {@code Readiness}, spelled out beside the
     * annotation of the same name); a service that cannot say is not ready, with the reason.
     */
    private HealthCheckResponse check(String name,
            BiConsumer<io.tradewind.service.Readiness, HealthCheckResponseBuilder> fill) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        try {
            fill.accept(service.readiness(), response);
        } catch (RuntimeException e) {
            response.down().withData("error", "readiness could not be read: " + e.getClass().getSimpleName());
        }
        return response.build();
    }
}
