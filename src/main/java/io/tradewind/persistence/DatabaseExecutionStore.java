package io.tradewind.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.BalanceRecord;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.PositionRecord;
import io.tradewind.execution.StoreBatch;
import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The execution store in the database configured by {@code quarkus.datasource} (an H2 file under
 * {@code ./data} by default, opened with {@code WRITE_DELAY=0} so a commit is on disk when it
 * returns). One batch is one transaction; inserts are sent in JDBC batches.
 */
@ApplicationScoped
public class DatabaseExecutionStore implements ExecutionStore {

    private static final List<String> LIVE = List.of(OrderStatus.NEW, OrderStatus.QUEUED, OrderStatus.ACTIVE,
            OrderStatus.PARTIAL).stream().map(OrderStatus::wireName).toList();

    private final StoreMigration migration;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final HoldRepository holds;
    private final BalanceRepository balances;
    private final OrderEventRepository events;
    private final TradeCursorRepository cursors;
    private final PositionRepository positions;

    DatabaseExecutionStore(StoreMigration migration, OrderRepository orders, FillRepository fills,
            HoldRepository holds, BalanceRepository balances, OrderEventRepository events,
            TradeCursorRepository cursors, PositionRepository positions) {
        this.migration = migration;
        this.orders = orders;
        this.fills = fills;
        this.holds = holds;
        this.balances = balances;
        this.events = events;
        this.cursors = cursors;
        this.positions = positions;
    }

    @Override
    public void commit(StoreBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        inTransaction("commit", () -> {
            write(batch);
            return null;
        }, true);
    }

    private void write(StoreBatch batch) {
        Map<String, OrderEntity> knownOrders = existing(ids -> orders.list("clientOrderId in ?1", ids),
                batch.orders().stream().map(OrderRecord::clientOrderId).toList(), e -> e.clientOrderId);
        for (OrderRecord order : batch.orders()) {
            OrderEntity row = knownOrders.get(order.clientOrderId());
            boolean fresh = row == null;
            row = fresh ? new OrderEntity() : row;
            ExecutionRows.copy(order, row);
            if (fresh) {
                orders.persist(row);
            }
        }
        for (FillRecord fill : batch.fills()) {
            fills.persist(ExecutionRows.row(fill));
        }
        Map<String, HoldEntity> knownHolds = existing(ids -> holds.list("clientOrderId in ?1", ids),
                batch.holds().stream().map(HoldRecord::clientOrderId).toList(), e -> e.clientOrderId);
        for (HoldRecord hold : batch.holds()) {
            HoldEntity row = knownHolds.get(hold.clientOrderId());
            boolean fresh = row == null;
            row = fresh ? new HoldEntity() : row;
            ExecutionRows.copy(hold, row);
            if (fresh) {
                holds.persist(row);
            }
        }
        if (!batch.releasedHolds().isEmpty()) {
            holds.delete("clientOrderId in ?1", List.copyOf(batch.releasedHolds()));
        }
        for (BalanceRecord balance : batch.balances()) {
            BalanceEntity row = balances.findById(new BalanceEntity.Key(balance.venue(), balance.account(), balance.asset()));
            boolean fresh = row == null;
            row = fresh ? new BalanceEntity() : row;
            ExecutionRows.copy(balance, row);
            if (fresh) {
                balances.persist(row);
            }
        }
        for (PositionRecord position : batch.positions()) {
            PositionEntity row = positions.findById(new PositionEntity.Key(position.venue(), position.strategyInstance(),
                    position.symbol()));
            boolean fresh = row == null;
            row = fresh ? new PositionEntity() : row;
            ExecutionRows.copy(position, row);
            if (fresh) {
                positions.persist(row);
            }
        }
        for (OrderEvent event : batch.events()) {
            events.persist(ExecutionRows.row(event));
        }
        for (StoreBatch.TradeCursor cursor : batch.cursors()) {
            TradeCursorEntity row = cursors.findById(new TradeCursorEntity.Key(cursor.venue(), cursor.account()));
            if (row == null) {
                row = new TradeCursorEntity();
                row.venue = cursor.venue();
                row.walletId = cursor.account();
                row.cursor = cursor.cursor();
                cursors.persist(row);
            } else {
                row.cursor = cursor.cursor();
            }
        }
    }

    /** Loads the rows with these ids in one query, keyed by id. */
    private static <E> Map<String, E> existing(Function<List<String>, List<E>> list, List<String> ids,
            Function<E, String> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list.apply(ids).stream()
                .collect(Collectors.toMap(idOf, e -> e));
    }

    @Override
    public Optional<OrderRecord> findOrder(String clientOrderId) {
        return read("find order", () -> orders.findByIdOptional(clientOrderId).map(ExecutionRows::order));
    }

    @Override
    public Optional<OrderRecord> findOrderByVenueId(String venue, String venueOrderId) {
        return read("find order by venue id", () -> orders
                .find("venue = ?1 and venueOrderId = ?2", venue, venueOrderId).firstResultOptional()
                .map(ExecutionRows::order));
    }

    @Override
    public List<OrderRecord> orders(OrderQuery query) {
        return read("list orders", () -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (query.venue() != null) {
                where.add("venue = :venue");
                params.put("venue", query.venue());
            }
            if (query.status() != null) {
                where.add("status = :status");
                params.put("status", query.status().wireName());
            }
            if (query.symbol() != null) {
                where.add("symbol = :symbol");
                params.put("symbol", query.symbol());
            }
            if (query.strategyInstance() != null) {
                where.add("strategyInstance = :strategy");
                params.put("strategy", query.strategyInstance());
            }
            Sort sort = Sort.by("createdAt").and("clientOrderId");
            List<OrderEntity> rows = where.isEmpty() ? orders.listAll(sort)
                    : orders.list(String.join(" and ", where), sort, params);
            return rows.stream().map(ExecutionRows::order).toList();
        });
    }

    @Override
    public List<OrderRecord> liveOrders(String venue) {
        return read("list live orders", () -> orders.list("venue = :venue and status in :live",
                Sort.by("createdAt").and("clientOrderId"), Parameters.with("venue", venue).and("live", LIVE))
                .stream().map(ExecutionRows::order).toList());
    }

    @Override
    public boolean hasFill(String venue, String tradeId) {
        return read("look up fill", () -> fills.findByIdOptional(new FillEntity.Key(venue, tradeId)).isPresent());
    }

    @Override
    public List<FillRecord> fills(String venue) {
        Sort sort = Sort.by("executedAt").and("tradeId");
        return read("list fills", () -> (venue == null ? fills.listAll(sort) : fills.list("venue", sort, venue))
                .stream().map(ExecutionRows::fill).toList());
    }

    @Override
    public boolean hasFills(String venue) {
        return read("look up fills", () -> fills.find("venue", venue).firstResultOptional().isPresent());
    }

    @Override
    public List<PositionRecord> positions(String venue) {
        return read("list positions", () -> positions.list("venue", Sort.by("strategyInstance").and("symbol"), venue)
                .stream().map(ExecutionRows::position).toList());
    }

    @Override
    public List<HoldRecord> holds(String venue) {
        Sort sort = Sort.by("clientOrderId");
        return read("list holds", () -> (venue == null ? holds.listAll(sort) : holds.list("venue", sort, venue))
                .stream().map(ExecutionRows::hold).toList());
    }

    @Override
    public List<BalanceRecord> balances(String venue) {
        Sort sort = Sort.by("venue").and("walletId").and("asset");
        return read("list balances", () -> (venue == null ? balances.listAll(sort) : balances.list("venue", sort, venue))
                .stream().map(ExecutionRows::balance).toList());
    }

    @Override
    public List<OrderEvent> events(String clientOrderId) {
        return read("list order events", () -> events.list("clientOrderId", Sort.by("id"), clientOrderId)
                .stream().map(ExecutionRows::event).toList());
    }

    @Override
    public Optional<String> tradeCursor(String venue, String account) {
        return read("read trade cursor", () -> cursors.findByIdOptional(new TradeCursorEntity.Key(venue, account))
                .map(row -> row.cursor));
    }

    private <T> T read(String what, Callable<T> work) {
        return inTransaction(what, work, false);
    }

    private <T> T inTransaction(String what, Callable<T> work, boolean fresh) {
        try {
            migration.ensureMigrated();
            return fresh ? QuarkusTransaction.requiringNew().call(work) : QuarkusTransaction.joiningExisting().call(work);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("execution store: " + what + " failed: " + RootCause.of(e), e);
        }
    }

}
