package io.tradewind.exchange.nami;

import static io.tradewind.exchange.nami.NamiJson.decimal;
import static io.tradewind.exchange.nami.NamiJson.field;
import static io.tradewind.exchange.nami.NamiJson.requiredDecimal;
import static io.tradewind.exchange.nami.NamiJson.requiredText;
import static io.tradewind.exchange.nami.NamiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.VenueTimes;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Nami account answers to domain types and our requests to Nami's parameters: pure functions,
 * tested against the seed's order and the examples built on it.
 */
final class NamiAccountAdapters {

    /** Enough digits for an average price: exact where the division ends, else 34 significant digits. */
    private static final MathContext AVERAGE = MathContext.DECIMAL128;

    private NamiAccountAdapters() {
    }

    /**
     * The order's parameters in send order (the order of the documented test vector: symbol, side,
     * type, quantity, price), then {@code stopPrice} for a stop-limit; a market order says
     * {@code useQuoteQty} and, sized by the quote amount to spend, {@code quoteOrderQty} instead of
     * {@code quantity}.
     */
    static Map<String, Object> placeParams(OrderRequest request, String wireSymbol) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("symbol", wireSymbol);
        params.put("side", request.side() == Side.BUY ? "BUY" : "SELL");
        params.put("type", switch (request.type()) {
            case LIMIT -> "LIMIT";
            case MARKET -> "MARKET";
            case STOP_LIMIT -> "STOP_LIMIT";
            case STOP_MARKET -> throw new IllegalArgumentException("nami has no stop-market orders");
        });
        if (request.quantity() != null) {
            params.put("quantity", stripped(request.quantity()));
        }
        if (request.type() != OrderType.MARKET) {
            params.put("price", stripped(request.price()));
        }
        if (request.type() == OrderType.STOP_LIMIT) {
            params.put("stopPrice", stripped(request.stopPrice()));
        }
        if (request.type() == OrderType.MARKET) {
            params.put("useQuoteQty", request.totalPrice() != null);
            if (request.totalPrice() != null) {
                params.put("quoteOrderQty", stripped(request.totalPrice()));
            }
        }
        return params;
    }

    /**
     * A number as Nami reads it back: the body sends it as a JSON number and the signature signs
     * its text, so {@code 0.1230} would be signed as written while a server that rebuilds the text
     * from the parsed number gets {@code 0.123}. Without trailing zeros both are the same.
     */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.setScale(Math.max(0, Decimals.significantScale(value)));
    }

    /** Why the request cannot be sent, or {@code null}. */
    static List<RejectionReason> refusal(OrderRequest request) {
        if (request.type().needsPrice() && request.price() == null) {
            return List.of(RejectionReason.PRICE_MISSING);
        }
        if (request.type().needsStopPrice() && request.stopPrice() == null) {
            return List.of(RejectionReason.STOP_PRICE_MISSING);
        }
        return null;
    }

    /**
     * Why Nami refused an order. Its broker error codes are not documented, so the reason is read
     * from the message's words; what is not recognised is {@code venue_rejected}, and the code and
     * message go into the log line.
     */
    static List<RejectionReason> reasons(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("insufficient") || text.contains("not enough") || text.contains("balance")) {
            return List.of(RejectionReason.INSUFFICIENT_BALANCE);
        }
        if (text.contains("notional") || text.contains("min order value")) {
            return List.of(RejectionReason.NOTIONAL_BELOW_MINIMUM);
        }
        if (text.contains("tick")) {
            return List.of(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE);
        }
        if (text.contains("step") || text.contains("lot size")) {
            return List.of(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE);
        }
        if (text.contains("minimum") || text.contains("too small")) {
            return List.of(RejectionReason.QUANTITY_BELOW_MINIMUM);
        }
        if (text.contains("maximum") || text.contains("too large")) {
            return List.of(RejectionReason.OVER_MAXIMUM_ORDER_SIZE);
        }
        if (text.contains("symbol") && (text.contains("invalid") || text.contains("not found")
                || text.contains("unknown"))) {
            return List.of(RejectionReason.UNKNOWN_SYMBOL);
        }
        return List.of(RejectionReason.VENUE_REJECTED);
    }

    /** A list answer: {@code data} itself, or its {@code orders}, {@code result} or {@code docs}. */
    static List<JsonNode> list(JsonNode data) {
        JsonNode list = data.isArray() ? data : field(data, "orders", "result", "docs", "data");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("the list of orders is missing");
        }
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /**
     * Whether one page of history reaches back to the order with this Nami id, so that its absence
     * there means Nami does not know it: the page is empty (nothing has ended), or holds an order
     * with a lower id (Nami's ids rise with time: inferred from the seed's and every example's
     * numeric {@code displayingId}). An id that is not a number is judged as before, by the page.
     */
    static boolean historyReaches(List<JsonNode> history, String venueId) {
        long id;
        try {
            id = Long.parseLong(venueId.trim());
        } catch (NumberFormatException notNumeric) {
            return true;
        }
        if (history.isEmpty()) {
            return true;
        }
        for (JsonNode order : history) {
            try {
                if (Long.parseLong(venueId(order)) < id) {
                    return true;
                }
            } catch (NumberFormatException notNumeric) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one page of history reaches back to {@code since}, so that a placement made since
     * then and missing from it (and from the open orders) was not placed: the page is empty, holds
     * an order created before {@code since}, or holds one without a creation time (then nothing can
     * be judged by time, as before).
     */
    static boolean historyReachesBack(List<JsonNode> history, Instant since) {
        if (history.isEmpty()) {
            return true;
        }
        for (JsonNode order : history) {
            Instant created = created(order);
            if (created == null || created.isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    /** Nami's id of an order ({@code displayingId}). */
    static String venueId(JsonNode order) {
        return requiredText(order, "displayingId", "orderId", "id");
    }

    /**
     * An order under the given client order id. Status: {@code NEW}/{@code OPEN}/{@code ACTIVE}
     * is active (partial once something executed), {@code PARTIALLY_FILLED} partial, {@code FILLED}
     * filled, {@code CANCELED} cancelled, {@code REJECTED}/{@code FAILED} rejected, {@code EXPIRED}
     * expired. Nami has no trade list: an order that ended having executed something carries one
     * trade with its whole execution at the average price ({@code executedQuoteQty / executedQty})
     * and the fee charged ({@code feeMetadata.executed}), keyed by the order's id. A quote-sized
     * market order has no quantity of its own: its executed quantity stands for it.
     */
    static VenueOrder order(JsonNode order, String clientOrderId, String account, NamiSymbols symbols, Instant now) {
        String venueId = venueId(order);
        String symbol = symbol(order, symbols);
        Side side = Side.fromWire(requiredText(order, "side").toLowerCase(Locale.ROOT));
        OrderType type = type(requiredText(order, "type"));
        BigDecimal executed = Objects.requireNonNullElse(decimal(order, "executedQty"), BigDecimal.ZERO);
        BigDecimal quantity = positiveOrNull(decimal(order, "quantity", "origQty"));
        if (quantity == null) {
            quantity = executed.signum() > 0 ? executed : null;
        }
        OrderStatus status = status(requiredText(order, "status"), executed);
        Instant updated = time(order, "updatedAt", "updated_at", "updateTime");
        Instant created = created(order);
        Instant at = updated != null ? updated : created != null ? created : now;
        List<VenueTrade> trades = status.isTerminal() && executed.signum() > 0
                ? List.of(wholeExecution(order, venueId, clientOrderId, symbol, side, executed, at, symbols))
                : List.of();
        return new VenueOrder(clientOrderId, venueId, account, symbol, side, type,
                type == OrderType.MARKET ? null : positiveOrNull(decimal(order, "price")), quantity,
                positiveOrNull(decimal(order, "stopPrice")),
                type == OrderType.MARKET ? TimeInForce.IMMEDIATE_OR_CANCEL : TimeInForce.GOOD_TILL_CANCELED, status,
                executed, status == OrderStatus.REJECTED ? List.of(RejectionReason.VENUE_REJECTED) : List.of(),
                null, null, trades, at);
    }

    private static VenueTrade wholeExecution(JsonNode order, String venueId, String clientOrderId, String symbol,
            Side side, BigDecimal executed, Instant at, NamiSymbols symbols) {
        BigDecimal quote = requiredDecimal(order, "executedQuoteQty");
        JsonNode fee = field(order, "feeMetadata");
        BigDecimal charged = fee == null ? BigDecimal.ZERO : Objects.requireNonNullElse(decimal(fee, "executed"),
                BigDecimal.ZERO);
        return new VenueTrade(venueId, clientOrderId, symbol, side, averagePrice(quote, executed), executed, charged,
                feeAsset(fee, order, symbol, symbols), at);
    }

    /**
     * {@code quote / executed}, exact where that fits the store, else rounded (half even) to as many
     * decimals as leave the fill's value (price × quantity) within the store's
     * {@value Decimals#STORED_DECIMALS}. An order filled at two prices averages to a repeating
     * decimal (186.032 / 0.003 = 62010.666…): kept to 34 digits, the store refused the fill, so
     * every reconciliation failed on it and the execution was never recorded. The value is then off
     * by less than a unit of the 18th decimal.
     */
    static BigDecimal averagePrice(BigDecimal quote, BigDecimal executed) {
        BigDecimal average = quote.divide(executed, AVERAGE);
        int decimals = Math.max(0, Decimals.STORED_DECIMALS - Math.max(0, Decimals.significantScale(executed)));
        if (Decimals.significantScale(average) > decimals) {
            average = average.setScale(decimals, RoundingMode.HALF_EVEN);
        }
        return average.stripTrailingZeros();
    }

    /**
     * The asset of an order's fee: {@code feeMetadata.asset}; else the asset the spot config names
     * by {@code feeMetadata.assetId} (a fee may be charged in a third asset, such as the venue's
     * own token: booking it as the quote would move the wrong balance); else the order's base asset
     * when its id is the {@code assetId}; else the quote asset, in which the seed's only documented
     * order (a buy) is charged.
     */
    private static String feeAsset(JsonNode fee, JsonNode order, String symbol, NamiSymbols symbols) {
        String named = fee == null ? null : text(fee, "asset");
        if (named != null) {
            return named.toUpperCase(Locale.ROOT);
        }
        String[] assets = symbol.split("-", 2);
        String id = fee == null ? null : text(fee, "assetId");
        String configured = id == null ? null : symbols.asset(id);
        if (configured != null) {
            return configured;
        }
        return id != null && id.equals(text(order, "baseAssetId")) ? assets[0] : assets[1];
    }

    /** When Nami created the order, or {@code null} when the answer does not say. */
    static Instant created(JsonNode order) {
        return time(order, "createdAt", "created_at", "createTime", "time");
    }

    private static Instant time(JsonNode order, String... names) {
        return VenueTimes.instant(text(order, names));
    }

    private static String symbol(JsonNode order, NamiSymbols symbols) {
        String base = text(order, "baseAsset");
        String quote = text(order, "quoteAsset");
        if (base != null && quote != null) {
            return base.toUpperCase(Locale.ROOT) + "-" + quote.toUpperCase(Locale.ROOT);
        }
        return symbols.canonical(requiredText(order, "symbol"));
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }

    private static OrderType type(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "LIMIT" -> OrderType.LIMIT;
            case "MARKET" -> OrderType.MARKET;
            case "STOP_LIMIT", "STOP_LOSS_LIMIT" -> OrderType.STOP_LIMIT;
            default -> throw new IllegalArgumentException("order type '" + type + "' is not LIMIT, MARKET or STOP_LIMIT");
        };
    }

    private static OrderStatus status(String status, BigDecimal executed) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "NEW", "OPEN", "ACTIVE", "PENDING" -> executed.signum() > 0 ? OrderStatus.PARTIAL : OrderStatus.ACTIVE;
            case "PARTIALLY_FILLED", "PARTIAL_FILLED" -> OrderStatus.PARTIAL;
            case "FILLED" -> OrderStatus.FILLED;
            case "CANCELED", "CANCELLED" -> OrderStatus.CANCELLED;
            case "REJECTED", "FAILED" -> OrderStatus.REJECTED;
            case "EXPIRED" -> OrderStatus.EXPIRED;
            default -> throw new IllegalArgumentException("order status '" + status + "' is not one Nami documents");
        };
    }

    /**
     * Whether an order is the one a lost placement may have created: {@link #asked} and created at
     * or after {@code since}. An order without a creation time is not taken here: see
     * {@link #askedButUntimed}.
     */
    static boolean samePlacement(JsonNode order, OrderRequest request, String wireSymbol, Instant since,
            Set<String> claimed) {
        Instant created = created(order);
        return created != null && !created.isBefore(since) && asked(order, request, wireSymbol, claimed);
    }

    /**
     * Whether an order without a creation time has everything a lost placement asked: it may be that
     * placement or an older one alike, and which cannot be told.
     */
    static boolean askedButUntimed(JsonNode order, OrderRequest request, String wireSymbol, Set<String> claimed) {
        return created(order) == null && asked(order, request, wireSymbol, claimed);
    }

    /**
     * Same symbol, side, type, price and quantity (a quote-sized market buy: same quote amount), and
     * not claimed by another order of ours.
     */
    private static boolean asked(JsonNode order, OrderRequest request, String wireSymbol, Set<String> claimed) {
        if (claimed.contains(venueId(order))) {
            return false;
        }
        Map<String, Object> asked = placeParams(request, wireSymbol);
        return wireSymbol.equalsIgnoreCase(text(order, "symbol"))
                && asked.get("side").equals(text(order, "side"))
                && asked.get("type").equals(text(order, "type"))
                && sameNumber((BigDecimal) asked.get("price"), decimal(order, "price"))
                && (request.totalPrice() != null
                        ? sameNumber(request.totalPrice(), decimal(order, "quoteQty"))
                        : sameNumber(request.quantity(), decimal(order, "quantity")));
    }

    private static boolean sameNumber(BigDecimal asked, BigDecimal answered) {
        if (asked == null) {
            return true;
        }
        return answered != null && asked.compareTo(answered) == 0;
    }

    /**
     * Balances {@code {"<assetId>": {value, locked_value}}}: {@code value} is the whole amount,
     * {@code locked_value} the part held for open orders. Asset ids the config does not name are
     * left out (the caller logs them).
     */
    static List<Balance> balances(JsonNode data, NamiSymbols symbols, List<String> unnamed) {
        if (!data.isObject()) {
            throw new IllegalArgumentException("balances are not keyed by asset id");
        }
        List<Balance> balances = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String asset = symbols.asset(entry.getKey());
            if (asset == null) {
                unnamed.add(entry.getKey());
                continue;
            }
            BigDecimal total = requiredDecimal(entry.getValue(), "value");
            BigDecimal locked = Objects.requireNonNullElse(decimal(entry.getValue(), "locked_value", "lockedValue"),
                    BigDecimal.ZERO);
            balances.add(new Balance(asset, total.subtract(locked), locked));
        }
        return balances;
    }
}
