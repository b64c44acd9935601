package io.tradewind.persistence;

import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.gateway.PaperVenueState.ClientOrder;
import io.tradewind.sim.gateway.PaperVenueState.OwnTrade;
import io.tradewind.sim.gateway.PaperVenueState.TradeRef;
import io.tradewind.sim.gateway.PaperVenueStore.StoredOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of a paper venue's history it keeps in memory (see
 * {@link io.tradewind.sim.gateway.PaperVenueStore#load(String, int, int)}), read by primary key
 * and index ranges so that a start costs what is kept, not months of history, and the lookups of
 * the rest: one order with its trades, a page of an account's trades.
 */
final class RecentPaperHistory {

    private RecentPaperHistory() {
    }

    /**
     * Every order still open (those the exchange's snapshot holds), the {@code recentOrders}
     * placed last and those with news not pushed yet, by id.
     */
    static List<ClientOrder> orders(Connection c, String venue, int recentOrders, List<Long> undelivered) throws SQLException {
        long lastId = single(c, "SELECT MAX(order_id) FROM paper_client_order WHERE venue = ?", venue);
        long recentFrom = lastId - recentOrders + 1;
        TreeMap<Long, ClientOrder> orders = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + PaperHistoryRows.ORDER_COLUMNS
                + " FROM paper_client_order WHERE venue = ? AND order_id >= ?")) {
            s.setString(1, venue);
            s.setLong(2, recentFrom);
            read(s, orders);
        }
        TreeSet<Long> older = new TreeSet<>(undelivered);
        // client orders carry the ids the venue gave them, the exchange's ids of its open orders (liquidity's are negative)
        try (PreparedStatement s = c.prepareStatement("SELECT order_id FROM paper_open_order WHERE venue = ? AND order_id > 0"
                + " AND order_id < ?")) {
            s.setString(1, venue);
            s.setLong(2, recentFrom);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    older.add(r.getLong(1));
                }
            }
        }
        older.removeAll(orders.keySet());
        try (PreparedStatement s = c.prepareStatement("SELECT " + PaperHistoryRows.ORDER_COLUMNS
                + " FROM paper_client_order WHERE venue = ? AND order_id = ?")) {
            for (long id : older) {
                s.setString(1, venue);
                s.setLong(2, id);
                read(s, orders);
            }
        }
        return List.copyOf(orders.values());
    }

    /**
     * Each account's {@code recentTrades} last trades (and from the first news not pushed yet names
     * on), and every trade of {@code orders}, by account and position.
     */
    static List<OwnTrade> trades(Connection c, String venue, int recentTrades, List<ClientOrder> orders,
            List<TradeRef> undelivered) throws SQLException {
        List<String> accounts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM paper_account WHERE venue = ?")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    accounts.add(r.getString(1));
                }
            }
        }
        TreeMap<String, TreeMap<Integer, OwnTrade>> byAccount = new TreeMap<>();
        try (PreparedStatement last = c.prepareStatement("SELECT position FROM paper_own_trade WHERE venue = ? AND account = ?"
                + " ORDER BY position DESC FETCH FIRST 1 ROWS ONLY");
                PreparedStatement window = c.prepareStatement("SELECT " + PaperHistoryRows.TRADE_COLUMNS
                        + " FROM paper_own_trade WHERE venue = ? AND account = ? AND position >= ?")) {
            for (String account : accounts) {
                last.setString(1, venue);
                last.setString(2, account);
                int count;
                try (ResultSet r = last.executeQuery()) {
                    count = r.next() ? r.getInt(1) + 1 : 0;
                }
                int from = Math.max(0, count - recentTrades);
                for (TradeRef ref : undelivered) {
                    if (ref.account().equals(account)) {
                        from = Math.min(from, ref.position());
                    }
                }
                window.setString(1, venue);
                window.setString(2, account);
                window.setInt(3, from);
                try (ResultSet r = window.executeQuery()) {
                    while (r.next()) {
                        OwnTrade trade = PaperHistoryRows.trade(r);
                        byAccount.computeIfAbsent(trade.account(), a -> new TreeMap<>()).put(trade.position(), trade);
                    }
                }
            }
        }
        // what the windows hold of each order, to read by order only the trades they lack
        Map<String, BigDecimal> filledInWindows = new HashMap<>();
        byAccount.values().forEach(positions -> positions.values().forEach(trade -> filledInWindows.merge(
                trade.trade().clientOrderId(), trade.trade().quantity(), BigDecimal::add)));
        try (PreparedStatement ofOrder = c.prepareStatement("SELECT " + PaperHistoryRows.TRADE_COLUMNS
                + " FROM paper_own_trade WHERE venue = ? AND client_order_id = ?")) {
            for (ClientOrder order : orders) {
                BigDecimal inWindows = filledInWindows.getOrDefault(order.request().uid(), BigDecimal.ZERO);
                if (order.filled().compareTo(inWindows) != 0) {
                    ofOrder.setString(1, venue);
                    ofOrder.setString(2, order.request().uid());
                    try (ResultSet r = ofOrder.executeQuery()) {
                        while (r.next()) {
                            OwnTrade trade = PaperHistoryRows.trade(r);
                            byAccount.computeIfAbsent(trade.account(), a -> new TreeMap<>()).put(trade.position(), trade);
                        }
                    }
                }
            }
        }
        List<OwnTrade> trades = new ArrayList<>();
        byAccount.values().forEach(positions -> trades.addAll(positions.values()));
        return trades;
    }

    static Optional<StoredOrder> order(Connection c, String venue, String clientOrderId) throws SQLException {
        TreeMap<Long, ClientOrder> found = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + PaperHistoryRows.ORDER_COLUMNS
                + " FROM paper_client_order WHERE venue = ? AND client_order_id = ?")) {
            s.setString(1, venue);
            s.setString(2, clientOrderId);
            read(s, found);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<OwnTrade> trades = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + PaperHistoryRows.TRADE_COLUMNS
                + " FROM paper_own_trade WHERE venue = ? AND client_order_id = ?")) {
            s.setString(1, venue);
            s.setString(2, clientOrderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    trades.add(PaperHistoryRows.trade(r));
                }
            }
        }
        trades.sort(Comparator.comparingInt(OwnTrade::position));
        return Optional.of(new StoredOrder(found.firstEntry().getValue(), trades.stream().map(OwnTrade::trade).toList()));
    }

    static List<VenueTrade> trades(Connection c, String venue, String account, int from, int limit) throws SQLException {
        List<VenueTrade> trades = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + PaperHistoryRows.TRADE_COLUMNS + " FROM paper_own_trade"
                + " WHERE venue = ? AND account = ? AND position >= ? AND position < ? ORDER BY position")) {
            s.setString(1, venue);
            s.setString(2, account);
            s.setInt(3, from);
            s.setLong(4, (long) from + limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    trades.add(PaperHistoryRows.trade(r).trade());
                }
            }
        }
        return trades;
    }

    private static void read(PreparedStatement s, TreeMap<Long, ClientOrder> into) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ClientOrder order = PaperHistoryRows.order(r);
                into.put(order.id(), order);
            }
        }
    }

    private static long single(Connection c, String sql, String venue) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
