package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link BalanceEntity}. */
@ApplicationScoped
public class BalanceRepository implements PanacheRepositoryBase<BalanceEntity, BalanceEntity.Key> {
}
