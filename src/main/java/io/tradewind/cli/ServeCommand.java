package io.tradewind.cli;

import io.quarkus.runtime.Quarkus;
import io.tradewind.execution.StoreException;
import io.tradewind.persistence.DatabaseServiceLock;
import io.tradewind.persistence.DatabaseServiceLocks;
import io.tradewind.persistence.StoreHousekeeping;
import io.tradewind.runtime.ServiceConfig;
import io.tradewind.runtime.ServiceConfigException;
import io.tradewind.runtime.ServiceNotifications;
import io.tradewind.runtime.StartAbandonedException;
import io.tradewind.runtime.TradingService;
import io.tradewind.service.ServiceStarted;
import io.tradewind.service.api.ApiTokens;
import io.tradewind.service.api.ServiceFile;
import io.tradewind.service.api.ServiceFileWriter;
import io.tradewind.service.api.SharedTokens;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the long-running service. Starts the configured strategy instances, the HTTP API
 * and the scheduler, and runs until SIGTERM or Ctrl-C; then stops scheduling, lets running ticks
 * finish and closes the store, and exits with 143 (130 after Ctrl-C). A signal during start-up stops
 * it at start-up's next step (see {@link StopSignals}). A configuration that cannot run stops it at
 * once with one line naming the property (exit code 2).
 */
@Command(name = "serve", description = {
        "Run the strategy instances configured under tradewind.strategies (paper trading on replayed candles) with the"
                + " HTTP API, until SIGTERM or Ctrl-C.",
        "Example: serve --config deploy/demo.properties"})
public class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    final TradingService service;
    final ServiceNotifications notifications;
    final StoreErrors storeErrors;
    final StoreLocation store;
    final DatabaseServiceLocks database;
    final Optional<String> operatorToken;
    final Optional<String> readToken;
    final ServiceConfig.OrdersApi ordersApi;
    final int port;
    final ServiceFileWriter serviceFile;
    final Event<ServiceStarted> started;
    /** Only in a build whose store is H2. */
    final Instance<StoreHousekeeping> housekeeping;

    ServeCommand(TradingService service, ServiceNotifications notifications, StoreErrors storeErrors,
            StoreLocation store, DatabaseServiceLocks database,
            @ConfigProperty(name = "tradewind.api.token") Optional<String> operatorToken,
            @ConfigProperty(name = "tradewind.api.read-token") Optional<String> readToken, ServiceConfig.OrdersApi ordersApi,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port, ServiceFileWriter serviceFile,
            Event<ServiceStarted> started, Instance<StoreHousekeeping> housekeeping) {
        this.service = service;
        this.notifications = notifications;
        this.storeErrors = storeErrors;
        this.store = store;
        this.database = database;
        this.operatorToken = operatorToken;
        this.readToken = readToken;
        this.ordersApi = ordersApi;
        this.port = port;
        this.serviceFile = serviceFile;
        this.started = started;
        this.housekeeping = housekeeping;
    }

    /** Every token the service takes, by the variable or setting that holds it (read here: --help builds no beans). */
    private Map<String, Optional<String>> tokens() {
        Map<String, Optional<String>> tokens = new LinkedHashMap<>();
        tokens.put(ApiTokens.OPERATOR_ENV, operatorToken);
        tokens.put(ApiTokens.READ_ENV, readToken);
        new TreeMap<>(ordersApi.users()).forEach((name, user) -> tokens.put("tradewind.orders-api.users." + name + ".token",
                user.token()));
        return tokens;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> badTokens = SharedTokens.refusal(tokens());
        if (badTokens.isPresent()) {
            err.println("error: " + badTokens.get());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        try (StoreLocation.StoreLock serving = store.lockForServing()) {
            if (serving == null) {
                err.println("error: " + anotherService());
                err.flush();
                return ExitCode.STORE_UNAVAILABLE;
            }
            Optional<DatabaseServiceLock> claimed = database.apply() ? database.tryTake() : Optional.empty();
            if (database.apply() && claimed.isEmpty()) {
                err.println("error: " + anotherServiceOnTheDatabase());
                err.flush();
                return ExitCode.STORE_UNAVAILABLE;
            }
            try (DatabaseServiceLock held = claimed.orElse(null)) {
                ServiceFile thisProcess = serviceFile.thisProcess();
                if (held != null) {
                    held.announce(new DatabaseServiceLock.Owner(thisProcess.baseUrl(), thisProcess.pid(),
                            DatabaseServiceLocks.thisHost()));
                }
                serviceFile.announce(thisProcess);
                try {
                    return serve(err);
                } finally {
                    serviceFile.withdraw(thisProcess);
                }
            }
        } catch (StoreException e) {
            int code = storeErrors.report(e, err);
            err.flush();
            return code;
        }
    }

    private String anotherService() {
        String which = ServiceFile.running(store.dataDir())
                .map(running -> " (pid " + running.pid() + ", API at " + running.baseUrl() + ")").orElse("");
        return "another service already runs on the store in " + store.dataDir() + which + ": stop it first, or give"
                + " this one its own store with -Dtradewind.data-dir=DIR before -jar (or TRADEWIND_DATA_DIR)";
    }

    /** On PostgreSQL, services with other data directories (or machines) share the store: the database tells. */
    private String anotherServiceOnTheDatabase() {
        return "another service already runs on the store at " + database.where()
                + DatabaseServiceLock.Owner.inParentheses(database.holder().owner()) + ": stop it first, or give"
                + " this one its own database with TRADEWIND_DB_URL";
    }


    private int serve(PrintWriter err) {
        StopSignals signals = StopSignals.current();
        signals.onStop(this::requestStop);
        try {
            notifications.check();
            service.start();
            notifications.start();
        } catch (StartAbandonedException e) {
            service.stop();
            err.println("stopped by " + signals.signalName() + " during start-up (" + e.getMessage() + ")");
            err.flush();
            return signals.exitCode(ExitCode.OK);
        } catch (ServiceConfigException e) {
            e.getMessage().lines().forEach(problem -> err.println("error: " + problem));
            err.flush();
            service.stop();
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            int code = storeErrors.report(e, err);
            err.flush();
            service.stop();
            return code;
        }
        err.println("Tradewind is running: " + service.instances().size() + " strategy instance(s), API at http://localhost:"
                + port + "/api (OpenAPI at /q/openapi). Stop it with Ctrl-C or SIGTERM.");
        err.flush();
        startHousekeeping();
        started.fire(new ServiceStarted());
        Quarkus.waitForExit();
        housekeeping.forEach(StoreHousekeeping::stop);
        service.stop();
        notifications.stop();
        if (database.lost() != null) {
            err.println("error: " + database.lost());
            err.flush();
            return ExitCode.STORE_UNAVAILABLE;
        }
        return signals.exitCode(ExitCode.OK);
    }

    /** The store's upkeep is no reason to stop a service that trades: a failure to start it is said, and the service runs. */
    private void startHousekeeping() {
        try {
            housekeeping.forEach(StoreHousekeeping::start);
        } catch (RuntimeException e) {
            LOG.warnf("the store file will not be compacted as the service runs (%s): it grows faster until the next"
                    + " start compacts it", e.toString());
        }
    }

    /** The first stop signal: start-up gives up at its next step, and a running service leaves {@link Quarkus#waitForExit()}. */
    private void requestStop() {
        service.requestStop();
        Quarkus.asyncExit();
    }
}
