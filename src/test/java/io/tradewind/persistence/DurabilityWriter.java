package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/**
 * The process that {@link KillDurabilityTest} kills: migrates a store with the application's
 * migrations, then commits orders one by one, printing {@code committed <id>} after each commit
 * returns. After {@code count} orders it prints {@code done} and waits to be killed.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO exec_order (client_order_id, venue,"
                    + " strategy_instance, wallet_id, symbol, side, order_type, price, quantity, filled, time_in_force,"
                    + " status, cancel_requested, created_at, updated_at) VALUES (?, 'sim', 'kill-test', 'main',"
                    + " 'BTC-IRR', 'buy', 'limit', 1000000000, 0.5, 0, 'good-till-canceled', 'new', FALSE, ?, ?)");
            for (int i = 1; i <= count; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, "kill-" + i);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
                connection.commit();
                System.out.println("committed kill-" + i);
                System.out.flush();
            }
            System.out.println("done");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
