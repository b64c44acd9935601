package io.tradewind.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.replay.ReplayRunner;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drives a simulated exchange through the public {@code sim replay} format and turns its events
 * into short strings that read like the domain: {@code "b1 active 0"},
 * {@code "trade 100000000 x 0.5 s1->b1 fees 50000/50000"}. Invariants are checked after every
 * event.
 */
final class ScenarioHarness {

    static final String BTC_IRR = "{\"op\":\"instrument\",\"symbol\":\"BTC-IRR\",\"base\":\"BTC\",\"quote\":\"IRR\","
            + "\"tick_size\":\"1000\",\"step_size\":\"0.0001\",\"min_quantity\":\"0.0001\",\"maker_fee\":\"0.001\",\"taker_fee\":\"0.001\"";

    private final ObjectMapper mapper = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final ReplayRunner runner;
    private final ExchangeInvariants invariants;
    private int consumed;

    ScenarioHarness(Supplier<OrderBook> books) {
        InvariantsHolder holder = new InvariantsHolder();
        runner = new ReplayRunner(books, out, holder);
        invariants = new ExchangeInvariants(runner.exchange());
        holder.target = invariants;
    }

    /** Forwards to the invariants once they exist (they need the runner's exchange). */
    private static final class InvariantsHolder implements ExchangeListener {
        ExchangeListener target = NONE;

        @Override
        public void onOrder(SimOrder order) {
            target.onOrder(order);
        }

        @Override
        public void onTrade(SimTrade trade) {
            target.onTrade(trade);
        }
    }

    /** Runs scenario lines and returns the events they produced, as short strings. */
    List<String> run(String... lines) {
        try {
            runner.run(new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        invariants.check();
        return newEvents();
    }

    /** The standard BTC-IRR instrument, with extra JSON fields appended (e.g. {@code ,"price_band":"0.1"}). */
    ScenarioHarness btcIrr(String extraFields) {
        run(BTC_IRR + extraFields + "}");
        return this;
    }

    ScenarioHarness account(String name, String balancesJson) {
        run("{\"op\":\"account\",\"account\":\"" + name + "\",\"balances\":" + balancesJson + "}");
        return this;
    }

    List<String> limit(String account, String uid, String side, String price, String quantity, String timeInForce) {
        return run("{\"op\":\"place\",\"account\":\"" + account + "\",\"uid\":\"" + uid + "\",\"symbol\":\"BTC-IRR\",\"side\":\""
                + side + "\",\"type\":\"limit\",\"price\":\"" + price + "\",\"quantity\":\"" + quantity
                + "\",\"time_in_force\":\"" + timeInForce + "\"}");
    }

    List<String> limit(String account, String uid, String side, String price, String quantity) {
        return limit(account, uid, side, price, quantity, "good-till-canceled");
    }

    /** A place command with free-form fields after the account, uid and symbol. */
    List<String> place(String account, String uid, String fields) {
        return run("{\"op\":\"place\",\"account\":\"" + account + "\",\"uid\":\"" + uid + "\",\"symbol\":\"BTC-IRR\"," + fields + "}");
    }

    List<String> cancel(String account, String uid) {
        return run("{\"op\":\"cancel\",\"account\":\"" + account + "\",\"uid\":\"" + uid + "\"}");
    }

    List<String> time(String instant) {
        return run("{\"op\":\"time\",\"at\":\"" + instant + "\"}");
    }

    /** {@code "available/held"} of one account's asset, from a snapshot event. */
    String balance(String account, String asset) {
        JsonNode balance = snapshot().path("accounts").path(account).path(asset);
        return balance.path("available").asText("0") + "/" + balance.path("held").asText("0");
    }

    String fees(String asset) {
        return snapshot().path("fees").path(asset).asText("0");
    }

    /** The book as {@code "bids [price x qty, ...] asks [...]"}. */
    String book() {
        JsonNode book = snapshot().path("books").path("BTC-IRR");
        return "bids " + levels(book.path("bids")) + " asks " + levels(book.path("asks"));
    }

    private static String levels(JsonNode levels) {
        List<String> out = new ArrayList<>();
        for (JsonNode level : levels) {
            out.add(level.get(0).asText() + " x " + level.get(1).asText());
        }
        return out.toString();
    }

    private JsonNode snapshot() {
        run("{\"op\":\"snapshot\"}");
        String all = out.toString();
        String last = all.substring(all.lastIndexOf("{\"event\":\"snapshot\""));
        try {
            return mapper.readTree(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SimulatedExchange exchange() {
        return runner.exchange();
    }

    /** Every JSON line written so far. */
    String output() {
        return out.toString();
    }

    private List<String> newEvents() {
        String all = out.toString();
        String fresh = all.substring(consumed);
        consumed = all.length();
        List<String> events = new ArrayList<>();
        for (String line : fresh.split("\n")) {
            if (!line.isBlank()) {
                events.add(shortForm(line));
            }
        }
        return events;
    }

    private String shortForm(String line) {
        try {
            JsonNode event = mapper.readTree(line);
            switch (event.path("event").asText()) {
                case "order" -> {
                    String reasons = event.path("rejection_reasons").isEmpty() ? ""
                            : " " + event.path("rejection_reasons").toString().replace("\"", "");
                    return event.path("uid").asText() + " " + event.path("status").asText() + " "
                            + event.path("filled").asText() + reasons;
                }
                case "trade" -> {
                    return "trade " + event.path("price").asText() + " x " + event.path("quantity").asText() + " "
                            + event.path("maker_uid").asText() + "->" + event.path("taker_uid").asText()
                            + " fees " + event.path("maker_fee").asText() + "/" + event.path("taker_fee").asText();
                }
                case "cancel_rejected" -> {
                    return event.path("uid").asText() + " cancel rejected: " + event.path("reason").asText();
                }
                default -> {
                    return event.path("event").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
