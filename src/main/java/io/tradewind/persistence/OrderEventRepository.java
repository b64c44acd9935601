package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link OrderEventEntity}. */
@ApplicationScoped
public class OrderEventRepository implements PanacheRepositoryBase<OrderEventEntity, Long> {
}
