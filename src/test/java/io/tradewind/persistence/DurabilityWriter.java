package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The process that {@link KillDurabilityTest} kills: migrates a store with the application's
 * migrations, then commits orders one by one, printing {@code committed <id>} after each commit
 * returns. After {@code count} orders it prints {@code done} and waits to be killed.
 *
 * <p>Arguments: the store URL, the count, and optionally an id prefix and {@code compacting}: then each
 * order is also accepted in a second commit (dead pages to compact) while {@link StoreHousekeeping}
 * compacts the file without pause, as the service does every few seconds.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        String prefix = args.length > 2 ? args[2] : "kill-";
        boolean compacting = args.length > 3 && args[3].equals("compacting");
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        if (compacting) {
            compactWithoutPause(url);
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO exec_order (client_order_id, venue,"
                    + " strategy_instance, wallet_id, symbol, side, order_type, price, quantity, filled, time_in_force,"
                    + " status, cancel_requested, created_at, updated_at) VALUES (?, 'sim', 'kill-test', 'main',"
                    + " 'BTC-IRR', 'buy', 'limit', 1000000000, 0.5, 0, 'good-till-canceled', 'new', FALSE, ?, ?)");
            PreparedStatement accept = connection.prepareStatement(
                    "UPDATE exec_order SET status = 'active' WHERE client_order_id = ?");
            for (int i = 1; i <= count; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, prefix + i);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
                connection.commit();
                System.out.println("committed " + prefix + i);
                System.out.flush();
                if (compacting) {
                    accept.setString(1, prefix + i);
                    accept.executeUpdate();
                    connection.commit();
                }
            }
            System.out.println("done");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /**
     * Prints {@code compaction marked pages} the first time a round does; on a failed round, or
     * anything thrown, prints {@code compaction failed} and halts, so the test sees it.
     */
    private static void compactWithoutPause(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        StoreHousekeeping housekeeping = new StoreHousekeeping(url, "sa", "", source, null);
        Thread compactor = new Thread(() -> {
            boolean said = false;
            try {
                while (housekeeping.failures() == 0) {
                    if (housekeeping.compact() && !said) {
                        System.out.println("compaction marked pages");
                        said = true;
                    }
                }
                System.out.println("compaction failed: see the log above");
            } catch (Throwable e) {
                System.out.println("compaction failed: " + e);
            }
            System.out.flush();
            Runtime.getRuntime().halt(3);
        });
        compactor.setDaemon(true);
        compactor.start();
    }
}
