package io.tradewind.persistence;

import io.tradewind.service.OperatorMode;
import io.tradewind.service.OperatorModeStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * An {@link OperatorModeStore} in a SQL database over plain JDBC (table {@code operator_mode} of
 * {@code V8__operator_modes.sql}). Keeping a mode is a delete and an insert in one transaction,
 * which both H2 and PostgreSQL run without a vendor's upsert.
 */
public final class JdbcOperatorModeStore implements OperatorModeStore {

    private static final String DELETE = "DELETE FROM operator_mode WHERE instance_id = ?";
    private static final String INSERT = "INSERT INTO operator_mode (instance_id, mode, reason, since) VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT instance_id, mode, reason, since FROM operator_mode";

    private final PreparedTables tables;

    /**
     * @param ensureSchema run before each use; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     */
    public JdbcOperatorModeStore(DataSource dataSource, Runnable ensureSchema) {
        this.tables = new PreparedTables(dataSource, ensureSchema, "operator mode store");
    }

    @Override
    public void keep(String instanceId, OperatorMode mode) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true);
                PreparedStatement delete = session.connection().prepareStatement(DELETE);
                PreparedStatement insert = session.connection().prepareStatement(INSERT)) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
            insert.setString(1, instanceId);
            insert.setString(2, mode.wireName());
            insert.setString(3, mode.reason());
            insert.setObject(4, mode.since().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            session.commit();
        } catch (SQLException e) {
            throw tables.failure("keep instance " + instanceId + " " + mode.wireName(), e);
        }
    }

    @Override
    public void forget(String instanceId) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true);
                PreparedStatement delete = session.connection().prepareStatement(DELETE)) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
            session.commit();
        } catch (SQLException e) {
            throw tables.failure("forget the mode of instance " + instanceId, e);
        }
    }

    @Override
    public Map<String, OperatorMode> modes() {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false);
                PreparedStatement select = session.connection().prepareStatement(SELECT);
                ResultSet r = select.executeQuery()) {
            Map<String, OperatorMode> modes = new TreeMap<>();
            while (r.next()) {
                modes.put(r.getString(1), new OperatorMode(OperatorMode.REDUCE_ONLY.equals(r.getString(2)), r.getString(3),
                        r.getObject(4, OffsetDateTime.class).toInstant()));
            }
            return modes;
        } catch (SQLException e) {
            throw tables.failure("read the instances' modes", e);
        }
    }
}
