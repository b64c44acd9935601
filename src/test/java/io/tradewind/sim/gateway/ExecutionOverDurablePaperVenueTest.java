package io.tradewind.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.ExchangeSnapshot;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The execution service over a durable paper venue, with the process dying at random points —
 * among them between the write-ahead record and the venue's answer (the venue placed and saved
 * the order, the service never heard back). Each restart opens both from their stores and
 * reconciles. At the end no order is lost or duplicated, the service's open orders and holds are
 * the venue's open orders, every venue trade is one fill, and the paper balances are conserved.
 */
class ExecutionOverDurablePaperVenueTest {

    private static final Instrument BTC_IRR = DurablePaperGatewayTest.BTC_IRR;
    private static final Set<String> ACCOUNTS = Set.of("alice", "bob");

    /** The process died: thrown through the service, which therefore never finishes the call. */
    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    private final InMemoryPaperVenueStore venueStore = new InMemoryPaperVenueStore();
    private final InMemoryExecutionStore executionStore = new InMemoryExecutionStore();
    private final AtomicInteger clientOrderIds = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private DurablePaperGateway venue;
    private CrashingGateway gateway;
    private ExecutionService service;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void restartsAtRandomPointsLoseAndDuplicateNothing(long seed) throws VenueException {
        SplittableRandom random = new SplittableRandom(seed);
        restart();
        Map<String, BigDecimal> deposits = totals(venueStore.load("paper").orElseThrow().exchange());
        int crashes = 0;
        int unanswered = 0;
        for (int step = 0; step < 300; step++) {
            int roll = random.nextInt(100);
            try {
                if (roll < 4) {
                    throw new Crash();
                }
                if (roll < 10) {
                    gateway.crashAfterNextPlace = true;
                    unanswered++;
                }
                if (roll < 75) {
                    submit(random);
                } else if (roll < 85) {
                    List<OrderRecord> live = service.liveOrders();
                    if (!live.isEmpty()) {
                        service.cancel(live.get(random.nextInt(live.size())).clientOrderId());
                    }
                } else {
                    deliverEvents();
                }
            } catch (Crash crash) {
                crashes++;
                gateway.crashAfterNextPlace = false;
                now = now.plusSeconds(1);
                restart();
            }
            now = now.plusMillis(200);
        }
        deliverEvents();
        service.reconcile();

        assertTrue(crashes > 5 && unanswered > 5, "the run crashed, also between write-ahead and answer");
        assertNothingLostOrDuplicated();
        assertOpenOrdersAndHoldsAgree();
        assertEveryTradeIsOneFill();
        ExchangeSnapshot paper = venueStore.load("paper").orElseThrow().exchange();
        assertNull(PaperInvariants.violation(paper));
        Map<String, BigDecimal> after = totals(paper);
        assertEquals(deposits, after, "paper balances plus fees are what was deposited");
    }

    /** A new process: both opened from their stores, the service reconciled with the venue. */
    private void restart() {
        venue = DurablePaperGatewayTest.open(venueStore);
        gateway = new CrashingGateway(venue);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        service = new ExecutionService(gateway, executionStore, Map.of("BTC-IRR", BTC_IRR), RiskConfig.none(),
                new ExecutionSettings(ACCOUNTS, Duration.ofSeconds(30), clock, () -> "cid-" + clientOrderIds.incrementAndGet()));
        service.start();
    }

    private void submit(SplittableRandom random) {
        boolean buy = random.nextBoolean();
        long price = 100_000_000_000L + (random.nextInt(11) - 5) * 1_000_000L;
        String quantity = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 8).toPlainString();
        service.submit(buy ? "buyer" : "seller", OrderIntent.limit(buy ? "alice" : "bob", "BTC-IRR",
                buy ? Side.BUY : Side.SELL, Long.toString(price), quantity));
    }

    private void deliverEvents() {
        venue.deliverEvents(new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                service.onOrderUpdate(order);
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                service.onTrade(account, trade);
            }
        });
    }

    private void assertNothingLostOrDuplicated() {
        PaperVenueState paper = venueStore.load("paper").orElseThrow();
        Map<String, Long> placedAtVenue = paper.orders().stream()
                .collect(Collectors.groupingBy(o -> o.request().uid(), Collectors.counting()));
        placedAtVenue.forEach((uid, count) -> assertEquals(1L, count, "placed twice: " + uid));
        Set<String> known = new HashSet<>();
        for (OrderRecord order : executionStore.orders(OrderQuery.all())) {
            known.add(order.clientOrderId());
            if (order.status() != OrderStatus.REJECTED) {
                assertTrue(placedAtVenue.containsKey(order.clientOrderId()), "not at the venue: " + order);
            }
        }
        assertTrue(known.containsAll(placedAtVenue.keySet()), "every venue order is one of the service's");
    }

    private void assertOpenOrdersAndHoldsAgree() throws VenueException {
        Map<String, VenueOrder> venueOpen = new TreeMap<>();
        for (String account : ACCOUNTS) {
            for (VenueOrder order : venue.openOrders(account)) {
                venueOpen.put(order.clientOrderId(), order);
            }
        }
        Map<String, OrderRecord> serviceOpen = new TreeMap<>();
        service.liveOrders().forEach(o -> serviceOpen.put(o.clientOrderId(), o));
        assertEquals(venueOpen.keySet(), serviceOpen.keySet(), "open orders");
        venueOpen.forEach((uid, o) -> {
            assertEquals(o.status(), serviceOpen.get(uid).status(), uid);
            assertEquals(0, o.filled().compareTo(serviceOpen.get(uid).filled()), uid);
        });
        Set<String> holding = service.holds().stream().filter(h -> h.amount().signum() > 0)
                .map(HoldRecord::clientOrderId).collect(Collectors.toCollection(HashSet::new));
        assertEquals(venueOpen.keySet(), holding, "a hold for each open order and none other");
        for (String account : ACCOUNTS) {
            for (Balance balance : venue.balances(account)) {
                BigDecimal serviceHeld = service.held(account, balance.asset());
                assertTrue(serviceHeld.signum() == balance.held().signum(),
                        account + " " + balance.asset() + ": service holds " + serviceHeld + ", venue " + balance.held());
            }
        }
    }

    private void assertEveryTradeIsOneFill() throws VenueException {
        Set<String> venueTrades = new HashSet<>();
        for (String account : ACCOUNTS) {
            String cursor = null;
            TradePage page;
            do {
                page = venue.ownTrades(account, cursor);
                page.trades().forEach(t -> assertTrue(venueTrades.add(t.tradeId()), "trade listed twice: " + t));
                cursor = page.nextCursor();
            } while (page.more());
        }
        List<String> fills = service.fills().stream().map(FillRecord::tradeId).toList();
        assertEquals(fills.size(), Set.copyOf(fills).size(), "no fill recorded twice");
        assertEquals(venueTrades, Set.copyOf(fills), "every venue trade recorded once");
        assertTrue(fills.size() > 10, "the run traded");
    }

    /** Per asset: every account's available and held, plus fees, in the asset's units. */
    private static Map<String, BigDecimal> totals(ExchangeSnapshot snapshot) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (int a = 0; a < snapshot.assets().size(); a++) {
            long units = snapshot.assets().get(a).feesCollected();
            for (ExchangeSnapshot.AccountState account : snapshot.accounts()) {
                units += account.balances().get(a).available() + account.balances().get(a).held();
            }
            totals.put(snapshot.assets().get(a).name(), BigDecimal.valueOf(units, snapshot.assets().get(a).scale()));
        }
        return totals;
    }

    /** The durable venue as the service sees it, able to die right after the venue placed an order. */
    private static final class CrashingGateway implements OrderGateway {
        private final OrderGateway venue;
        boolean crashAfterNextPlace;

        CrashingGateway(OrderGateway venue) {
            this.venue = venue;
        }

        @Override
        public String venue() {
            return venue.venue();
        }

        @Override
        public VenueOrder place(OrderRequest request) throws VenueException {
            VenueOrder answer = venue.place(request);
            if (crashAfterNextPlace) {
                crashAfterNextPlace = false;
                throw new Crash();
            }
            return answer;
        }

        @Override
        public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
            return venue.cancel(account, clientOrderId);
        }

        @Override
        public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
            return venue.orderStatus(account, clientOrderId);
        }

        @Override
        public List<VenueOrder> openOrders(String account) throws VenueException {
            return venue.openOrders(account);
        }

        @Override
        public TradePage ownTrades(String account, String cursor) throws VenueException {
            return venue.ownTrades(account, cursor);
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            return venue.balances(account);
        }
    }
}
