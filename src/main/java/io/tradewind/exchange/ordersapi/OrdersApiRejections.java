package io.tradewind.exchange.ordersapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.RejectionReason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the Orders API refused an order, in the project's reasons (the seed's own pre-trade
 * checklist). A {@code 422} names the field ({@code loc}), the check ({@code type}, e.g.
 * {@code value_error.number.not_ge}) and says it in words ({@code msg}); an order answered
 * {@code rejected} lists {@code rejection_reasons}, whose shape the seed does not show. What is not
 * recognised is {@link RejectionReason#VENUE_REJECTED}; the venue's words are kept verbatim by
 * {@link #describe} for the log line and error messages.
 */
final class OrdersApiRejections {

    private OrdersApiRejections() {
    }

    /** One reason per entry, without repeats; {@code VENUE_REJECTED} when there is none. */
    static List<RejectionReason> reasons(List<OrdersApiDtos.Detail> details) {
        List<RejectionReason> reasons = new ArrayList<>();
        for (OrdersApiDtos.Detail detail : details) {
            add(reasons, reason(field(detail.loc()), detail.type(), detail.msg()));
        }
        return reasons.isEmpty() ? List.of(RejectionReason.VENUE_REJECTED) : List.copyOf(reasons);
    }

    /** The reasons of an order answered {@code rejected}: wire names as ours, else read from their words. */
    static List<RejectionReason> ofOrder(List<JsonNode> rejectionReasons) {
        List<RejectionReason> reasons = new ArrayList<>();
        for (JsonNode entry : rejectionReasons == null ? List.<JsonNode>of() : rejectionReasons) {
            String text = entry.isTextual() ? entry.asText() : entry.path("type").asText(entry.path("code").asText(""));
            RejectionReason known = wireName(text);
            add(reasons, known != null ? known : reason(entry.isObject() ? field(loc(entry.path("loc"))) : "", text,
                    entry.isTextual() ? text : entry.path("msg").asText(entry.path("message").asText(""))));
        }
        return reasons.isEmpty() ? List.of(RejectionReason.VENUE_REJECTED) : List.copyOf(reasons);
    }

    /**
     * The reason for one refusal of {@code field} ({@code quantity}, {@code price}, {@code symbol},
     * … or empty), from the check's {@code type} and the {@code msg}.
     */
    static RejectionReason reason(String field, String type, String msg) {
        String check = lower(type);
        String text = lower(msg) + " " + check;
        String on = lower(field);
        if (text.contains("balance") || text.contains("insufficient") || text.contains("funds")) {
            return RejectionReason.INSUFFICIENT_BALANCE;
        }
        if (text.contains("session") || text.contains("market is closed") || text.contains("trading hours")) {
            return RejectionReason.OUTSIDE_TRADING_SESSION;
        }
        if (on.equals("symbol") || text.contains("symbol")) {
            return text.contains("not active") || text.contains("inactive") || text.contains("disabled")
                    ? RejectionReason.SYMBOL_NOT_ACTIVE : RejectionReason.UNKNOWN_SYMBOL;
        }
        if (text.contains("missing") || text.contains("required")) {
            return on.equals("stop_price") ? RejectionReason.STOP_PRICE_MISSING
                    : on.equals("price") ? RejectionReason.PRICE_MISSING : RejectionReason.VENUE_REJECTED;
        }
        if (text.contains("multiple") || text.contains("tick") || text.contains("step")) {
            return on.equals("quantity") ? RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE
                    : on.equals("stop_price") ? RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE
                    : RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE;
        }
        if (text.contains("band") || text.contains("fluctuation") || text.contains("price limit")) {
            return RejectionReason.OUTSIDE_PRICE_BAND;
        }
        if (text.contains("too many") || text.contains("open orders")) {
            return RejectionReason.TOO_MANY_OPEN_ORDERS;
        }
        if (on.equals("expire_at") || text.contains("expire")) {
            return RejectionReason.EXPIRE_AT_IN_PAST;
        }
        if (text.contains("maximum") || check.endsWith("not_le") || check.endsWith("not_lt")) {
            return on.equals("quantity") || on.isEmpty() ? RejectionReason.OVER_MAXIMUM_ORDER_SIZE
                    : RejectionReason.OUTSIDE_PRICE_BAND;
        }
        if (text.contains("minimum") || check.endsWith("not_ge") || check.endsWith("not_gt")) {
            return on.equals("quantity") ? RejectionReason.QUANTITY_BELOW_MINIMUM
                    : on.equals("price") ? RejectionReason.PRICE_NOT_POSITIVE
                    : on.equals("stop_price") ? RejectionReason.STOP_PRICE_NOT_POSITIVE
                    : RejectionReason.NOTIONAL_BELOW_MINIMUM;
        }
        return RejectionReason.VENUE_REJECTED;
    }

    /**
     * The venue's words, verbatim: {@code body.quantity: value is less than minimum (limit_value
     * 0.0001)}, entries joined by {@code "; "}.
     */
    static String describe(List<OrdersApiDtos.Detail> details) {
        List<String> parts = new ArrayList<>();
        for (OrdersApiDtos.Detail detail : details) {
            StringBuilder part = new StringBuilder();
            if (detail.loc() != null && !detail.loc().isEmpty()) {
                part.append(String.join(".", detail.loc())).append(": ");
            }
            part.append(detail.msg() == null ? String.valueOf(detail.type()) : detail.msg());
            if (detail.ctx() != null && detail.ctx().isObject() && !detail.ctx().isEmpty()) {
                List<String> limits = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = detail.ctx().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    limits.add(entry.getKey() + " " + (entry.getValue().isValueNode() ? entry.getValue().asText()
                            : entry.getValue().toString()));
                }
                part.append(" (").append(String.join(", ", limits)).append(")");
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    /** The field a {@code loc} names: its last element ({@code ["body","quantity"]} → {@code quantity}). */
    private static String field(List<String> loc) {
        return loc == null || loc.isEmpty() ? "" : loc.get(loc.size() - 1);
    }

    private static List<String> loc(JsonNode loc) {
        List<String> parts = new ArrayList<>();
        loc.forEach(part -> parts.add(part.asText()));
        return parts;
    }

    private static RejectionReason wireName(String text) {
        for (RejectionReason reason : RejectionReason.values()) {
            if (reason.wireName().equals(text)) {
                return reason;
            }
        }
        return null;
    }

    private static void add(List<RejectionReason> reasons, RejectionReason reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
