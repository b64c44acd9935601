package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link OrderEntity}. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<OrderEntity, String> {
}
