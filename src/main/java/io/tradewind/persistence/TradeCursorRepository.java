package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link TradeCursorEntity}. */
@ApplicationScoped
public class TradeCursorRepository implements PanacheRepositoryBase<TradeCursorEntity, TradeCursorEntity.Key> {
}
