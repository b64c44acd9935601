package io.tradewind.cli;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How orders, fills and holds are shown: JSON objects with the Orders API field names (amounts as
 * strings, as the API sends them) and plain text tables. The service API sends orders in the same shape.
 */
public final class ExecutionViews {

    private ExecutionViews() {
    }

    public static Map<String, Object> json(OrderRecord o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_order_id", o.clientOrderId());
        m.put("venue", o.venue());
        m.put("uid", o.venueOrderId());
        m.put("strategy_instance", o.strategyInstance());
        m.put("reason", o.reason());
        m.put("user_id", o.userId());
        m.put("wallet_id", o.account());
        m.put("symbol", o.symbol());
        m.put("side", o.side().wireName());
        m.put("type", o.type().wireName());
        m.put("price", amount(o.price()));
        m.put("quantity", amount(o.quantity()));
        m.put("filled", amount(o.filled()));
        // what the order runs with, as the Orders API shows it: a market order asked good-till-canceled runs immediate-or-cancel
        m.put("time_in_force", TimeInForce.effective(o.type(), o.timeInForce()).wireName());
        m.put("status", o.status().wireName());
        m.put("stop_price", amount(o.stopPrice()));
        m.put("expire_at", time(o.expireAt()));
        m.put("rejection_reasons", o.rejectionReasons().stream().map(RejectionReason::wireName).toList());
        m.put("broker_id", o.brokerId());
        m.put("session_id", o.sessionId());
        m.put("hold_id", o.holdId());
        m.put("cancel_requested", o.cancelRequested());
        m.put("created_at", time(o.createdAt()));
        m.put("updated_at", time(o.updatedAt()));
        return m;
    }

    public static Map<String, Object> json(FillRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("venue", f.venue());
        m.put("trade_id", f.tradeId());
        m.put("client_order_id", f.clientOrderId());
        m.put("strategy_instance", f.strategyInstance());
        m.put("wallet_id", f.account());
        m.put("symbol", f.symbol());
        m.put("side", f.side().wireName());
        m.put("price", amount(f.price()));
        m.put("quantity", amount(f.quantity()));
        m.put("fee", amount(f.fee()));
        m.put("fee_asset", f.feeAsset());
        m.put("created_at", time(f.time()));
        return m;
    }

    static Map<String, Object> json(HoldRecord h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_order_id", h.clientOrderId());
        m.put("venue", h.venue());
        m.put("wallet_id", h.account());
        m.put("asset", h.asset());
        m.put("amount", amount(h.amount()));
        m.put("updated_at", time(h.updatedAt()));
        return m;
    }

    static Map<String, Object> json(OrderEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        m.put("from_status", e.fromStatus() == null ? null : e.fromStatus().wireName());
        m.put("to_status", e.toStatus() == null ? null : e.toStatus().wireName());
        m.put("detail", e.detail());
        m.put("created_at", time(e.time()));
        return m;
    }

    static final List<String> ORDER_COLUMNS = List.of("client_order_id", "symbol", "side", "type", "price",
            "stop_price", "quantity", "filled", "status", "strategy_instance", "reason", "created_at");
    static final List<String> FILL_COLUMNS = List.of("trade_id", "client_order_id", "symbol", "side", "price",
            "quantity", "fee", "fee_asset", "created_at");
    static final List<String> HOLD_COLUMNS = List.of("client_order_id", "venue", "wallet_id", "asset", "amount");

    /** A left-aligned text table of the given columns; an empty list prints only the header. */
    static String table(List<Map<String, Object>> rows, List<String> columns) {
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = Math.max(widths[i], text(row.get(columns.get(i))).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, columns.stream().map(c -> (Object) c).toList(), widths);
        for (Map<String, Object> row : rows) {
            appendLine(out, columns.stream().map(row::get).toList(), widths);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<Object> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            line.append(cell).append(" ".repeat(widths[i] - cell.length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : Decimals.format(value);
    }

    private static String time(Instant value) {
        return value == null ? null : value.toString();
    }
}
