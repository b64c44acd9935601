package io.tradewind.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations the first time a store is used, rather than at start-up, so that
 * commands that never touch the store (help, backtests) neither create nor lock {@code ./data}.
 */
@ApplicationScoped
public class StoreMigration {

    private final Flyway flyway;
    private volatile boolean migrated;

    StoreMigration(Flyway flyway) {
        this.flyway = flyway;
    }

    public void ensureMigrated() {
        if (!migrated) {
            synchronized (this) {
                if (!migrated) {
                    flyway.migrate();
                    migrated = true;
                }
            }
        }
    }
}
