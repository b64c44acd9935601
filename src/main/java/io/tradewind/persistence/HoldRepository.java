package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repository of {@link HoldEntity}. */
@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<HoldEntity, String> {
}
