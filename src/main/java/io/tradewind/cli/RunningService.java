package io.tradewind.cli;

import io.tradewind.service.api.ServiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service running on this data directory, if any (see {@link ServiceFile}): commands that
 * read or change live state go through its API while it runs, and open the store only when none
 * does. Tokens come from the same variables the service reads: {@code TRADEWIND_API_TOKEN}, or
 * for reading only {@code TRADEWIND_API_READ_TOKEN}.
 */
@ApplicationScoped
public class RunningService {

    private final StoreLocation store;
    private final Optional<String> operatorToken;
    private final Optional<String> readToken;

    RunningService(StoreLocation store, @ConfigProperty(name = "tradewind.api.token") Optional<String> operatorToken,
            @ConfigProperty(name = "tradewind.api.read-token") Optional<String> readToken) {
        this.store = store;
        this.operatorToken = operatorToken;
        this.readToken = readToken;
    }

    Optional<ServiceClient> client() {
        return ServiceFile.running(store.dataDir()).map(file -> new ServiceClient(file, operatorToken, readToken));
    }
}
