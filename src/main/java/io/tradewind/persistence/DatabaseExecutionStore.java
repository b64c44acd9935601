package io.tradewind.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.BalanceRecord;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.OrderPage;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.PositionRecord;
import io.tradewind.execution.StoreBatch;
import io.tradewind.execution.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * The execution store in the database configured by {@code quarkus.datasource} (an H2 file under
 * {@code ./data} by default, opened with {@code WRITE_DELAY=0} so a commit is on disk when it
 * returns). One batch is one transaction, written over plain JDBC; reads go through Hibernate.
 */
@ApplicationScoped
public class DatabaseExecutionStore implements ExecutionStore {

    /** The order the listings keep: by creation, ties by client order id, as the database sorts them. */
    private static final Comparator<OrderRecord> BY_CREATION = Comparator.comparing(OrderRecord::createdAt)
            .thenComparing(OrderRecord::clientOrderId);
    /** The deepest page merged venue by venue; a deeper one is read by one query, which the database pages. */
    private static final int MERGED_PAGE_DEPTH = 10_000;
    private static final List<String> LIVE = List.of(OrderStatus.NEW, OrderStatus.QUEUED, OrderStatus.ACTIVE,
            OrderStatus.PARTIAL).stream().map(OrderStatus::wireName).toList();

    private final DataSource dataSource;
    private final BatchWriter writer = new BatchWriter();
    private final StoreMigration migration;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final HoldRepository holds;
    private final BalanceRepository balances;
    private final OrderEventRepository events;
    private final TradeCursorRepository cursors;
    private final PositionRepository positions;

    DatabaseExecutionStore(DataSource dataSource, StoreMigration migration, OrderRepository orders, FillRepository fills,
            HoldRepository holds, BalanceRepository balances, OrderEventRepository events,
            TradeCursorRepository cursors, PositionRepository positions) {
        this.dataSource = dataSource;
        this.migration = migration;
        this.orders = orders;
        this.fills = fills;
        this.holds = holds;
        this.balances = balances;
        this.events = events;
        this.cursors = cursors;
        this.positions = positions;
    }

    /**
     * One local JDBC transaction, not Hibernate's: the order path commits twice per order (the
     * write-ahead record, then the venue's answer), and Hibernate's reads before writes, flush and
     * JTA transaction cost more than the database's own commit.
     */
    @Override
    public void commit(StoreBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            migration.ensureMigrated();
            try (JdbcSession session = JdbcSession.forWriting(dataSource, Connection.TRANSACTION_READ_COMMITTED)) {
                writer.write(session.connection(), batch);
                session.commit();
            }
        } catch (StoreException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("execution store: commit failed: " + RootCause.of(e), e);
        }
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
            List<OrderQuery> queries = byVenue(query);
            List<OrderRecord> matching = new ArrayList<>();
            for (OrderQuery ofVenue : queries) {
                find(ofVenue, Sort.by("createdAt").and("clientOrderId")).list()
                        .forEach(order -> matching.add(ExecutionRows.order(order)));
            }
            if (queries.size() > 1) {
                matching.sort(BY_CREATION);
            }
            return matching;
        });
    }

    @Override
    public List<OrderRecord> latestOrders(OrderQuery query, int limit) {
        return read("list the latest orders", () -> {
            // the newest first, as many as asked, read by the database: the history is never loaded whole
            List<OrderQuery> queries = byVenue(query);
            List<OrderRecord> newest = new ArrayList<>();
            for (OrderQuery ofVenue : queries) {
                find(ofVenue, Sort.by("createdAt", Sort.Direction.Descending).and("clientOrderId", Sort.Direction.Descending))
                        .page(Page.ofSize(limit)).list().forEach(order -> newest.add(ExecutionRows.order(order)));
            }
            if (queries.size() > 1) {
                newest.sort(BY_CREATION.reversed());
            }
            List<OrderRecord> oldestFirst = new ArrayList<>(newest.subList(0, Math.min(limit, newest.size())));
            Collections.reverse(oldestFirst);
            return oldestFirst;
        });
    }

    @Override
    public OrderPage orderPage(OrderQuery query, int offset, int limit) {
        return read("list a page of orders", () -> {
            // counted and paged by the database: an Orders API list never loads the venue's history
            List<OrderQuery> queries = byVenue(query);
            long total = 0;
            for (OrderQuery ofVenue : queries) {
                total += find(ofVenue, Sort.by("createdAt").and("clientOrderId")).count();
            }
            if (offset >= total) {
                return new OrderPage(List.of(), total);
            }
            int last = (int) Math.min((long) offset + limit - 1, total - 1);
            if (queries.size() == 1 || last >= MERGED_PAGE_DEPTH) {
                // one venue; or a page so deep that merging would hold each venue's orders before it: the database skips them
                return new OrderPage(find(queries.size() == 1 ? queries.get(0) : query, Sort.by("createdAt").and("clientOrderId"))
                        .range(offset, last).list().stream().map(ExecutionRows::order).toList(), total);
            }
            // the page lies within each venue's first last + 1 orders
            List<OrderRecord> first = new ArrayList<>();
            for (OrderQuery ofVenue : queries) {
                find(ofVenue, Sort.by("createdAt").and("clientOrderId")).range(0, last).list()
                        .forEach(order -> first.add(ExecutionRows.order(order)));
            }
            first.sort(BY_CREATION);
            // an order that left the status between the count and the reads leaves the page shorter, as one query's would
            int end = Math.min(last + 1, first.size());
            return new OrderPage(offset >= end ? List.of() : List.copyOf(first.subList(offset, end)), total);
        });
    }

    /**
     * The query as the database can answer it from an index: a status without a venue asked venue by venue.
     * The only index on status is (venue, status), and H2 reads a status's rows from it only below one venue
     * (below a list or a subquery of venues it reads the whole index): asked of the whole table, the open
     * orders the dashboard asks for (three statuses, with every refresh) read every order ever stored: 1.6 to 5 s
     * each of 1.2 million orders, 10 to 20 ms venue by venue. H2 reads the distinct venues from the index's first column; PostgreSQL
     * reads the index once for them (it read the whole table before).
     */
    private List<OrderQuery> byVenue(OrderQuery query) {
        if (query.venue() != null || query.status() == null) {
            return List.of(query);
        }
        List<String> venues = orders.getEntityManager()
                .createQuery("select distinct o.venue from OrderEntity o", String.class).getResultList();
        return venues.stream().map(venue -> new OrderQuery(venue, query.status(), query.symbol(), query.strategyInstance(),
                query.account(), query.side(), query.createdFrom(), query.createdTo())).toList();
    }

    private PanacheQuery<OrderEntity> find(OrderQuery query, Sort sort) {
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
            where.add("upper(symbol) = :symbol"); // no index on symbol to lose (V7)
            params.put("symbol", query.symbol().toUpperCase(Locale.ROOT));
        }
        if (query.strategyInstance() != null) {
            where.add("strategyInstance = :strategy");
            params.put("strategy", query.strategyInstance());
        }
        if (query.account() != null) {
            where.add("walletId = :account");
            params.put("account", query.account());
        }
        if (query.side() != null) {
            where.add("side = :side");
            params.put("side", query.side().wireName());
        }
        if (query.createdFrom() != null) {
            where.add("createdAt >= :createdFrom");
            params.put("createdFrom", query.createdFrom());
        }
        if (query.createdTo() != null) {
            where.add("createdAt <= :createdTo");
            params.put("createdTo", query.createdTo());
        }
        return where.isEmpty() ? orders.findAll(sort) : orders.find(String.join(" and ", where), sort, params);
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
    public List<FillRecord> fillsOf(String clientOrderId) {
        // index exec_fill_order: an order's few fills, however long the venue's history
        return read("list an order's fills", () -> fills.list("clientOrderId", Sort.by("executedAt").and("tradeId"),
                clientOrderId).stream().map(ExecutionRows::fill).toList());
    }

    @Override
    public List<FillRecord> latestFills(int limit) {
        return read("list the latest fills", () -> {
            // the newest first, as many as asked, read by the database: the history is never loaded whole
            List<FillEntity> newest = fills.findAll(Sort.by("executedAt", Sort.Direction.Descending)
                    .and("tradeId", Sort.Direction.Descending)).page(Page.ofSize(limit)).list();
            List<FillRecord> oldestFirst = new ArrayList<>(newest.size());
            for (int i = newest.size() - 1; i >= 0; i--) {
                oldestFirst.add(ExecutionRows.fill(newest.get(i)));
            }
            return oldestFirst;
        });
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

    /** The last write of any store in this process that failed for lack of space, until one succeeds: one disk. */
    @Override
    public Optional<String> writeFailure() {
        return StoreDiskFull.lastFailure();
    }

    private <T> T read(String what, Callable<T> work) {
        try {
            migration.ensureMigrated();
            return QuarkusTransaction.joiningExisting().call(work);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("execution store: " + what + " failed: " + RootCause.of(e), e);
        }
    }

}
