package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code exchange VENUE ...} subcommand does around its one call: find the venue, open
 * its connector (at {@code --base-url} when given), refuse in one line what the venue cannot do,
 * and turn a failed call into one line and an exit code ({@link ExchangeFailures}).
 */
abstract class ExchangeSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ExchangeCommand exchange;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Call the venue at this URL instead of the configured one (a test server or a testnet).")
    String baseUrl;

    @Option(names = "--json", description = "Print JSON (our canonical records) instead of a table.")
    boolean json;

    final VenueRegistry registry;
    final JsonOutput output;

    ExchangeSubcommand(VenueRegistry registry, JsonOutput output) {
        this.registry = registry;
        this.output = output;
    }

    /** The capability the call needs. */
    abstract VenueCapability needs();

    /** What the venue cannot do without it, after "VENUE cannot", e.g. {@code list its markets}. */
    abstract String cannot();

    /** Makes the call and prints its answer; returns the exit code. */
    abstract int run(Venue venue, String id) throws VenueException;

    @Override
    public final Integer call() {
        String id = ExchangeVenues.id(exchange.venue, registry, spec);
        Venue venue = ExchangeVenues.open(registry, id, baseUrl, spec);
        PrintWriter err = spec.commandLine().getErr();
        if (!venue.can(needs())) {
            err.println("error: " + id + " cannot " + cannot());
            return ExitCode.VENUE_CANNOT;
        }
        try {
            return run(venue, id);
        } catch (VenueException e) {
            ExchangeFailures.Report report = orderId() == null ? ExchangeFailures.of(id, e)
                    : ExchangeFailures.of(id, e, orderId(), venue.knowsClientOrderIds());
            err.println("error: " + report.message());
            return report.exitCode();
        }
    }

    /** The client order id the command is about, to name in a hint to look it up; null when it is about none. */
    String orderId() {
        return null;
    }

    /** The account our orders and balances at the venue are kept under ({@code tradewind.venues.<venue>.account}). */
    String account(String id) {
        return registry.settings(id, null).account();
    }

    /**
     * Exit code 2, said in one line, when the venue cannot be asked about {@code clientOrderId}: it
     * does not know our client order ids and the id names none of its own ({@code venue:ID}); else
     * {@code null}. Answered "knows no such order" (exit code 4) without asking, a placement whose
     * answer was lost would read as never placed and be placed again.
     */
    Integer unaskable(Venue venue, String id, String clientOrderId) {
        if (venue.knowsClientOrderIds() || VenueOrder.venueIdIn(clientOrderId) != null) {
            return null;
        }
        spec.commandLine().getErr().println("error: " + id + " does not know our client order ids, so it cannot be asked"
                + " about '" + clientOrderId + "'; give the order's venue id as venue:ID ('exchange " + id
                + " orders' lists the open orders so)");
        return ExitCode.BAD_INPUT;
    }

    /** The venue's view of one order, or exit code 4 when it does not know the client order id. */
    int printOrder(Optional<VenueOrder> order, String id, String clientOrderId) {
        if (order.isEmpty()) {
            spec.commandLine().getErr().println("error: " + id + " knows no order with client order id '" + clientOrderId
                    + "' in account " + account(id) + "; 'exchange " + id + " orders' lists the open ones");
            return ExitCode.NOT_FOUND;
        }
        Map<String, Object> view = ExchangeViews.json(order.get());
        print(view, List.of(view), ExchangeViews.ORDER_COLUMNS);
        return ExitCode.OK;
    }

    /** JSON of {@code value} with {@code --json}, else the rows as a table. */
    void print(Object value, List<Map<String, Object>> rows, List<String> columns) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? output.write(value) + System.lineSeparator() : ExecutionViews.table(rows, columns));
        out.flush();
    }
}
