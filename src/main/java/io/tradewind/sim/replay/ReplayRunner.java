package io.tradewind.sim.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.OrderTranslation;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a scenario of order commands (JSON lines, see README "sim replay") through a simulated
 * exchange and writes its events as JSON lines. A line that cannot be run stops the replay with a
 * {@link ReplayException} naming the line; business outcomes (a rejected order, a cancel of an
 * order that already filled) are events, not errors.
 */
public final class ReplayRunner {

    /** What a lenient UTF-8 decoder puts in place of bytes that are not UTF-8 (see {@link #run}). */
    private static final char NOT_UTF_8 = '\uFFFD';
    /** The location Jackson appends to its messages; the runner says line and column itself. */
    /** The tail of Jackson's duplicate-key complaint, which names its own setting rather than the problem. */
    private static final Pattern JACKSON_DUPLICATE = Pattern.compile(" for `ObjectNode`: not allowed when .*$");
    private static final Pattern JACKSON_TRAILING = Pattern.compile("^Trailing token .*$");
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*\\(?(start marker at )?\\[Source:[^\\]]*\\]\\)?");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("op", "account", "balances");
    private static final Set<String> PLACE_FIELDS = Set.of("op", "account", "uid", "symbol", "side", "type",
            "price", "quantity", "total_price", "stop_price", "time_in_force", "expire_at");
    private static final Set<String> CANCEL_FIELDS = Set.of("op", "account", "uid");
    private static final Set<String> TIME_FIELDS = Set.of("op", "at");
    private static final Set<String> SNAPSHOT_FIELDS = Set.of("op");

    /** What the replay remembers of every uid it has seen: enough to answer cancels after the order ended. */
    private static final class PlacedOrder {
        final long id;
        final String account;
        String lastStatus;

        PlacedOrder(long id, String account) {
            this.id = id;
            this.account = account;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // one command a line: a second object after the first was dropped without a word
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonEventWriter events;
    private final SimulatedExchange exchange;
    private final Map<String, PlacedOrder> orders = new HashMap<>();
    private final Map<String, Set<String>> assetsGiven = new HashMap<>();
    private final PlaceOrder request = new PlaceOrder();
    private long nextOrderId = 1;

    public ReplayRunner(Supplier<OrderBook> books, Writer out) {
        this(books, out, ExchangeListener.NONE);
    }

    /**
     * @param observer sees every event after it was written, while the exchange is between two
     *                 steps (tests check invariants there)
     */
    public ReplayRunner(Supplier<OrderBook> books, Writer out, ExchangeListener observer) {
        this.events = new JsonEventWriter(out);
        this.exchange = new SimulatedExchange(books, new StatusTracking(events, observer));
    }

    /** Remembers each order's last status for later cancels, writes the event, then shows it to the observer. */
    private final class StatusTracking implements ExchangeListener {
        private final JsonEventWriter writer;
        private final ExchangeListener observer;

        StatusTracking(JsonEventWriter writer, ExchangeListener observer) {
            this.writer = writer;
            this.observer = observer;
        }

        @Override
        public void onOrder(SimOrder order) {
            orders.get(order.uid()).lastStatus = order.status().wireName();
            writer.onOrder(order);
            observer.onOrder(order);
        }

        @Override
        public void onTrade(SimTrade trade) {
            writer.onTrade(trade);
            observer.onTrade(trade);
        }
    }

    /**
     * Runs every line of {@code scenario}. Blank lines and lines starting with {@code #} are
     * skipped. A line holding U+FFFD, which a lenient UTF-8 decoder puts in place of bad bytes, is
     * refused as not UTF-8, so that the error names the line.
     *
     * @return how many commands ran (blank lines and comments are none)
     * @throws ReplayException on the first line that cannot be run
     */
    public long run(Reader scenario) throws IOException {
        BufferedReader lines = new BufferedReader(scenario);
        String line;
        long number = 0;
        long commands = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.indexOf(NOT_UTF_8) >= 0) {
                throw new ReplayException(number, "not UTF-8 text; save the scenario as UTF-8");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                runLine(trimmed);
            } catch (IllegalArgumentException e) {
                throw new ReplayException(number, e.getMessage());
            }
            commands++;
        }
        return commands;
    }

    public SimulatedExchange exchange() {
        return exchange;
    }

    /**
     * Jackson's complaint and its column, without the parser's own location dump. Some complaints
     * (a line nested past the parser's depth limit) come without a location.
     */
    private static String jsonProblem(JsonProcessingException e) {
        String reason = JACKSON_SOURCE.matcher(e.getOriginalMessage()).replaceAll("").lines().findFirst().orElse("").strip();
        reason = JACKSON_DUPLICATE.matcher(reason).replaceFirst("; give each field once");
        reason = JACKSON_TRAILING.matcher(reason).replaceFirst("more follows the command's object: give one command a line");
        return e.getLocation() == null ? "not valid JSON: " + reason
                : "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + reason;
    }

    private void runLine(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(jsonProblem(e));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object such as {\"op\":\"place\",...}");
        }
        JsonNode op = node.get("op");
        if (op == null || !op.isTextual()) {
            throw new IllegalArgumentException("field 'op' is missing (one of instrument, account, place, cancel, time, snapshot)");
        }
        switch (op.asText()) {
            case "instrument" -> exchange.addInstrument(
                    InstrumentFields.read(new CommandFields(node, "instrument", InstrumentFields.FIELDS)));
            case "account" -> account(new CommandFields(node, "account", ACCOUNT_FIELDS));
            case "place" -> place(new CommandFields(node, "place", PLACE_FIELDS));
            case "cancel" -> cancel(new CommandFields(node, "cancel", CANCEL_FIELDS));
            case "time" -> exchange.advanceTime(new CommandFields(node, "time", TIME_FIELDS).instant("at"));
            case "snapshot" -> {
                new CommandFields(node, "snapshot", SNAPSHOT_FIELDS);
                events.snapshot(exchange, assetsGiven);
            }
            default -> throw new IllegalArgumentException("unknown op '" + op.asText()
                    + "' (one of instrument, account, place, cancel, time, snapshot)");
        }
    }

    private void account(CommandFields fields) {
        String name = fields.text("account");
        JsonNode balances = fields.node("balances");
        if (balances != null && !balances.isNull() && !balances.isObject()) {
            throw new IllegalArgumentException("account: balances must be an object such as {\"BTC\":\"1.5\"}");
        }
        SimAccount account = exchange.openAccount(name);
        Set<String> given = assetsGiven.computeIfAbsent(name, n -> new LinkedHashSet<>());
        if (balances != null && balances.isObject()) {
            CommandFields amounts = new CommandFields(balances, "account balances", allNames(balances));
            balances.fieldNames().forEachRemaining(asset -> {
                BigDecimal amount = amounts.decimal(asset);
                exchange.deposit(account, asset, amount);
                given.add(asset);
            });
        }
    }

    private static Set<String> allNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void place(CommandFields fields) {
        String uid = fields.text("uid");
        if (orders.containsKey(uid)) {
            throw new IllegalArgumentException("place: uid '" + uid + "' was already used; every order needs its own uid");
        }
        SimAccount account = requireAccount(fields.text("account"), "place");
        String symbol = fields.text("symbol");
        Market market = exchange.market(symbol);
        if (market == null) {
            throw new IllegalArgumentException("place: unknown symbol '" + symbol + "'; declare it with an instrument line first");
        }
        Side side = Side.fromWire(fields.text("side"));
        OrderType type = OrderType.fromWire(fields.text("type"));
        if (fields.has("price") && !type.needsPrice()) {
            throw new IllegalArgumentException("place: a " + type.wireName() + " order takes no price");
        }
        if (fields.has("stop_price") && !type.needsStopPrice()) {
            throw new IllegalArgumentException("place: a " + type.wireName() + " order takes no stop_price");
        }
        OrderRequest order = new OrderRequest(uid, account.name(), symbol, side, type,
                fields.optionalPositiveDecimal("price"),
                fields.has("total_price") ? fields.optionalPositiveDecimal("quantity") : fields.positiveDecimal("quantity"),
                fields.optionalPositiveDecimal("total_price"), fields.optionalPositiveDecimal("stop_price"),
                fields.has("time_in_force") ? TimeInForce.fromWire(fields.text("time_in_force")) : null,
                fields.optionalInstant("expire_at"));
        OrderTranslation.translate(order, nextOrderId, account, market, request);
        orders.put(uid, new PlacedOrder(nextOrderId++, account.name()));
        exchange.place(request);
    }

    private void cancel(CommandFields fields) {
        String uid = fields.text("uid");
        String accountName = fields.text("account");
        requireAccount(accountName, "cancel");
        PlacedOrder placed = orders.get(uid);
        if (placed == null) {
            events.cancelRejected(uid, "no order with uid " + uid);
        } else if (!placed.account.equals(accountName)) {
            events.cancelRejected(uid, "order " + uid + " belongs to another account");
        } else if (!exchange.cancel(placed.id)) {
            events.cancelRejected(uid, "order " + uid + " is " + placed.lastStatus + " and cannot be cancelled");
        }
    }

    private SimAccount requireAccount(String name, String op) {
        SimAccount account = exchange.account(name);
        if (account == null) {
            throw new IllegalArgumentException(op + ": unknown account '" + name + "'; declare it with an account line first");
        }
        return account;
    }
}
