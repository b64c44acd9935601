package io.tradewind.persistence;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeSnapshot;
import io.tradewind.sim.ExchangeSnapshot.AccountState;
import io.tradewind.sim.ExchangeSnapshot.AssetState;
import io.tradewind.sim.ExchangeSnapshot.BalanceState;
import io.tradewind.sim.ExchangeSnapshot.MarketState;
import io.tradewind.sim.ExchangeSnapshot.OrderState;
import io.tradewind.sim.Market;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated exchange's current state in the {@code paper_venue}, {@code paper_asset},
 * {@code paper_market}, {@code paper_account}, {@code paper_balance} and {@code paper_open_order}
 * tables. A write compares the new snapshot with the one last written and touches only the rows
 * that differ: a placement changes a few balances and orders, not the whole exchange.
 */
final class PaperExchangeRows {

    private PaperExchangeRows() {
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The snapshot stored for {@code venue}, or null if none is. */
    static ExchangeSnapshot read(Connection c, String venue) throws SQLException {
        long clock;
        long orderSequence;
        long tradeSequence;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT clock_millis, order_sequence, trade_sequence FROM paper_venue WHERE venue = ?")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                clock = r.getLong(1);
                orderSequence = r.getLong(2);
                tradeSequence = r.getLong(3);
            }
        }
        List<AssetState> assets = new ArrayList<>();
        try (PreparedStatement s = byVenue(c, "SELECT name, scale, pinned, deposited, fees_collected FROM paper_asset"
                + " WHERE venue = ? ORDER BY asset_id", venue); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                assets.add(new AssetState(r.getString(1), r.getInt(2), r.getBoolean(3), r.getLong(4), r.getLong(5)));
            }
        }
        List<MarketState> markets = new ArrayList<>();
        try (PreparedStatement s = byVenue(c, "SELECT symbol, base_asset, quote_asset, tick_size, step_size, min_quantity,"
                + " min_notional, max_quantity, maker_fee, taker_fee, status, sessions, price_band, max_open_orders,"
                + " last_price, last_candle_walked FROM paper_market WHERE venue = ? ORDER BY market_id", venue); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Instrument instrument = new Instrument(r.getString(1), r.getString(2), r.getString(3),
                        decimal(r.getString(4)), decimal(r.getString(5)), decimal(r.getString(6)), decimal(r.getString(7)),
                        decimal(r.getString(8)), decimal(r.getString(9)), decimal(r.getString(10)),
                        InstrumentStatus.valueOf(r.getString(11)), TradingSessionsText.parse(r.getString(12)),
                        decimal(r.getString(13)), r.getInt(14));
                long lastPrice = r.getLong(15);
                long lastCandleWalked = r.getLong(16); // wasNull asks about the column read last
                markets.add(new MarketState(instrument, lastPrice, r.wasNull() ? Market.NO_CANDLE : lastCandleWalked));
            }
        }
        List<String> accountNames = new ArrayList<>();
        List<Boolean> funded = new ArrayList<>();
        try (PreparedStatement s = byVenue(c, "SELECT name, funded_on_demand FROM paper_account WHERE venue = ? ORDER BY account_id",
                venue); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                accountNames.add(r.getString(1));
                funded.add(r.getBoolean(2));
            }
        }
        BalanceState[][] balances = new BalanceState[accountNames.size()][assets.size()];
        try (PreparedStatement s = byVenue(c, "SELECT account_id, asset_id, available, held FROM paper_balance WHERE venue = ?",
                venue); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                balances[r.getInt(1)][r.getInt(2)] = new BalanceState(r.getLong(3), r.getLong(4));
            }
        }
        List<AccountState> accounts = new ArrayList<>();
        for (int id = 0; id < accountNames.size(); id++) {
            accounts.add(new AccountState(accountNames.get(id), funded.get(id), List.of(balances[id])));
        }
        List<OrderState> orders = new ArrayList<>();
        try (PreparedStatement s = byVenue(c, "SELECT order_id, client_order_id, account_id, market_id, side, order_type,"
                + " requested_type, time_in_force, price, stop_price, quantity, filled, quote_budget, expire_at,"
                + " sequence_number, status, rejection_mask, held, hold_mode, resting FROM paper_open_order"
                + " WHERE venue = ? ORDER BY priority", venue); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                orders.add(new OrderState(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4), Side.valueOf(r.getString(5)),
                        OrderType.valueOf(r.getString(6)), OrderType.valueOf(r.getString(7)),
                        TimeInForce.valueOf(r.getString(8)), r.getLong(9), r.getLong(10), r.getLong(11), r.getLong(12),
                        r.getLong(13), r.getLong(14), r.getLong(15), OrderStatus.valueOf(r.getString(16)), r.getLong(17),
                        r.getLong(18), r.getString(19), r.getBoolean(20)));
            }
        }
        return new ExchangeSnapshot(clock, orderSequence, tradeSequence, assets, markets, accounts, orders);
    }

    /**
     * The caller closes the statement; {@code closeOnCompletion} is not used: the pool tracks the
     * statements it hands out and, not told of H2's own close, cancelled each again when the
     * connection went back, which H2 refused and wrote to its trace file on every start.
     */
    private static PreparedStatement byVenue(Connection c, String sql, String venue) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setString(1, venue);
        return s;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Writes {@code now} for {@code venue}, given that the tables hold {@code before} (null: the
     * venue is not stored yet).
     */
    static void write(Connection c, String venue, ExchangeSnapshot before, ExchangeSnapshot now) throws SQLException {
        if (before == null) {
            insertVenue(c, venue, now);
        } else {
            update(c, "UPDATE paper_venue SET clock_millis = ?, order_sequence = ?, trade_sequence = ?, saved_at = ?"
                    + " WHERE venue = ?", now.clock(), now.orderSequence(), now.tradeSequence(), savedAt(), venue);
        }
        writeAssets(c, venue, before == null ? List.of() : before.assets(), now.assets());
        writeMarkets(c, venue, before == null ? List.of() : before.markets(), now.markets());
        writeAccounts(c, venue, before == null ? List.of() : before.accounts(), now.accounts());
        writeOrders(c, venue, before == null ? List.of() : before.orders(), now.orders());
    }

    private static void insertVenue(Connection c, String venue, ExchangeSnapshot now) throws SQLException {
        update(c, "INSERT INTO paper_venue (venue, clock_millis, order_sequence, trade_sequence, saved_at)"
                + " VALUES (?, ?, ?, ?, ?)", venue, now.clock(), now.orderSequence(), now.tradeSequence(), savedAt());
    }

    private static OffsetDateTime savedAt() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void writeAssets(Connection c, String venue, List<AssetState> before, List<AssetState> now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paper_asset (venue, asset_id, name, scale, pinned,"
                + " deposited, fees_collected) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = c.prepareStatement("UPDATE paper_asset SET scale = ?, pinned = ?, deposited = ?,"
                        + " fees_collected = ? WHERE venue = ? AND asset_id = ?")) {
            for (int id = 0; id < now.size(); id++) {
                AssetState asset = now.get(id);
                if (id >= before.size()) {
                    bind(insert, venue, id, asset.name(), asset.scale(), asset.held(), asset.deposited(), asset.feesCollected());
                    insert.addBatch();
                } else if (!asset.equals(before.get(id))) {
                    bind(change, asset.scale(), asset.held(), asset.deposited(), asset.feesCollected(), venue, id);
                    change.addBatch();
                }
            }
            insert.executeBatch();
            change.executeBatch();
        }
    }

    private static void writeMarkets(Connection c, String venue, List<MarketState> before, List<MarketState> now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paper_market (venue, market_id, symbol, base_asset,"
                + " quote_asset, tick_size, step_size, min_quantity, min_notional, max_quantity, maker_fee, taker_fee, status,"
                + " sessions, price_band, max_open_orders, last_price, last_candle_walked)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = c.prepareStatement(
                        "UPDATE paper_market SET last_price = ?, last_candle_walked = ? WHERE venue = ? AND market_id = ?")) {
            for (int id = 0; id < now.size(); id++) {
                MarketState market = now.get(id);
                Instrument i = market.instrument();
                if (id >= before.size()) {
                    bind(insert, venue, id, i.symbol(), i.base(), i.quote(), text(i.tickSize()), text(i.stepSize()),
                            text(i.minQuantity()), text(i.minNotional()), text(i.maxQuantity()), text(i.makerFee()),
                            text(i.takerFee()), i.status().name(), TradingSessionsText.format(i.sessions()),
                            text(i.priceBand()), i.maxOpenOrders(), market.lastPrice(), lastCandleWalked(market));
                    insert.addBatch();
                } else if (!i.equals(before.get(id).instrument())) {
                    throw new IllegalArgumentException("market " + id + " of paper venue " + venue + " changed its instrument");
                } else if (market.lastPrice() != before.get(id).lastPrice()
                        || market.lastCandleWalked() != before.get(id).lastCandleWalked()) {
                    bind(change, market.lastPrice(), lastCandleWalked(market), venue, id);
                    change.addBatch();
                }
            }
            insert.executeBatch();
            change.executeBatch();
        }
    }

    /** Null (SQL NULL) for a market no candle has moved. */
    private static Long lastCandleWalked(MarketState market) {
        return market.lastCandleWalked() == Market.NO_CANDLE ? null : market.lastCandleWalked();
    }

    private static void writeAccounts(Connection c, String venue, List<AccountState> before, List<AccountState> now)
            throws SQLException {
        try (PreparedStatement insertAccount = c.prepareStatement(
                "INSERT INTO paper_account (venue, account_id, name, funded_on_demand) VALUES (?, ?, ?, ?)");
                PreparedStatement insertBalance = c.prepareStatement(
                        "INSERT INTO paper_balance (venue, account_id, asset_id, available, held) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement change = c.prepareStatement("UPDATE paper_balance SET available = ?, held = ?"
                        + " WHERE venue = ? AND account_id = ? AND asset_id = ?")) {
            for (int id = 0; id < now.size(); id++) {
                AccountState account = now.get(id);
                List<BalanceState> old = id < before.size() ? before.get(id).balances() : List.of();
                if (id >= before.size()) {
                    bind(insertAccount, venue, id, account.name(), account.fundedOnDemand());
                    insertAccount.addBatch();
                }
                for (int asset = 0; asset < account.balances().size(); asset++) {
                    BalanceState balance = account.balances().get(asset);
                    if (asset >= old.size()) {
                        bind(insertBalance, venue, id, asset, balance.available(), balance.held());
                        insertBalance.addBatch();
                    } else if (!balance.equals(old.get(asset))) {
                        bind(change, balance.available(), balance.held(), venue, id, asset);
                        change.addBatch();
                    }
                }
            }
            insertAccount.executeBatch();
            insertBalance.executeBatch();
            change.executeBatch();
        }
    }

    private static void writeOrders(Connection c, String venue, List<OrderState> before, List<OrderState> now)
            throws SQLException {
        Map<Long, Integer> oldPriority = new HashMap<>();
        Map<Long, OrderState> old = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            oldPriority.put(before.get(i).id(), i);
            old.put(before.get(i).id(), before.get(i));
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper_open_order WHERE venue = ? AND order_id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO paper_open_order (venue, order_id, priority,"
                        + " client_order_id, account_id, market_id, side, order_type, requested_type, time_in_force, price,"
                        + " stop_price, quantity, filled, quote_budget, expire_at, sequence_number, status, rejection_mask,"
                        + " held, hold_mode, resting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int priority = 0; priority < now.size(); priority++) {
                OrderState order = now.get(priority);
                OrderState previous = old.remove(order.id());
                if (previous != null && previous.equals(order) && oldPriority.get(order.id()) == priority) {
                    continue;
                }
                if (previous != null) {
                    bind(delete, venue, order.id());
                    delete.addBatch();
                }
                bind(insert, venue, order.id(), priority, order.uid(), order.account(), order.market(), order.side().name(),
                        order.type().name(), order.requestedType().name(), order.timeInForce().name(), order.price(),
                        order.stopPrice(), order.quantity(), order.filled(), order.quoteBudget(), order.expireAt(),
                        order.sequence(), order.status().name(), order.rejectionMask(), order.held(), order.holdMode(),
                        order.resting());
                insert.addBatch();
            }
            for (long gone : old.keySet()) {
                bind(delete, venue, gone);
                delete.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
