package io.tradewind.cli;

import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.OfflineGateway;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.StoreException;
import io.tradewind.service.api.OrdersResource;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orders list|show|cancel}: the orders in the local store; {@code list} and {@code cancel}
 * go through the running service's API while one owns the store (see {@link RunningService}).
 */
@Command(name = "orders", description = "Orders in the local store.",
        subcommands = {OrdersCommand.ListOrders.class, OrdersCommand.ShowOrder.class, OrdersCommand.CancelOrder.class})
public class OrdersCommand {

    @Command(name = "list", description = "List the latest orders, oldest first.")
    static class ListOrders extends StoreListCommand {

        /** The most orders one list shows, as the service's API answers at most. */
        static final int MAX_LIMIT = OrdersResource.MAX_LIMIT;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only orders in this status: new, queued, rejected, active, partial, filled, cancelled, expired.")
        String status;

        @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only orders in this symbol, e.g. BTC-IRR.")
        String symbol;

        @Option(names = "--limit", defaultValue = "1000", paramLabel = "N",
                description = "At most the latest N orders, 1 to 100000 (default: ${DEFAULT-VALUE}); older ones left out are said.")
        int limit;

        final RunningService running;

        ListOrders(ExecutionStore store, StoreLocation location, StoreErrors errors, JsonOutput output,
                RunningService running) {
            super(store, location, errors, output);
            this.running = running;
        }

        /** From the running service when there is one: it owns the store. */
        @Override
        List<Map<String, Object>> rows() {
            OrderStatus wanted = parseStatus();
            if (symbol != null && symbol.isBlank()) {
                // a script's empty $SYMBOL: refused as the service's API refuses it, not an empty list
                throw new ParameterException(spec.commandLine(), "--symbol is empty: give a symbol such as BTC-IRR, or"
                        + " leave --symbol out for every order");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new ParameterException(spec.commandLine(), "--limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
            }
            // one more than shown: whether older orders were left out
            int asked = Math.min(limit + 1, MAX_LIMIT);
            Optional<ServiceClient> service = running.client();
            List<Map<String, Object>> rows;
            if (service.isPresent()) {
                String query = (wanted == null ? "" : "&status=" + wanted.wireName())
                        + (symbol == null ? "" : "&symbol=" + ServiceClient.encode(symbol)) + "&limit=" + asked;
                rows = ServiceClient.rows(service.get().get("/api/orders" + query.replaceFirst("^&", "?")).body());
            } else {
                rows = fromStore(() -> store.latestOrders(new OrderQuery(null, wanted, symbol, null), asked)).stream()
                        .map(ExecutionViews::json).toList();
            }
            if (limit == MAX_LIMIT && rows.size() == MAX_LIMIT) {
                // one more than the most cannot be asked: whether older ones exist is unknown
                spec.commandLine().getErr().printf(Locale.ROOT, "note: the latest %,d orders, the most one list shows;"
                        + " older ones may be left out%n", MAX_LIMIT);
            }
            if (rows.size() <= limit) {
                return rows;
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "note: the latest %,d %s; older ones are left out (--limit"
                    + " up to %,d shows more)%n", limit, limit == 1 ? "order" : "orders", MAX_LIMIT);
            return rows.subList(rows.size() - limit, rows.size());
        }

        @Override
        List<String> columns() {
            return ExecutionViews.ORDER_COLUMNS;
        }

        private OrderStatus parseStatus() {
            if (status == null) {
                return null;
            }
            try {
                return OrderStatus.fromWire(status);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--status: " + e.getMessage());
            }
        }
    }

    @Command(name = "show", description = "Show one order with its fills and its event journal.")
    static class ShowOrder implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigFileOption config;

        @Parameters(paramLabel = "CLIENT_ORDER_ID", description = "The client order id (first column of 'orders list').")
        String uid;

        final ExecutionStore store;
        final StoreLocation location;
        final StoreErrors errors;
        final JsonOutput output;

        ShowOrder(ExecutionStore store, StoreLocation location, StoreErrors errors, JsonOutput output) {
            this.store = store;
            this.location = location;
            this.errors = errors;
            this.output = output;
        }

        @Override
        public Integer call() {
            checkClientOrderId(spec, uid);
            try {
                // no store there yet: nothing to find, and looking would create an empty one
                OrderRecord order = location.exists() ? store.findOrder(uid).orElse(null) : null;
                if (order == null) {
                    return notFound(spec, uid, errors);
                }
                Map<String, Object> view = new LinkedHashMap<>(ExecutionViews.json(order));
                view.put("trades", store.fillsOf(uid).stream().map(ExecutionViews::json).toList());
                view.put("events", store.events(uid).stream().map(ExecutionViews::json).toList());
                spec.commandLine().getOut().println(output.write(view));
                return 0;
            } catch (StoreException e) {
                return errors.report(e, spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "cancel", description = "Ask for an order to be cancelled. While a service runs, through its API"
            + " (needs TRADEWIND_API_TOKEN); otherwise the request is recorded in the store and the execution service"
            + " sends the cancel to the venue when it next reconciles.")
    static class CancelOrder implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigFileOption config;

        @Parameters(paramLabel = "CLIENT_ORDER_ID", description = "The client order id (first column of 'orders list').")
        String uid;

        final ExecutionStore store;
        final StoreLocation location;
        final StoreErrors errors;
        final RunningService running;

        CancelOrder(ExecutionStore store, StoreLocation location, StoreErrors errors, RunningService running) {
            this.store = store;
            this.location = location;
            this.errors = errors;
            this.running = running;
        }

        @Override
        public Integer call() {
            checkClientOrderId(spec, uid);
            PrintWriter out = spec.commandLine().getOut();
            Optional<ServiceClient> service = running.client();
            if (service.isPresent()) {
                return cancelThrough(service.get(), out);
            }
            try {
                // no store there yet (a mistyped data directory): nothing to cancel, and looking would create one
                OrderRecord order = location.exists() ? store.findOrder(uid).orElse(null) : null;
                if (order == null) {
                    return notFound(spec, uid, errors);
                }
                if (!order.holdsFunds()) {
                    out.println("order " + uid + " is already " + order.status().wireName() + "; nothing to cancel");
                    return 0;
                }
                if (order.cancelRequested()) {
                    out.println("cancel of order " + uid + " was already requested; it is sent at the next reconciliation");
                    return 0;
                }
                offline(order, store).requestCancel(uid, "from the command line");
                out.println("cancel of order " + uid + " (" + order.status().wireName() + ") requested;"
                        + " the execution service sends it to " + order.venue() + " at its next reconciliation");
                return 0;
            } catch (StoreException e) {
                return errors.report(e, spec.commandLine().getErr());
            }
        }

        /** Asks the running service, which owns the store, to cancel the order. */
        private int cancelThrough(ServiceClient service, PrintWriter out) {
            ServiceClient.Answer answer = service.post("/api/orders/" + ServiceClient.encode(uid) + "/cancel");
            if (!answer.found()) {
                spec.commandLine().getErr().println("error: no order with client order id '" + uid + "' in the service at "
                        + service.baseUrl() + ". List the orders with 'orders list'.");
                return ExitCode.NOT_FOUND;
            }
            if (answer.status() == 409) {
                out.println(ServiceClient.message(answer.body())); // no longer open: as without a service, nothing to do
                return 0;
            }
            out.println("cancel of order " + uid + " (" + answer.body().path("status").asText() + ") requested through the"
                    + " service at " + service.baseUrl());
            return 0;
        }
    }

    /**
     * The execution service over the local store, without a venue connection: it records the
     * request as the service would, and the service trading {@code order}'s venue sends it.
     */
    static ExecutionService offline(OrderRecord order, ExecutionStore store) {
        return new ExecutionService(new OfflineGateway(order.venue()), store, Map.of(), RiskConfig.none(),
                new ExecutionSettings(Set.of(order.account()), NOT_PLACED_GRACE, Clock.systemUTC(), () -> {
                    throw new IllegalStateException("the command line places no orders");
                }));
    }

    /** Unused by a service that only records requests; the service's default. */
    private static final Duration NOT_PLACED_GRACE = Duration.ofSeconds(30);

    /**
     * Refuses what cannot be a client order id, as bad input: an empty one was "not found", and one
     * longer than the URL a service takes was a 414 reported as the service being unavailable.
     */
    private static void checkClientOrderId(CommandSpec spec, String uid) {
        if (uid.isBlank()) {
            throw new ParameterException(spec.commandLine(), "CLIENT_ORDER_ID is empty: give the first column of 'orders list'");
        }
        if (uid.length() > ExecutionStore.LONGEST_CLIENT_ORDER_ID) {
            throw new ParameterException(spec.commandLine(), "CLIENT_ORDER_ID is " + uid.length() + " characters long; a"
                    + " client order id has at most " + ExecutionStore.LONGEST_CLIENT_ORDER_ID + " (the first column of 'orders list')");
        }
    }

    static int notFound(CommandSpec spec, String uid, StoreErrors errors) {
        spec.commandLine().getErr().println("error: no order with client order id '" + uid + "' in the store in "
                + errors.dataDir() + ". List the orders with 'orders list'.");
        return ExitCode.NOT_FOUND;
    }
}
