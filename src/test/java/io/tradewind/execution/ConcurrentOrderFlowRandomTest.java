package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several strategy instances submit and cancel on their own threads while a connector thread
 * pushes fills and order updates and a reconciliation thread runs: afterwards holds equal what
 * the open orders need, every fill moved the balances exactly once, no order was placed twice,
 * and the listener heard each order's changes once, in order, one call at a time. Seeded: a
 * failure names its seed (the interleaving itself is up to the scheduler).
 */
class ConcurrentOrderFlowRandomTest {

    private static final int STRATEGIES = 3;
    private static final int STEPS = 60;
    private static final int PUSHES = 40;
    private static final long BOUND_SECONDS = 60;

    /** Balances answer only at start-up, so that afterwards the local balances move by fills alone. */
    private static final class StartOnlyBalances extends SynchronizedVenue {

        volatile boolean started;

        StartOnlyBalances(FakeVenue venue) {
            super(venue);
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            if (started) {
                throw new VenueException("balances are not refreshed in this test", false);
            }
            return super.balances(account);
        }
    }

    /** Checks each order's published states as they arrive and that no two calls overlap. */
    private static final class CheckingListener implements ExecutionListener {

        final Map<String, OrderRecord> last = new ConcurrentHashMap<>();
        final List<String> problems = new ArrayList<>();
        private final AtomicBoolean inside = new AtomicBoolean();

        @Override
        public void orderChanged(OrderRecord order) {
            enter();
            OrderRecord before = last.put(order.clientOrderId(), order);
            if (order.equals(before)) {
                problems.add("published twice: " + order);
            }
            if (before != null && order.filled().compareTo(before.filled()) < 0) {
                problems.add("filled went back: " + before + " -> " + order);
            }
            if (before != null && before.status() != order.status() && !before.status().canMoveTo(order.status())) {
                problems.add("out of order: " + before.status() + " -> " + order.status() + " of " + order.clientOrderId());
            }
            inside.set(false);
        }

        @Override
        public void filled(FillRecord fill) {
            enter();
            inside.set(false);
        }

        private void enter() {
            if (!inside.compareAndSet(false, true)) {
                problems.add("two listener calls at once");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 2026L})
    void invariants_hold_after_concurrent_orders_reports_and_reconciliation(long seed) throws Exception {
        FakeVenue fake = Fixtures.richVenue();
        StartOnlyBalances venue = new StartOnlyBalances(fake);
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService service = new ExecutionService(venue, store, Fixtures.INSTRUMENTS, RiskConfig.none(),
                Fixtures.settings(Fixtures.clock()));
        CheckingListener listener = new CheckingListener();
        service.addListener(listener);
        service.start();
        venue.started = true;
        Map<String, BigDecimal> initial = totals(store.balances("fake"));

        ExecutorService threads = Executors.newFixedThreadPool(STRATEGIES + 2);
        CyclicBarrier go = new CyclicBarrier(STRATEGIES + 2);
        AtomicBoolean strategiesDone = new AtomicBoolean();
        List<Future<?>> work = new ArrayList<>();
        try {
            List<Future<?>> strategies = new ArrayList<>();
            for (int s = 0; s < STRATEGIES; s++) {
                String instance = "grid-" + s;
                Random random = new Random(seed * 31 + s);
                strategies.add(threads.submit(() -> {
                    go.await();
                    trade(service, instance, random);
                    return null;
                }));
            }
            work.addAll(strategies);
            Random connectorRandom = new Random(seed * 31 + 100);
            work.add(threads.submit(() -> {
                go.await();
                int pushed = 0;
                // at least PUSHES fills, whenever the strategies finish: the scheduler may start this thread late
                while (!strategiesDone.get() || pushed < PUSHES) {
                    // read before looking for open orders: an order placed after an empty look is no reason to stop
                    boolean done = strategiesDone.get();
                    if (push(service, fake, connectorRandom)) {
                        pushed++;
                    } else if (done) {
                        break; // nothing open is left to fill
                    }
                }
                return null;
            }));
            work.add(threads.submit(() -> {
                go.await();
                while (!strategiesDone.get()) {
                    service.reconcile();
                }
                return null;
            }));
            for (Future<?> strategy : strategies) {
                strategy.get(BOUND_SECONDS, TimeUnit.SECONDS);
            }
            strategiesDone.set(true);
            for (Future<?> each : work) {
                each.get(BOUND_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        service.reconcile();

        String context = "seed " + seed;
        // how many fills the connector made depends on thread timing (it stops when nothing is open); every one counts
        int traded = fake.allTrades().size();
        assertTrue(traded > 0, context + ": the run filled orders");
        assertEquals(traded, store.fills("fake").size(), context + ": every fill made at the venue is recorded once");
        assertTrue(listener.problems.isEmpty(), () -> context + ": " + listener.problems);
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
        assertEquals(new java.util.HashSet<>(store.holds("fake")), new java.util.HashSet<>(service.holds()), context + ": holds in memory equal the stored ones");
        List<OrderRecord> orders = store.orders(OrderQuery.all());
        assertEquals(orders.stream().filter(OrderRecord::holdsFunds).map(OrderRecord::clientOrderId).sorted().toList(),
                service.liveOrders().stream().map(OrderRecord::clientOrderId).sorted().toList(),
                context + ": live orders are exactly the stored open ones");
        for (OrderRecord order : orders) {
            assertTrue(fake.placeCalls(order.clientOrderId()) <= 1, () -> context + ": placed twice: " + order);
            assertEquals(order, listener.last.get(order.clientOrderId()), () -> context + ": last state heard");
        }
        assertEquals(expectedTotals(initial, store.fills("fake")), totals(store.balances("fake")),
                context + ": balances moved by each fill once");
    }

    private static void trade(ExecutionService service, String instance, Random random) {
        List<String> mine = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            if (!mine.isEmpty() && random.nextInt(3) == 0) {
                service.cancel(mine.remove(random.nextInt(mine.size())));
                continue;
            }
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            String price = Integer.toString(900_000_000 + random.nextInt(200) * 1_000_000);
            String quantity = "0.0" + (1 + random.nextInt(9));
            SubmitResult result = service.submit(instance, OrderIntent.limit(ACCOUNT, "BTC-IRR", side, price, quantity));
            mine.add(result.order().clientOrderId());
        }
    }

    /** The connector: fills part of an open order at the venue, then pushes the trade or the order's report; false if nothing is open. */
    private static boolean push(ExecutionService service, FakeVenue fake, Random random) throws VenueException {
        VenueTrade trade = null;
        VenueOrder report = null;
        synchronized (fake) {
            List<VenueOrder> open = fake.openOrders(ACCOUNT);
            if (open.isEmpty()) {
                return false;
            }
            VenueOrder order = open.get(random.nextInt(open.size()));
            BigDecimal left = order.quantity().subtract(order.filled());
            BigDecimal part = random.nextBoolean() ? left : left.min(new BigDecimal("0.01"));
            trade = fake.fill(order.clientOrderId(), part.toPlainString(), order.price().toPlainString());
            if (random.nextBoolean()) {
                report = fake.order(order.clientOrderId()).orElseThrow();
            }
        }
        if (report != null) {
            service.onOrderUpdate(report);
        } else {
            service.onTrade(ACCOUNT, trade);
        }
        return true;
    }

    private static Map<String, BigDecimal> totals(List<BalanceRecord> balances) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (BalanceRecord balance : balances) {
            totals.merge(balance.asset(), balance.total().stripTrailingZeros(), BigDecimal::add);
        }
        return totals;
    }

    /** What the fills must have made of the balances: a buyer pays notional and fee in quote, a seller receives them less the fee. */
    private static Map<String, BigDecimal> expectedTotals(Map<String, BigDecimal> initial, List<FillRecord> fills) {
        Map<String, BigDecimal> expected = new HashMap<>(initial);
        for (FillRecord fill : fills) {
            BigDecimal quote = fill.side() == Side.BUY ? fill.notional().add(fill.fee()).negate()
                    : fill.notional().subtract(fill.fee());
            BigDecimal base = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
            expected.merge("IRR", quote, BigDecimal::add);
            expected.merge("BTC", base, BigDecimal::add);
        }
        expected.replaceAll((asset, amount) -> amount.stripTrailingZeros());
        return expected;
    }
}
