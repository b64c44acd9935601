package io.tradewind.service.ordersapi;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.TimeInForce;
import io.tradewind.domain.WireEnum;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders in the seed's shape: every field of its order structure, in its order, decimals as strings
 * and times in ISO 8601. The {@code uid} is the client order id the execution service gave the order
 * before any venue saw it; the {@code wallet_id} is its account.
 */
final class OrderJson {

    /** The list's column titles, as the seed gives them. */
    static final Map<String, String> HEADS = heads();

    private OrderJson() {
    }

    /** The whole order, with its trades. */
    static Map<String, Object> full(OrderRecord order, String userId, List<FillRecord> fills) {
        Map<String, Object> json = common(order, userId);
        json.put("stop_price", decimal(order.stopPrice()));
        json.put("expire_at", time(order.expireAt()));
        json.put("rejection_reasons", order.rejectionReasons().stream().map(RejectionReason::wireName).toList());
        json.put("broker_id", order.brokerId());
        json.put("session_id", order.sessionId());
        json.put("hold_id", order.holdId());
        json.put("trades", fills.stream().map(OrderJson::trade).toList());
        json.put("created_at", time(order.createdAt()));
        json.put("updated_at", time(order.updatedAt()));
        return json;
    }

    /** The order as the list shows it: the seed's item fields. */
    static Map<String, Object> item(OrderRecord order, String userId) {
        Map<String, Object> json = common(order, userId);
        json.put("created_at", time(order.createdAt()));
        return json;
    }

    /** The fields both shapes begin with. */
    private static Map<String, Object> common(OrderRecord order, String userId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uid", order.clientOrderId());
        json.put("user_id", userId);
        json.put("wallet_id", order.account());
        json.put("symbol", order.symbol());
        json.put("side", wire(order.side()));
        json.put("type", wire(order.type()));
        json.put("price", decimal(order.price()));
        json.put("quantity", decimal(order.quantity()));
        json.put("filled", decimal(order.filled()));
        // what the order runs with: a market order asked good-till-canceled runs immediate-or-cancel
        json.put("time_in_force", wire(TimeInForce.effective(order.type(), order.timeInForce())));
        json.put("status", wire(order.status()));
        return json;
    }

    private static Map<String, Object> trade(FillRecord fill) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("trade_id", fill.tradeId());
        json.put("quantity", decimal(fill.quantity()));
        json.put("price", decimal(fill.price()));
        json.put("created_at", time(fill.time()));
        json.put("status", "executed");
        return json;
    }

    private static String wire(WireEnum value) {
        return value.wireName();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : Decimals.format(value);
    }

    /** To the microsecond, as the store keeps times: an order reads the same from every answer. */
    private static String time(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static Map<String, String> heads() {
        Map<String, String> heads = new LinkedHashMap<>();
        heads.put("uid", "شناسه");
        heads.put("symbol", "نماد");
        heads.put("side", "جهت");
        heads.put("type", "نوع");
        heads.put("price", "قیمت");
        heads.put("quantity", "حجم کل");
        heads.put("filled", "حجم پر شده");
        heads.put("status", "وضعیت");
        return Collections.unmodifiableMap(heads);
    }
}
