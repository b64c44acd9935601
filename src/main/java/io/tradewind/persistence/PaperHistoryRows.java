package io.tradewind.persistence;

import static io.tradewind.persistence.PaperExchangeRows.bind;
import static io.tradewind.persistence.PaperExchangeRows.text;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.gateway.PaperVenueState.ClientOrder;
import io.tradewind.sim.gateway.PaperVenueState.OwnTrade;
import io.tradewind.sim.gateway.PaperVenueState.TradeRef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paper venue's client-facing history ({@code paper_client_order}, {@code paper_own_trade}) and
 * its unpushed news ({@code paper_undelivered_order}, {@code paper_undelivered_trade}). Orders
 * are inserted once and then only their status, fill and time change; trades are only inserted.
 */
final class PaperHistoryRows {

    private PaperHistoryRows() {
    }

    /** The columns {@link #order} reads, in its order. */
    static final String ORDER_COLUMNS = "order_id, client_order_id, account, symbol, side, order_type, price, quantity,"
            + " total_price, stop_price, time_in_force, expire_at, status, filled, rejection_reasons, updated_at";
    /** The columns {@link #trade} reads, in its order. */
    static final String TRADE_COLUMNS = "account, position, trade_id, client_order_id, symbol, side, price, quantity, fee,"
            + " fee_asset, traded_at";

    static List<ClientOrder> readOrders(Connection c, String venue) throws SQLException {
        List<ClientOrder> orders = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM paper_client_order WHERE venue = ?"
                + " ORDER BY order_id")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    orders.add(order(r));
                }
            }
        }
        return orders;
    }

    /** The order on the result's current row of {@link #ORDER_COLUMNS}. */
    static ClientOrder order(ResultSet r) throws SQLException {
        OrderRequest request = new OrderRequest(r.getString(2), r.getString(3), r.getString(4),
                Side.valueOf(r.getString(5)), OrderType.valueOf(r.getString(6)), decimal(r.getString(7)),
                decimal(r.getString(8)), decimal(r.getString(9)), decimal(r.getString(10)),
                TimeInForce.valueOf(r.getString(11)), instant(r.getObject(12, OffsetDateTime.class)));
        return new ClientOrder(r.getLong(1), request, OrderStatus.valueOf(r.getString(13)), new BigDecimal(r.getString(14)),
                reasons(r.getString(15)), instant(r.getObject(16, OffsetDateTime.class)));
    }

    static List<OwnTrade> readTrades(Connection c, String venue) throws SQLException {
        List<OwnTrade> trades = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + TRADE_COLUMNS + " FROM paper_own_trade WHERE venue = ?"
                + " ORDER BY account, position")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    trades.add(trade(r));
                }
            }
        }
        return trades;
    }

    /** The trade on the result's current row of {@link #TRADE_COLUMNS}. */
    static OwnTrade trade(ResultSet r) throws SQLException {
        VenueTrade trade = new VenueTrade(r.getString(3), r.getString(4), r.getString(5), Side.valueOf(r.getString(6)),
                new BigDecimal(r.getString(7)), new BigDecimal(r.getString(8)), new BigDecimal(r.getString(9)),
                r.getString(10), instant(r.getObject(11, OffsetDateTime.class)));
        return new OwnTrade(r.getString(1), r.getInt(2), trade);
    }

    static List<Long> readUndeliveredOrders(Connection c, String venue) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT order_id FROM paper_undelivered_order WHERE venue = ? ORDER BY position")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    static List<TradeRef> readUndeliveredTrades(Connection c, String venue) throws SQLException {
        List<TradeRef> refs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT account, trade_position FROM paper_undelivered_trade WHERE venue = ? ORDER BY position")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    refs.add(new TradeRef(r.getString(1), r.getInt(2)));
                }
            }
        }
        return refs;
    }

    /** Inserts the orders with ids above {@code lastStoredId} and updates the others. */
    static void writeOrders(Connection c, String venue, List<ClientOrder> orders, long lastStoredId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paper_client_order (venue, order_id,"
                + " client_order_id, account, symbol, side, order_type, price, quantity, total_price, stop_price,"
                + " time_in_force, expire_at, status, filled, rejection_reasons, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = c.prepareStatement("UPDATE paper_client_order SET status = ?, filled = ?,"
                        + " rejection_reasons = ?, updated_at = ? WHERE venue = ? AND order_id = ?")) {
            for (ClientOrder order : orders) {
                OrderRequest q = order.request();
                if (order.id() > lastStoredId) {
                    bind(insert, venue, order.id(), q.uid(), q.account(), q.symbol(), q.side().name(), q.type().name(),
                            text(q.price()), text(q.quantity()), text(q.totalPrice()), text(q.stopPrice()),
                            q.timeInForce().name(), timestamp(q.expireAt()), order.status().name(), text(order.filled()),
                            reasons(order.reasons()), timestamp(order.updatedAt()));
                    insert.addBatch();
                } else {
                    bind(change, order.status().name(), text(order.filled()), reasons(order.reasons()),
                            timestamp(order.updatedAt()), venue, order.id());
                    change.addBatch();
                }
            }
            insert.executeBatch();
            change.executeBatch();
        }
    }

    static void insertTrades(Connection c, String venue, List<OwnTrade> trades) throws SQLException {
        if (trades.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paper_own_trade (venue, account, position, trade_id,"
                + " client_order_id, symbol, side, price, quantity, fee, fee_asset, traded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (OwnTrade own : trades) {
                VenueTrade t = own.trade();
                bind(insert, venue, own.account(), own.position(), t.tradeId(), t.clientOrderId(), t.symbol(),
                        t.side().name(), text(t.price()), text(t.quantity()), text(t.fee()), t.feeAsset(), timestamp(t.time()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void replaceUndelivered(Connection c, String venue, List<Long> orders, List<TradeRef> trades)
            throws SQLException {
        PaperExchangeRows.update(c, "DELETE FROM paper_undelivered_order WHERE venue = ?", venue);
        PaperExchangeRows.update(c, "DELETE FROM paper_undelivered_trade WHERE venue = ?", venue);
        try (PreparedStatement insertOrder = c.prepareStatement(
                "INSERT INTO paper_undelivered_order (venue, position, order_id) VALUES (?, ?, ?)");
                PreparedStatement insertTrade = c.prepareStatement(
                        "INSERT INTO paper_undelivered_trade (venue, position, account, trade_position) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < orders.size(); i++) {
                bind(insertOrder, venue, i, orders.get(i));
                insertOrder.addBatch();
            }
            for (int i = 0; i < trades.size(); i++) {
                bind(insertTrade, venue, i, trades.get(i).account(), trades.get(i).position());
                insertTrade.addBatch();
            }
            insertOrder.executeBatch();
            insertTrade.executeBatch();
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String reasons(List<RejectionReason> reasons) {
        return String.join(",", reasons.stream().map(RejectionReason::name).toList());
    }

    private static List<RejectionReason> reasons(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(RejectionReason::valueOf).toList();
    }
}
