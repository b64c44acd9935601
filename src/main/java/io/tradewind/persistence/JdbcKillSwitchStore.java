package io.tradewind.persistence;

import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link KillSwitchStore} in a SQL database over plain JDBC (table {@code kill_switch_event} of
 * {@code V5__kill_switch.sql}). Each switch is one committed insert; the application's H2 URL sets
 * {@code WRITE_DELAY=0}, so it is in the file before the operator hears that it is recorded.
 * Switches are ordered by their id, not their time, so a clock that steps back cannot reorder them.
 */
public final class JdbcKillSwitchStore implements KillSwitchStore {

    private static final String INSERT = "INSERT INTO kill_switch_event (switched_on, switched_at, switched_by,"
            + " cancel_orders) VALUES (?, ?, ?, ?)";
    private static final String SWITCHED_ON = "SELECT switched_at, switched_by, cancel_orders FROM kill_switch_event"
            + " WHERE id = (SELECT MIN(id) FROM kill_switch_event WHERE switched_on = TRUE"
            + " AND id > (SELECT COALESCE(MAX(id), 0) FROM kill_switch_event WHERE switched_on = FALSE))";

    private final PreparedTables tables;

    /**
     * @param ensureSchema run before each use; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     */
    public JdbcKillSwitchStore(DataSource dataSource, Runnable ensureSchema) {
        this.tables = new PreparedTables(dataSource, ensureSchema, "kill switch store");
    }

    @Override
    public void record(KillSwitchEvent event) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true);
                PreparedStatement s = session.connection().prepareStatement(INSERT)) {
            s.setBoolean(1, event.on());
            s.setObject(2, event.at().atOffset(ZoneOffset.UTC));
            s.setString(3, event.by().wireName());
            s.setBoolean(4, event.cancelOrders());
            s.executeUpdate();
            session.commit();
        } catch (SQLException e) {
            throw tables.failure("record the kill switch " + (event.on() ? "on" : "off"), e);
        }
    }

    @Override
    public Optional<KillSwitchEvent> switchedOn() {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false);
                PreparedStatement s = session.connection().prepareStatement(SWITCHED_ON);
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(KillSwitchEvent.on(r.getObject(1, OffsetDateTime.class).toInstant(),
                    KillSwitchSource.fromWire(r.getString(2)), r.getBoolean(3)));
        } catch (SQLException e) {
            throw tables.failure("read the kill switch", e);
        }
    }
}
