package io.tradewind.persistence;

import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.ExchangeSnapshot;
import io.tradewind.sim.gateway.PaperVenueState;
import io.tradewind.sim.gateway.PaperVenueStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link PaperVenueStore} in a SQL database over plain JDBC (tables of {@code V4__paper_venue.sql}).
 * Each save is one transaction: after a crash the venue loads as it was before the save or after
 * it. Durability on disk is the database's: the application's H2 URL sets {@code WRITE_DELAY=0},
 * so a committed save is in the file before the venue answers.
 *
 * <p>To keep a save proportional to what changed, the store remembers per venue what it last
 * wrote (the exchange snapshot, the highest client order id, the unpushed news) and writes only
 * the difference; it reads that back from the tables if it has not written the venue yet, and
 * forgets it when a save fails. One process owns a venue's rows.
 */
public final class JdbcPaperVenueStore implements PaperVenueStore {

    /** What the tables hold for one venue, as far as the next save needs to know. */
    private record Stored(ExchangeSnapshot exchange, long lastOrderId, List<Long> undeliveredOrders,
            List<PaperVenueState.TradeRef> undeliveredTrades) {
    }

    private final PreparedTables tables;
    private final Map<String, Stored> stored = new HashMap<>();

    /**
     * @param ensureSchema run before each use; creates the tables if they are missing (Flyway
     *                     migrate) and is cheap once they exist
     */
    public JdbcPaperVenueStore(DataSource dataSource, Runnable ensureSchema) {
        this.tables = new PreparedTables(dataSource, ensureSchema, "paper venue store");
    }

    @Override
    public synchronized Optional<PaperVenueState> load(String venue) {
        return load(venue, (c, news) -> PaperHistoryRows.readOrders(c, venue), (c, orders, news) -> PaperHistoryRows.readTrades(c, venue));
    }

    @Override
    public synchronized Optional<PaperVenueState> load(String venue, int recentOrders, int recentTrades) {
        return load(venue, (c, news) -> RecentPaperHistory.orders(c, venue, recentOrders, news),
                (c, orders, news) -> RecentPaperHistory.trades(c, venue, recentTrades, orders, news));
    }

    private interface OrderRows {
        List<PaperVenueState.ClientOrder> read(Connection c, List<Long> undelivered) throws SQLException;
    }

    private interface TradeRows {
        List<PaperVenueState.OwnTrade> read(Connection c, List<PaperVenueState.ClientOrder> orders,
                List<PaperVenueState.TradeRef> undelivered) throws SQLException;
    }

    private Optional<PaperVenueState> load(String venue, OrderRows orderRows, TradeRows tradeRows) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_REPEATABLE_READ, false)) {
            Connection c = session.connection();
            ExchangeSnapshot exchange = PaperExchangeRows.read(c, venue);
            if (exchange == null) {
                stored.remove(venue);
                return Optional.empty();
            }
            List<Long> undeliveredOrders = PaperHistoryRows.readUndeliveredOrders(c, venue);
            List<PaperVenueState.TradeRef> undeliveredTrades = PaperHistoryRows.readUndeliveredTrades(c, venue);
            List<PaperVenueState.ClientOrder> orders = orderRows.read(c, undeliveredOrders);
            PaperVenueState state = new PaperVenueState(exchange, orders, tradeRows.read(c, orders, undeliveredTrades),
                    undeliveredOrders, undeliveredTrades);
            stored.put(venue, new Stored(exchange, orders.isEmpty() ? 0 : orders.get(orders.size() - 1).id(),
                    state.undeliveredOrders(), state.undeliveredTrades()));
            return Optional.of(state);
        } catch (SQLException e) {
            throw tables.failure("load paper venue " + venue, e);
        }
    }

    @Override
    public synchronized Optional<StoredOrder> order(String venue, String clientOrderId) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_REPEATABLE_READ, false)) {
            return RecentPaperHistory.order(session.connection(), venue, clientOrderId);
        } catch (SQLException e) {
            throw tables.failure("read order " + clientOrderId + " of paper venue " + venue, e);
        }
    }

    @Override
    public synchronized List<VenueTrade> trades(String venue, String account, int from, int limit) {
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, false)) {
            return RecentPaperHistory.trades(session.connection(), venue, account, from, limit);
        } catch (SQLException e) {
            throw tables.failure("read trades of " + account + " at paper venue " + venue, e);
        }
    }

    @Override
    public synchronized void save(String venue, PaperVenueState changes) {
        Stored before = stored.remove(venue);
        try (JdbcSession session = tables.open(Connection.TRANSACTION_READ_COMMITTED, true)) {
            Connection c = session.connection();
            if (before == null) {
                before = readStored(c, venue);
            }
            PaperExchangeRows.write(c, venue, before.exchange(), changes.exchange());
            PaperHistoryRows.writeOrders(c, venue, changes.orders(), before.lastOrderId());
            PaperHistoryRows.insertTrades(c, venue, changes.trades());
            boolean newsChanged = !changes.undeliveredOrders().equals(before.undeliveredOrders())
                    || !changes.undeliveredTrades().equals(before.undeliveredTrades());
            if (newsChanged) {
                PaperHistoryRows.replaceUndelivered(c, venue, changes.undeliveredOrders(), changes.undeliveredTrades());
            }
            session.commit();
            long lastOrderId = Math.max(before.lastOrderId(),
                    changes.orders().stream().mapToLong(PaperVenueState.ClientOrder::id).max().orElse(0));
            stored.put(venue, new Stored(changes.exchange(), lastOrderId, changes.undeliveredOrders(),
                    changes.undeliveredTrades()));
        } catch (SQLException e) {
            throw tables.failure("save paper venue " + venue, e);
        }
    }

    /** What the tables hold, for a venue this store has neither loaded nor saved. */
    private static Stored readStored(Connection c, String venue) throws SQLException {
        ExchangeSnapshot exchange = PaperExchangeRows.read(c, venue);
        if (exchange == null) {
            return new Stored(null, 0, List.of(), List.of());
        }
        long lastOrderId;
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(order_id) FROM paper_client_order WHERE venue = ?")) {
            s.setString(1, venue);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                lastOrderId = r.getLong(1);
            }
        }
        return new Stored(exchange, lastOrderId, PaperHistoryRows.readUndeliveredOrders(c, venue),
                PaperHistoryRows.readUndeliveredTrades(c, venue));
    }
}
