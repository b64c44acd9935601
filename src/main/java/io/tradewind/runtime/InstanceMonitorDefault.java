package io.tradewind.runtime;

import io.quarkus.arc.DefaultBean;
import io.tradewind.service.InstanceMonitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** No metrics unless another bean (a Micrometer monitor) supplies an {@link InstanceMonitor}. */
@ApplicationScoped
public class InstanceMonitorDefault {

    @Produces
    @DefaultBean
    @Singleton
    InstanceMonitor none() {
        return InstanceMonitor.NONE;
    }
}
