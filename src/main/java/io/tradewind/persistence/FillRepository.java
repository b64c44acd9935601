package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link FillEntity}. */
@ApplicationScoped
public class FillRepository implements PanacheRepositoryBase<FillEntity, FillEntity.Key> {
}
