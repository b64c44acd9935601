package io.tradewind.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store's {@link DatabaseServiceLock} where the store is a PostgreSQL database. An H2 store is
 * its data directory, whose service lock and {@code service.json} say which service serves it:
 * {@link #apply()} is false there.
 */
@ApplicationScoped
public class DatabaseServiceLocks {

    private static final String POSTGRES = "jdbc:postgresql:";

    private final boolean apply;
    private final String where;
    private final DataSource dataSource;
    private final StoreMigration migration;

    DatabaseServiceLocks(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl, DataSource dataSource,
            StoreMigration migration) {
        this.apply = jdbcUrl.startsWith(POSTGRES);
        this.where = jdbcUrl.split("\\?", 2)[0];
        this.dataSource = dataSource;
        this.migration = migration;
    }

    /** Whether services and commands find each other through the database rather than the data directory. */
    public boolean apply() {
        return apply;
    }

    /** The database, for messages: its URL without parameters (a password may be one). */
    public String where() {
        return where;
    }

    /** See {@link DatabaseServiceLock#tryTake}. */
    public Optional<DatabaseServiceLock> tryTake() {
        return DatabaseServiceLock.tryTake(dataSource, migration::ensureMigrated);
    }

    /** See {@link DatabaseServiceLock#holder}. */
    public DatabaseServiceLock.Holder holder() {
        return DatabaseServiceLock.holder(dataSource, migration::ensureMigrated);
    }
}
