package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link PositionEntity}. */
@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<PositionEntity, PositionEntity.Key> {
}
