package io.tradewind.persistence;

import io.tradewind.execution.StoreException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The tables of one JDBC store on a datasource: each session first has them prepared (created on
 * first use by Flyway), and every failure is one {@link StoreException} line naming the store.
 */
final class PreparedTables {

    private final DataSource dataSource;
    private final Runnable ensureSchema;
    private final String store;

    /**
     * @param ensureSchema run before each session; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     * @param store        the store's name in its errors, e.g. "kill switch store"
     */
    PreparedTables(DataSource dataSource, Runnable ensureSchema, String store) {
        this.dataSource = dataSource;
        this.ensureSchema = ensureSchema;
        this.store = store;
    }

    /** A session on the prepared tables: a writing one takes the process's write turn on H2 ({@link JdbcSession}). */
    JdbcSession open(int isolation, boolean writing) throws SQLException {
        try {
            ensureSchema.run();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(store + ": cannot prepare the tables: " + RootCause.of(e), e);
        }
        return writing ? JdbcSession.forWriting(dataSource, isolation) : JdbcSession.forReading(dataSource, isolation);
    }

    /** The store's error for a statement that failed while it tried to do {@code what}. */
    StoreException failure(String what, SQLException e) {
        return new StoreException(store + ": cannot " + what + ": " + RootCause.of(e), e);
    }
}
