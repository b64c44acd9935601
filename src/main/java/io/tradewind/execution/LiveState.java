package io.tradewind.execution;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory view of one venue (live orders, holds, positions, balances, last prices) and the
 * only path by which it changes: a batch is committed to the store and then published, while the
 * view's lock is held. The lock is held for a short read-modify-commit and never across a venue
 * call, so it orders state changes without making anyone wait for a venue.
 *
 * <p>Every change is committed to the store before the view moves on; if a commit fails, the
 * view is reloaded from the store, so the two never disagree.
 *
 * <p>All fields but {@link #lastPrice} are read and written with the lock held ({@link #locked}, or
 * {@link #lock} and {@link #unlock} on the per-order paths).
 */
final class LiveState {

    private static final System.Logger LOG = System.getLogger(LiveState.class.getName());

    final String venue;
    final Map<String, Instrument> instruments;
    final ExecutionStore store;
    final ExecutionSettings settings;
    private final Publication publication;
    private final ReentrantLock lock = new ReentrantLock();

    final Map<String, OrderRecord> live = new LinkedHashMap<>();
    final HoldsLedger holds = new HoldsLedger();
    final PositionBook positions = new PositionBook();
    final BalanceBook balances;
    /** Written by the strategies' threads without the lock: a price is one value, read when needed. */
    private final Map<String, BigDecimal> lastPrices = new ConcurrentHashMap<>();
    private final UtcDays utcDays = new UtcDays();
    /** Places and cancels sent whose answers are not yet applied: an answer may carry fills the venue already counts. */
    private int callsOnTheirWay;
    /** Places and cancels started so far. */
    private long callsStarted;

    LiveState(String venue, Map<String, Instrument> instruments, ExecutionStore store, ExecutionSettings settings,
            Publication publication) {
        this.venue = venue;
        // not Map.copyOf: its lookups throw on a null key, and a venue's report may lack its symbol
        this.instruments = Collections.unmodifiableMap(new HashMap<>(instruments));
        this.store = store;
        this.settings = settings;
        this.publication = publication;
        this.balances = new BalanceBook(venue);
    }

    /** Takes the view's lock: for the per-order paths a backtest runs for every order, which {@link #locked} would allocate for. */
    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** Runs {@code work} holding the view's lock: it must not call the venue. */
    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** A place or cancel goes to the venue; {@link #callFinished()} follows once its answer is applied, or it failed. */
    void callStarted() {
        callsOnTheirWay++;
        callsStarted++;
    }

    void callFinished() {
        callsOnTheirWay--;
    }

    /**
     * Whether the venue's balances, read after {@code callsStartedBefore} was taken, may count a fill
     * this view has not settled: a place or cancel is on its way now (started before or after), or
     * one started since and has finished (its answer, with the fill, applied after the venue counted it).
     */
    boolean venueMayCountUnsettledFills(long callsStartedBefore) {
        return callsOnTheirWay > 0 || callsStarted != callsStartedBefore;
    }

    long callsStarted() {
        return callsStarted;
    }

    Instant now() {
        return settings.clock().instant();
    }

    BigDecimal lastPrice(String symbol) {
        return lastPrices.get(symbol);
    }

    void lastPrice(String symbol, BigDecimal price) {
        lastPrices.put(symbol, price);
    }

    /** The UTC day of {@code now}: daily limits ask on every order. */
    LocalDate today(Instant now) {
        return utcDays.of(now);
    }

    /** Live orders in the order they were first seen; a copy the caller may walk without the lock. */
    List<OrderRecord> liveSnapshot() {
        return live.isEmpty() ? List.of() : new ArrayList<>(live.values());
    }

    OrderRecord liveOrder(String clientOrderId) {
        return live.get(clientOrderId);
    }

    /** The newest version of an order: live or stored; {@code null} if unknown. */
    OrderRecord knownOrder(String clientOrderId) {
        OrderRecord order = live.get(clientOrderId);
        return order != null ? order : store.findOrder(clientOrderId).orElse(null);
    }

    /** The newest version of an order: changed in this batch, live, or stored; {@code null} if unknown. */
    OrderRecord currentOrder(String clientOrderId, StoreBatch batch) {
        OrderRecord pending = batch.pendingOrder(clientOrderId);
        return pending != null ? pending : knownOrder(clientOrderId);
    }

    void track(OrderRecord order) {
        if (order.holdsFunds()) {
            live.put(order.clientOrderId(), order);
        } else {
            live.remove(order.clientOrderId());
        }
    }

    /** Resizes the hold of an order to what it now needs, adding the change to the batch. */
    void setHold(OrderRecord order, StoreBatch batch) {
        Instrument instrument = instruments.get(order.symbol());
        if (instrument == null) {
            return;
        }
        BigDecimal amount = HoldsLedger.requiredHold(order, instrument, lastPrices.get(order.symbol()));
        HoldRecord existing = holds.holdOf(order.clientOrderId());
        if (amount.signum() == 0 && existing == null) {
            return;
        }
        if (existing != null && existing.amount().compareTo(amount) == 0) {
            return;
        }
        HoldRecord hold = holds.set(order, HoldsLedger.heldAsset(order, instrument), amount, now());
        if (hold == null) {
            batch.releaseHold(order.clientOrderId());
        } else {
            batch.hold(hold);
        }
    }

    /** Records a fill and moves the position and the balances it changes. */
    void settle(FillRecord fill, StoreBatch batch, Instant now) {
        batch.fill(fill);
        Instrument instrument = instruments.get(fill.symbol());
        positions.apply(fill, instrument == null ? "" : instrument.quote());
        batch.position(positions.record(venue, fill.strategyInstance(), fill.symbol()));
        if (instrument != null) {
            balances.settle(fill, instrument, batch, now);
        }
    }

    /** Commits the batch and queues what it changed for the listeners, in commit order. */
    void commit(StoreBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.commit(batch);
        } catch (RuntimeException e) {
            reload();
            throw e;
        }
        publication.committed(batch);
    }

    OrderEvent event(OrderRecord order, OrderEventType type, OrderStatus from, OrderStatus to, String detail) {
        return new OrderEvent(order.clientOrderId(), type, from, to, detail, now());
    }

    /**
     * Rebuilds the view from the store: live orders, their holds, positions and balances. Fills
     * are not read: positions are stored with them. A store written before positions were stored
     * (fills but no position rows) has its positions built from its fills once, and stored.
     */
    void reload() {
        live.clear();
        store.liveOrders(venue).forEach(o -> live.put(o.clientOrderId(), o));
        holds.load(store.holds(venue));
        List<PositionRecord> stored = store.positions(venue);
        if (stored.isEmpty() && store.hasFills(venue)) {
            stored = positionsFromFills();
        }
        positions.load(stored);
        balances.load(store.balances(venue));
    }

    private List<PositionRecord> positionsFromFills() {
        PositionBook rebuilt = new PositionBook();
        StoreBatch batch = new StoreBatch();
        for (FillRecord fill : store.fills(venue)) {
            Instrument instrument = instruments.get(fill.symbol());
            rebuilt.apply(fill, instrument == null ? "" : instrument.quote());
            batch.position(rebuilt.record(venue, fill.strategyInstance(), fill.symbol()));
        }
        store.commit(batch);
        LOG.log(System.Logger.Level.INFO, "venue {0}: positions built once from stored fills and stored", venue);
        return batch.positions();
    }
}
