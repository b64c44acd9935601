package io.tradewind.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Empties the execution tables between tests that share the test database. */
final class StoreTables {

    private StoreTables() {
    }

    static void empty(DatabaseExecutionStore store, EntityManager entityManager) {
        store.holds(null); // migrates the schema on first use
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : new String[] {"exec_order", "exec_fill", "exec_hold", "exec_balance",
                    "exec_trade_cursor", "exec_order_event", "exec_position"}) {
                entityManager.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
        });
    }
}
