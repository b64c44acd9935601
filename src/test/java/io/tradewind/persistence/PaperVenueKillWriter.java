package io.tradewind.persistence;

import io.tradewind.sim.gateway.DurablePaperGateway;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The process that {@link PaperVenueKillTest} kills: opens the durable paper venue on a store at
 * the given URL and runs the seeded calls of {@link PaperScenario} from the given index on,
 * printing {@code answered <index>} after each call returns. It never stops by itself.
 */
public final class PaperVenueKillWriter {

    private PaperVenueKillWriter() {
    }

    public static void main(String[] args) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser("sa");
        long seed = Long.parseLong(args[1]);
        Flyway flyway = Flyway.configure().dataSource(dataSource).load();
        flyway.migrate();
        // Held open as the application's connection pool holds one: without any open connection,
        // embedded H2 closes the database after each save and reopens it for the next.
        Connection pooled = dataSource.getConnection();
        DurablePaperGateway venue = PaperScenario.open(new JdbcPaperVenueStore(dataSource, () -> { }));
        for (int index = Integer.parseInt(args[2]); ; index++) {
            PaperScenario.call(venue, seed, index);
            System.out.println("answered " + index);
            System.out.flush();
            if (pooled.isClosed()) {
                throw new IllegalStateException("the store connection closed");
            }
        }
    }
}
