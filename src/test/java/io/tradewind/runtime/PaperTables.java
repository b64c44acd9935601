package io.tradewind.runtime;

import io.tradewind.domain.OrderStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the durable paper venue and the order journal hold in a stopped service's H2 store, read
 * with plain JDBC: the venue's side of the story (its client orders, own trades and balances),
 * which the execution store's records are checked against, and the journal's event types per order.
 */
record PaperTables(List<ClientOrder> clientOrders, List<OwnTrade> ownTrades, List<Balance> balances,
        Map<String, List<JournalEvent>> journal) {

    /** An order as the venue answers for it; its status by wire name, as the store's commands print it. */
    record ClientOrder(String clientOrderId, String account, String status, BigDecimal filled) {
    }

    /** One of an account's own trades at the venue. */
    record OwnTrade(String account, String tradeId, String clientOrderId, BigDecimal price, BigDecimal quantity,
            BigDecimal fee, String feeAsset) {
    }

    /** An account's asset at the venue, which keeps it to {@code scale} decimals. */
    record Balance(String account, String asset, int scale, BigDecimal total, BigDecimal held) {
    }

    /** An entry of the execution store's order journal. */
    record JournalEvent(String type, String toStatus, Instant at) {
    }

    /** Reads the store under {@code dataDir}; no process may have it open. */
    static PaperTables read(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tradewind") + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "", ""); Statement s = c.createStatement()) {
            List<ClientOrder> orders = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT client_order_id, account, status, filled FROM paper_client_order")) {
                while (r.next()) {
                    orders.add(new ClientOrder(r.getString(1), r.getString(2), OrderStatus.valueOf(r.getString(3)).wireName(),
                            new BigDecimal(r.getString(4))));
                }
            }
            List<OwnTrade> trades = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT account, trade_id, client_order_id, price, quantity, fee, fee_asset"
                    + " FROM paper_own_trade ORDER BY account, position")) {
                while (r.next()) {
                    trades.add(new OwnTrade(r.getString(1), r.getString(2), r.getString(3), new BigDecimal(r.getString(4)),
                            new BigDecimal(r.getString(5)), new BigDecimal(r.getString(6)), r.getString(7)));
                }
            }
            List<Balance> balances = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT a.name, s.name, s.scale, b.available, b.held FROM paper_balance b"
                    + " JOIN paper_account a ON a.venue = b.venue AND a.account_id = b.account_id"
                    + " JOIN paper_asset s ON s.venue = b.venue AND s.asset_id = b.asset_id"
                    + " WHERE NOT a.funded_on_demand")) {
                while (r.next()) {
                    int scale = r.getInt(3);
                    BigDecimal available = BigDecimal.valueOf(r.getLong(4), scale);
                    BigDecimal held = BigDecimal.valueOf(r.getLong(5), scale);
                    balances.add(new Balance(r.getString(1), r.getString(2), scale, available.add(held), held));
                }
            }
            Map<String, List<JournalEvent>> journal = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT client_order_id, event_type, to_status, created_at FROM exec_order_event"
                    + " ORDER BY id")) {
                while (r.next()) {
                    journal.computeIfAbsent(r.getString(1), id -> new ArrayList<>()).add(new JournalEvent(r.getString(2),
                            r.getString(3), r.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return new PaperTables(orders, trades, balances, journal);
        }
    }
}
