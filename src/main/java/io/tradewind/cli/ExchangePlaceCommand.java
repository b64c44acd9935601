package io.tradewind.cli;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code exchange VENUE place SYMBOL}: one order, straight to the venue, bypassing the execution
 * service and the local store. A real venue trades it for real, so nothing is sent without
 * {@code --yes}: without it the order is only described (exit code 2). The client order id is
 * printed before the order is sent, so an order whose answer is lost can be looked up.
 */
@Command(name = "place", description = {
        "Place one order at the venue directly (not through the execution service; the local store does not see it).",
        "It is a real order: without --yes nothing is sent, the order is only described, and the exit code is 2.",
        "Exit code 8 when the venue rejects it (with its reasons); 7 when no answer came: look it up with 'status'."})
class ExchangePlaceCommand extends ExchangeSubcommand {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    @Option(names = "--side", required = true, paramLabel = "SIDE", description = "buy or sell.")
    String side;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "limit, market, stop-limit or stop-market.")
    String type;

    @Option(names = "--quantity", paramLabel = "QTY", description = "Base quantity, e.g. 0.001.")
    String quantity;

    @Option(names = "--total-price", paramLabel = "AMOUNT", description = "For a market buy instead of --quantity:"
            + " the quote amount to spend (TopArz sizes market buys only this way).")
    String totalPrice;

    @Option(names = "--price", paramLabel = "PRICE", description = "Limit price; required for limit and stop-limit.")
    String price;

    @Option(names = "--stop-price", paramLabel = "PRICE", description = "Trigger price; required for stop orders.")
    String stopPrice;

    @Option(names = "--time-in-force", paramLabel = "TIF", description = "good-till-canceled, immediate-or-cancel,"
            + " fill-or-kill or all-or-none (default: good-till-canceled, immediate-or-cancel for market types).")
    String timeInForce;

    @Option(names = "--client-id", paramLabel = "ID", description = "Our client order id (default: a new one, printed).")
    String clientId;

    @Option(names = "--yes", description = "Send the order. Without it nothing is sent.")
    boolean yes;

    ExchangePlaceCommand(VenueRegistry registry, JsonOutput output) {
        super(registry, output);
    }

    @Override
    VenueCapability needs() {
        return VenueCapability.PLACE;
    }

    @Override
    String cannot() {
        return "place orders";
    }

    @Override
    int run(Venue venue, String id) throws VenueException {
        PrintWriter err = spec.commandLine().getErr();
        OrderType orderType = parse(() -> OrderType.fromWire(type), "--type");
        if (orderType.needsStopPrice() && !venue.can(VenueCapability.STOP_ORDERS)) {
            err.println("error: " + id + " cannot place stop orders");
            return ExitCode.VENUE_CANNOT;
        }
        request(orderType, symbol, account(id)); // bad options are told before the venue is asked anything
        OrderRequest request = request(orderType, ExchangeVenues.symbol(venue, id, symbol, spec), account(id));
        if (!yes) {
            err.println("error: not sent: " + describe(request, id) + ". It would be a real order; add --yes to send it.");
            return ExitCode.BAD_INPUT;
        }
        err.println("sending " + describe(request, id));
        err.flush();
        VenueOrder answer;
        try {
            answer = venue.place(request);
        } catch (VenueException e) {
            ExchangeFailures.Report report = ExchangeFailures.of(id, e, request.uid(), venue.knowsClientOrderIds());
            err.println("error: " + report.message());
            return report.exitCode();
        }
        print(ExchangeViews.json(answer), List.of(ExchangeViews.json(answer)), ExchangeViews.ORDER_COLUMNS);
        if (answer.status() == OrderStatus.REJECTED) {
            err.println("error: " + id + " rejected order " + answer.clientOrderId() + ": " + (answer.rejectionReasons()
                    .isEmpty() ? "no reason given" : answer.rejectionReasons().stream().map(RejectionReason::wireName)
                    .collect(Collectors.joining(", "))));
            return ExitCode.VENUE_REFUSED;
        }
        return ExitCode.OK;
    }

    private OrderRequest request(OrderType orderType, String market, String account) {
        Side orderSide = parse(() -> Side.fromWire(side), "--side");
        TimeInForce tif = timeInForce == null ? null : parse(() -> TimeInForce.fromWire(timeInForce), "--time-in-force");
        boolean quoteSized = orderType == OrderType.MARKET && orderSide == Side.BUY;
        if (totalPrice != null && !quoteSized) {
            throw new ParameterException(spec.commandLine(), "--total-price sizes only a market buy; give --quantity");
        }
        if ((quantity == null) == (totalPrice == null)) {
            throw new ParameterException(spec.commandLine(), quantity == null
                    ? "give the order's size: --quantity" + (quoteSized ? " (or --total-price, the quote amount to spend)" : "")
                    : "give either --quantity or --total-price, not both");
        }
        BigDecimal qty = quantity == null ? null : parse(() -> Decimals.parsePositive(quantity, "quantity"), "--quantity");
        BigDecimal total = totalPrice == null ? null
                : parse(() -> Decimals.parsePositive(totalPrice, "total-price"), "--total-price");
        BigDecimal limit = amount(price, "--price", orderType.needsPrice(), orderType);
        BigDecimal stop = amount(stopPrice, "--stop-price", orderType.needsStopPrice(), orderType);
        String uid = clientId != null ? clientId : newClientId();
        return parse(() -> new OrderRequest(uid, account, market, orderSide, orderType, limit, qty, total, stop, tif, null),
                "order");
    }

    private BigDecimal amount(String text, String option, boolean needed, OrderType orderType) {
        if (text == null) {
            if (needed) {
                throw new ParameterException(spec.commandLine(), "a " + orderType.wireName() + " order needs " + option);
            }
            return null;
        }
        if (!needed) {
            throw new ParameterException(spec.commandLine(), "a " + orderType.wireName() + " order takes no " + option);
        }
        return parse(() -> Decimals.parsePositive(text, option.substring(2)), option);
    }

    private <T> T parse(Supplier<T> parser, String option) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    /**
     * One line about the order, e.g. {@code buy limit 0.5 BTC-IRT at 1000 on nobitex (account main, client order id c1)},
     * or {@code buy market BTC-TMN for 5000000 quote …} for a market buy sized by what it spends.
     */
    static String describe(OrderRequest r, String venue) {
        String size = r.quantity() != null ? Decimals.format(r.quantity()) + " " + r.symbol()
                : r.symbol() + " for " + Decimals.format(r.totalPrice()) + " quote";
        return r.side().wireName() + " " + r.type().wireName() + " " + size
                + (r.price() == null ? "" : " at " + Decimals.format(r.price()))
                + (r.stopPrice() == null ? "" : " when the last price reaches " + Decimals.format(r.stopPrice()))
                + " " + r.timeInForce().wireName() + " on " + venue + " (account " + r.account() + ", client order id "
                + r.uid() + ")";
    }

    /** A client order id of this terminal session: {@code cli}, the time in milliseconds and a random suffix, base 36. */
    static String newClientId() {
        return "cli" + Long.toString(System.currentTimeMillis(), 36) + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toLowerCase(Locale.ROOT);
    }
}
