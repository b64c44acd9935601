package io.tradewind.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What must hold of a service's store however often it was killed: checked on the rows that
 * {@code orders list --json}, {@code fills list --json} and {@code holds list --json} print, against
 * the paper venue's own tables and balances. Each check adds a line per violation to
 * {@link #problems()}, so one run reports everything it found.
 */
final class StoreInvariants {

    /** An instrument's assets and the fee rate a buy's hold reserves (the larger of maker and taker). */
    record Terms(String base, String quote, BigDecimal holdFee) {
    }

    private static final Set<String> LIVE = Set.of("new", "queued", "active", "partial");

    private final Map<String, Terms> instruments;
    private final Map<String, Map<String, BigDecimal>> initialBalances;
    private final List<JsonNode> orders;
    private final List<JsonNode> fills;
    private final List<JsonNode> holds;
    private final PaperTables venue;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param instruments     base and quote asset and the larger fee rate, by symbol
     * @param initialBalances the configured starting balances, by account and asset
     */
    StoreInvariants(Map<String, Terms> instruments, Map<String, Map<String, BigDecimal>> initialBalances,
            List<JsonNode> orders, List<JsonNode> fills, List<JsonNode> holds, PaperTables venue) {
        this.instruments = instruments;
        this.initialBalances = initialBalances;
        this.orders = orders;
        this.fills = fills;
        this.holds = holds;
        this.venue = venue;
    }

    /** What the checks run so far found, one line each. */
    List<String> problems() {
        return problems;
    }

    private void problem(String text) {
        problems.add(text);
    }

    private Map<String, JsonNode> ordersById() {
        Map<String, JsonNode> byId = new HashMap<>();
        orders.forEach(o -> byId.put(text(o, "client_order_id"), o));
        return byId;
    }

    /** No client order id stored twice, no trade recorded twice. */
    void nothingTwice() {
        Set<String> ids = new HashSet<>();
        orders.stream().map(o -> text(o, "client_order_id")).filter(id -> !ids.add(id))
                .forEach(id -> problem("order " + id + " is stored twice"));
        Set<String> trades = new HashSet<>();
        fills.stream().map(f -> text(f, "venue") + "/" + text(f, "trade_id")).filter(id -> !trades.add(id))
                .forEach(id -> problem("trade " + id + " is recorded twice"));
    }

    /**
     * No order lost: every order the log named, every order a fill belongs to and every order the
     * venue knows is stored; an order's filled quantity is the sum of its fills.
     */
    void noOrderLost(Collection<String> loggedOrderIds) {
        Map<String, JsonNode> byId = ordersById();
        new TreeMap<>(Map.of("the log", loggedOrderIds,
                "a fill", fills.stream().map(f -> text(f, "client_order_id")).toList(),
                "the venue", venue.clientOrders().stream().map(PaperTables.ClientOrder::clientOrderId).toList()))
                .forEach((source, ids) -> ids.stream().filter(id -> !byId.containsKey(id)).distinct()
                        .forEach(id -> problem("order " + id + " named by " + source + " is not in the store")));
        Map<String, BigDecimal> filledByFills = new HashMap<>();
        fills.forEach(f -> filledByFills.merge(text(f, "client_order_id"), decimal(f, "quantity"), BigDecimal::add));
        for (JsonNode order : orders) {
            String id = text(order, "client_order_id");
            BigDecimal fromFills = filledByFills.getOrDefault(id, BigDecimal.ZERO);
            if (decimal(order, "filled").compareTo(fromFills) != 0) {
                problem("order " + id + " says filled " + text(order, "filled") + " but its fills add up to "
                        + fromFills.toPlainString());
            }
        }
    }

    /**
     * The store agrees with the venue: each order the venue knows has the venue's status and
     * filled quantity; an order the venue never got is still {@code new} (its grace period not
     * over) or rejected; the venue's own trades are exactly the recorded fills.
     */
    void agreesWithVenue() {
        Map<String, JsonNode> byId = ordersById();
        Set<String> atVenue = new HashSet<>();
        for (PaperTables.ClientOrder known : venue.clientOrders()) {
            atVenue.add(known.clientOrderId());
            JsonNode stored = byId.get(known.clientOrderId());
            if (stored != null && (!text(stored, "status").equals(known.status())
                    || decimal(stored, "filled").compareTo(known.filled()) != 0)) {
                problem("order " + known.clientOrderId() + " is " + text(stored, "status") + " filled " + text(stored, "filled")
                        + " in the store but " + known.status() + " filled " + known.filled().toPlainString() + " at the venue");
            }
        }
        for (JsonNode order : orders) {
            String status = text(order, "status");
            if (!atVenue.contains(text(order, "client_order_id")) && !status.equals("new") && !status.equals("rejected")) {
                problem("order " + text(order, "client_order_id") + " is " + status + " but the venue never got it");
            }
        }
        Map<String, JsonNode> fillsByTrade = new HashMap<>();
        fills.forEach(f -> fillsByTrade.put(text(f, "wallet_id") + "/" + text(f, "trade_id"), f));
        Set<String> ownTrades = new HashSet<>();
        for (PaperTables.OwnTrade trade : venue.ownTrades()) {
            String key = trade.account() + "/" + trade.tradeId();
            ownTrades.add(key);
            JsonNode fill = fillsByTrade.get(key);
            if (fill == null) {
                problem("trade " + key + " of order " + trade.clientOrderId() + " at the venue is not recorded");
            } else if (!text(fill, "client_order_id").equals(trade.clientOrderId())
                    || decimal(fill, "price").compareTo(trade.price()) != 0
                    || decimal(fill, "quantity").compareTo(trade.quantity()) != 0
                    || decimal(fill, "fee").compareTo(trade.fee()) != 0 || !text(fill, "fee_asset").equals(trade.feeAsset())) {
                problem("trade " + key + " is recorded as " + fill + " but the venue has " + trade);
            }
        }
        fillsByTrade.keySet().stream().filter(key -> !ownTrades.contains(key))
                .forEach(key -> problem("fill " + key + " is recorded but the venue has no such trade"));
    }

    /**
     * Holds are what open orders need: one for each live order and none for any other, on the
     * asset the order spends; a limit order's hold is its remaining quantity (a sell) or the
     * remaining quantity at its price with the larger fee (a buy).
     */
    void holdsMatchLiveOrders() {
        Map<String, JsonNode> byId = ordersById();
        Set<String> held = new HashSet<>();
        for (JsonNode hold : holds) {
            String id = text(hold, "client_order_id");
            if (!held.add(id)) {
                problem("order " + id + " has two holds");
            }
            JsonNode order = byId.get(id);
            if (order == null || !LIVE.contains(text(order, "status"))) {
                problem("hold " + hold + " belongs to an order that is " + (order == null ? "not stored" : text(order, "status")));
                continue;
            }
            Terms terms = instruments.get(text(order, "symbol"));
            boolean buy = text(order, "side").equals("buy");
            String asset = buy ? terms.quote() : terms.base();
            BigDecimal remaining = decimal(order, "quantity").subtract(decimal(order, "filled"));
            BigDecimal expected = !buy ? remaining : order.path("price").isTextual()
                    ? remaining.multiply(decimal(order, "price")).multiply(BigDecimal.ONE.add(terms.holdFee())) : null;
            if (!text(hold, "asset").equals(asset) || expected != null && decimal(hold, "amount").compareTo(expected) != 0) {
                problem("hold " + hold + " of order " + order + " should be " + (expected == null ? "some" : expected.toPlainString())
                        + " " + asset);
            }
        }
        orders.stream().filter(o -> LIVE.contains(text(o, "status")) && !held.contains(text(o, "client_order_id")))
                .forEach(o -> problem("live order " + text(o, "client_order_id") + " (" + text(o, "status") + ") holds nothing"));
    }

    /**
     * What the venue holds for each account and asset is what the store holds for the orders the
     * venue acknowledged (an order still {@code new} may never have reached it), each rounded up
     * to the decimals the venue keeps the asset in, as the venue rounds its holds.
     */
    void holdsMatchVenue() {
        Map<String, Integer> scales = new HashMap<>();
        venue.balances().forEach(b -> scales.put(b.account() + "/" + b.asset(), b.scale()));
        Map<String, String> statusById = new HashMap<>();
        orders.forEach(o -> statusById.put(text(o, "client_order_id"), text(o, "status")));
        Map<String, BigDecimal> stored = new TreeMap<>();
        for (JsonNode hold : holds) {
            String status = statusById.get(text(hold, "client_order_id"));
            String key = text(hold, "wallet_id") + "/" + text(hold, "asset");
            if (status != null && !status.equals("new")) {
                BigDecimal amount = decimal(hold, "amount");
                Integer scale = scales.get(key);
                stored.merge(key, scale == null ? amount : amount.setScale(scale, RoundingMode.CEILING), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> atVenue = new TreeMap<>();
        venue.balances().forEach(b -> atVenue.put(b.account() + "/" + b.asset(), b.held()));
        Set<String> keys = new TreeSet<>(stored.keySet());
        keys.addAll(atVenue.keySet());
        for (String key : keys) {
            BigDecimal local = stored.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal remote = atVenue.getOrDefault(key, BigDecimal.ZERO);
            if (local.compareTo(remote) != 0) {
                problem("held " + key + ": the store's holds of acknowledged orders add up to " + local.toPlainString()
                        + ", the venue holds " + remote.toPlainString());
            }
        }
    }

    /**
     * Value is conserved in each paper account: for each asset, the starting balance plus what
     * the recorded fills bought or sold minus their fees is the venue's total; the venue's
     * balances are also what the running service reported ({@code apiTotals}, by account/asset).
     */
    void balancesConserved(Map<String, BigDecimal> apiTotals) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        initialBalances.forEach((account, assets) -> assets.forEach((asset, amount) -> expected.merge(account + "/" + asset,
                amount, BigDecimal::add)));
        for (JsonNode fill : fills) {
            Terms terms = instruments.get(text(fill, "symbol"));
            String account = text(fill, "wallet_id");
            BigDecimal quantity = decimal(fill, "quantity");
            BigDecimal notional = quantity.multiply(decimal(fill, "price"));
            boolean buy = text(fill, "side").equals("buy");
            expected.merge(account + "/" + terms.base(), buy ? quantity : quantity.negate(), BigDecimal::add);
            expected.merge(account + "/" + terms.quote(), buy ? notional.negate() : notional, BigDecimal::add);
            expected.merge(account + "/" + text(fill, "fee_asset"), decimal(fill, "fee").negate(), BigDecimal::add);
        }
        Map<String, BigDecimal> atVenue = new TreeMap<>();
        venue.balances().forEach(b -> atVenue.put(b.account() + "/" + b.asset(), b.total()));
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(atVenue.keySet());
        keys.addAll(apiTotals.keySet());
        for (String key : keys) {
            BigDecimal want = expected.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal venueTotal = atVenue.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal reported = apiTotals.getOrDefault(key, BigDecimal.ZERO);
            if (want.compareTo(venueTotal) != 0 || want.compareTo(reported) != 0) {
                problem("balance " + key + ": start plus fills minus fees is " + want.toPlainString() + ", the venue holds "
                        + venueTotal.toPlainString() + ", the service reported " + reported.toPlainString());
            }
        }
    }

    /**
     * The journal never took over an order or a trade that the venue had before the store did:
     * the write-ahead record is always first.
     */
    void writeAheadAlwaysFirst() {
        venue.journal().forEach((id, events) -> events.stream().map(PaperTables.JournalEvent::type)
                .filter(type -> type.equals("ADOPTED") || type.equals("ORPHAN_FILL"))
                .forEach(type -> problem("order " + id + ": the journal has " + type + ": " + events)));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field + " in " + node);
        }
        return value.asText();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(text(node, field));
    }
}
