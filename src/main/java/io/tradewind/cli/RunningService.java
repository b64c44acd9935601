package io.tradewind.cli;

import io.tradewind.persistence.DatabaseServiceLock;
import io.tradewind.persistence.DatabaseServiceLocks;
import io.tradewind.service.api.ServiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service running on this store, if any: for an H2 store the one on this data directory (see
 * {@link ServiceFile}), for a PostgreSQL store the one holding the database's service lock,
 * wherever it runs from (see {@link DatabaseServiceLock}). Commands that read or change live state
 * go through its API while it runs, and open the store only when none does. Tokens come from the
 * same variables the service reads: {@code TRADEWIND_API_TOKEN}, or for reading only
 * {@code TRADEWIND_API_READ_TOKEN}.
 */
@ApplicationScoped
public class RunningService {

    private final StoreLocation store;
    private final DatabaseServiceLocks database;
    private final Optional<String> operatorToken;
    private final Optional<String> readToken;

    RunningService(StoreLocation store, DatabaseServiceLocks database,
            @ConfigProperty(name = "tradewind.api.token") Optional<String> operatorToken,
            @ConfigProperty(name = "tradewind.api.read-token") Optional<String> readToken) {
        this.store = store;
        this.database = database;
        this.operatorToken = operatorToken;
        this.readToken = readToken;
    }

    /** @throws ServiceCallException a service holds the PostgreSQL store but has not said yet where it answers */
    Optional<ServiceClient> client() {
        return running().map(file -> new ServiceClient(file, operatorToken, readToken));
    }

    private Optional<ServiceFile> running() {
        if (!database.apply()) {
            return ServiceFile.running(store.dataDir());
        }
        DatabaseServiceLock.Holder holder = database.holder();
        if (!holder.held()) {
            return Optional.empty();
        }
        DatabaseServiceLock.Owner owner = holder.owner();
        if (owner == null) {
            throw new ServiceCallException("a service is starting on the store at " + database.where()
                    + " and has not said yet where its API answers: run the command again in a moment");
        }
        if (!owner.host().equals(DatabaseServiceLocks.thisHost())) {
            // its address is the one a command on its own machine reaches (loopback unless configured otherwise)
            throw new ServiceCallException("the service holding the store at " + database.where() + " runs on "
                    + owner.host() + " (pid " + owner.pid() + ", API at " + owner.baseUrl() + " there): run this command on "
                    + owner.host() + ", or use the API from here");
        }
        return Optional.of(new ServiceFile(owner.baseUrl(), owner.pid()));
    }
}
