package io.tradewind.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A paper venue reopened from its store after any call is the venue it was: the same answers to
 * the same calls from then on, the same news pushed, the same open orders, trades and balances.
 */
class DurablePaperGatewayTest {

    static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001",
            "0.001", "0.0025");
    static final String[] ACCOUNTS = {"alice", "bob", "carol"};
    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    /** Lists the instrument and funds the accounts, as a service does from its configuration. */
    static void setUp(SimulatedExchange exchange) {
        exchange.addInstrument(BTC_IRR);
        for (String account : ACCOUNTS) {
            exchange.deposit(exchange.openAccount(account), "IRR", new BigDecimal("30000000000"));
            exchange.deposit(exchange.openAccount(account + "-spare"), "IRR", new BigDecimal("1"));
            exchange.deposit(exchange.account(account), "BTC", new BigDecimal("2"));
        }
        exchange.advanceTime(START);
    }

    static DurablePaperGateway open(PaperVenueStore store) {
        return DurablePaperGateway.open("paper", store, FastOrderBook::new, DurablePaperGatewayTest::setUp);
    }

    /** A call to the venue and what it answered, as text. */
    private interface Call {
        String on(DurablePaperGateway venue) throws VenueException;
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7, 11})
    void aVenueReopenedFromItsStoreAnswersAsTheOneThatSavedIt(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<Call> calls = calls(random, 600);
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway running = open(store);
        int next = 0;
        int reopened = 0;
        while (next < calls.size()) {
            for (int until = Math.min(calls.size(), next + 1 + random.nextInt(120)); next < until; next++) {
                calls.get(next).on(running);
            }
            store = copyOf(store);
            DurablePaperGateway restarted = open(store);
            reopened++;
            for (int until = Math.min(calls.size(), next + 80); next < until; next++) {
                assertEquals(calls.get(next).on(running), calls.get(next).on(restarted), "seed " + seed + ", call " + next);
            }
            assertEquals(running.exchange().snapshot(), restarted.exchange().snapshot());
            running = restarted;
        }
        assertTrue(reopened > 2);
        assertFalse(running.ownTrades("alice", null).trades().isEmpty(), "the scenario trades");
    }

    /**
     * A paper venue kept every order and trade it ever had in memory and loaded them all at each
     * start: months of a market maker on paper grew the heap and the start without bound. One that
     * keeps only its last few orders and trades in memory (and loads only those) answers every
     * call as one that keeps everything, across restarts: its store answers for the rest.
     */
    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7, 11})
    void aVenueThatForgetsOldHistoryAnswersAsOneThatKeepsIt(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<Call> calls = calls(random, 600);
        DurablePaperGateway keepsAll = open(new InMemoryPaperVenueStore());
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway forgets = DurablePaperGateway.open("paper", store, FastOrderBook::new,
                DurablePaperGatewayTest::setUp, 3, 4);
        int most = 0;
        for (int next = 0; next < calls.size(); next++) {
            if (random.nextInt(100) == 0) {
                store = copyOf(store);
                forgets = DurablePaperGateway.open("paper", store, FastOrderBook::new, DurablePaperGatewayTest::setUp, 3, 4);
            }
            assertEquals(calls.get(next).on(keepsAll), calls.get(next).on(forgets), "seed " + seed + ", call " + next);
            if (next % 50 == 0) {
                // news not pushed yet keeps its orders in memory: measured once it is pushed
                List<String> pushedByAll = new ArrayList<>();
                List<String> pushed = new ArrayList<>();
                keepsAll.deliverEvents(recorder(pushedByAll));
                forgets.deliverEvents(recorder(pushed));
                assertEquals(pushedByAll, pushed);
                most = Math.max(most, forgets.ordersInMemory() - keepsAll.openOrders("alice").size()
                        - keepsAll.openOrders("bob").size() - keepsAll.openOrders("carol").size());
            }
        }
        assertEquals(keepsAll.exchange().snapshot(), forgets.exchange().snapshot());
        assertTrue(most <= 3, "in memory: the open orders and the last 3 placed, finished or not; was " + most);
        for (String account : ACCOUNTS) {
            for (String cursor : new String[] {null, "0", "1", "5"}) {
                assertEquals(keepsAll.ownTrades(account, cursor), forgets.ownTrades(account, cursor));
            }
        }
        OrderRequest first = OrderRequest.limit("o0", "alice", "BTC-IRR", Side.BUY, "100000000000", "0.1",
                TimeInForce.GOOD_TILL_CANCELED);
        assertEquals(keepsAll.place(first), forgets.place(first), "a repeated client order id names the first order");
    }

    @Test
    void newsOfAFillNotYetPushedIsPushedAfterARestart() throws Exception {
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway venue = open(store);
        venue.place(OrderRequest.limit("a1", "alice", "BTC-IRR", Side.BUY, "100000000000", "0.25", null));
        venue.place(OrderRequest.limit("b1", "bob", "BTC-IRR", Side.SELL, "100000000000", "0.1", null));

        List<String> pushed = new ArrayList<>();
        open(store).deliverEvents(recorder(pushed));

        assertEquals(List.of("trade alice a1 0.10000000", "order a1 partial 0.10000000"), pushed);
    }

    @Test
    void newsIsPushedOutsideTheVenuesTurnAndWhatTheSinkCausesIsPushedInTheSameCall() throws Exception {
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway venue = open(store);
        venue.place(OrderRequest.limit("a1", "alice", "BTC-IRR", Side.BUY, "100000000000", "0.25", null));
        venue.place(OrderRequest.limit("b1", "bob", "BTC-IRR", Side.SELL, "100000000000", "0.1", null));
        List<String> pushed = new ArrayList<>();
        List<Boolean> heldTheVenue = new ArrayList<>();
        venue.deliverEvents(new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                heldTheVenue.add(Thread.holdsLock(venue));
                pushed.add("order " + order.clientOrderId() + " " + order.status().wireName());
                if (order.clientOrderId().equals("a1")) {
                    try {
                        venue.place(OrderRequest.limit("b2", "bob", "BTC-IRR", Side.SELL, "99000000000", "0.1", null));
                    } catch (VenueException e) {
                        throw new AssertionError(e);
                    }
                }
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                heldTheVenue.add(Thread.holdsLock(venue));
                pushed.add("trade " + account + " " + trade.clientOrderId());
            }
        });

        assertEquals(List.of("trade alice a1", "order a1 partial", "trade alice a1", "order a1 partial"), pushed,
                "the sink's sale fills more of alice's better bid, and that is pushed in the same call");
        assertEquals(List.of(false, false, false, false), heldTheVenue);
        List<String> again = new ArrayList<>();
        open(store).deliverEvents(recorder(again));
        assertEquals(List.of(), again, "what was pushed is saved as pushed");
    }

    @Test
    void anOrderWhoseSaveFailedIsNotAnsweredUntilItIsSaved() throws Exception {
        FailingStore store = new FailingStore();
        DurablePaperGateway venue = open(store);
        store.failing = true;
        VenueException lost = assertThrows(VenueException.class,
                () -> venue.place(OrderRequest.limit("a1", "alice", "BTC-IRR", Side.BUY, "100000000000", "0.25", null)));
        assertTrue(lost.mayHaveTakenEffect(), "the order exists in memory: look it up, never place it again");
        assertEquals(Optional.empty(), open(store).orderStatus("alice", "a1"), "a restart never heard of it");
        VenueException stillFailing = assertThrows(VenueException.class, () -> venue.orderStatus("alice", "a1"));
        assertFalse(stillFailing.mayHaveTakenEffect());

        store.failing = false;
        assertEquals(OrderStatus.ACTIVE, venue.orderStatus("alice", "a1").orElseThrow().status());
        assertEquals(OrderStatus.ACTIVE, open(store).orderStatus("alice", "a1").orElseThrow().status());
    }

    @Test
    void aSaveCarriesOnlyTheHistoryThatChanged() throws Exception {
        RecordingStore store = new RecordingStore();
        DurablePaperGateway venue = open(store);
        venue.place(OrderRequest.limit("a1", "alice", "BTC-IRR", Side.BUY, "100000000000", "0.25", null));
        venue.place(OrderRequest.limit("b1", "bob", "BTC-IRR", Side.SELL, "100000000000", "0.1", null));
        PaperVenueState last = store.last;
        assertEquals(Set.of(1L, 2L), last.orders().stream().map(PaperVenueState.ClientOrder::id).collect(Collectors.toSet()),
                "the fill changed the resting buy and the sell");
        assertEquals(2, last.trades().size(), "both sides of the one trade");
        assertEquals(List.of(1L), last.undeliveredOrders());

        venue.orderStatus("alice", "a1");
        assertEquals(last, store.last, "a query with nothing new does not save");
    }

    @Test
    void theMarketMovedThroughUpdateIsSavedAndExpiresOrdersDurably() throws Exception {
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway venue = open(store);
        venue.place(new OrderRequest("e1", "alice", "BTC-IRR", Side.BUY, OrderType.LIMIT, new BigDecimal("99000000000"),
                new BigDecimal("0.1"), null, null, null, Instant.ofEpochMilli(START + 60_000)));
        venue.update(exchange -> exchange.advanceTime(START + 120_000));
        DurablePaperGateway restarted = open(store);
        assertEquals(OrderStatus.EXPIRED, restarted.orderStatus("alice", "e1").orElseThrow().status());
        assertEquals(START + 120_000, restarted.exchange().nowMillis());
        assertTrue(restarted.openOrders("alice").isEmpty());
    }

    /** A second store with what the first holds, so that the venue that goes on running does not write into it. */
    private static InMemoryPaperVenueStore copyOf(InMemoryPaperVenueStore store) {
        InMemoryPaperVenueStore copy = new InMemoryPaperVenueStore();
        copy.save("paper", store.load("paper").orElseThrow());
        return copy;
    }

    static VenueEventSink recorder(List<String> lines) {
        return new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                lines.add("order " + order.clientOrderId() + " " + order.status().wireName() + " " + order.filled());
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                lines.add("trade " + account + " " + trade.clientOrderId() + " " + trade.quantity());
            }
        };
    }

    private static List<Call> calls(SplittableRandom random, int count) {
        List<Call> calls = new ArrayList<>();
        long clock = START;
        int placed = 0;
        for (int i = 0; i < count; i++) {
            String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            int roll = random.nextInt(100);
            String target = "o" + (placed == 0 ? 0 : random.nextInt(placed));
            if (roll < 12) {
                calls.add(v -> "cancel " + v.cancel(account, target));
            } else if (roll < 17) {
                clock += random.nextInt(120_000);
                long at = clock;
                calls.add(v -> {
                    v.update(exchange -> exchange.advanceTime(at));
                    return "time " + at;
                });
            } else if (roll < 27) {
                calls.add(v -> {
                    List<String> pushed = new ArrayList<>();
                    v.deliverEvents(recorder(pushed));
                    return "pushed " + pushed;
                });
            } else if (roll < 35) {
                calls.add(v -> "queries " + v.openOrders(account) + v.ownTrades(account, null)
                        + v.ownTrades(account, v.ownTrades(account, null).nextCursor()) + v.balances(account)
                        + v.orderStatus(account, target));
            } else {
                String uid = "o" + placed++;
                long price = 100_000_000_000L + (random.nextInt(21) - 10) * 1_000_000L;
                String quantity = BigDecimal.valueOf(1 + random.nextInt(30_000_000), 8).toPlainString();
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                boolean market = random.nextInt(5) == 0;
                Instant expiry = random.nextInt(4) == 0 ? Instant.ofEpochMilli(clock + random.nextInt(300_000)) : null;
                OrderRequest request = new OrderRequest(uid, account, "BTC-IRR", side, market ? OrderType.MARKET : OrderType.LIMIT,
                        market ? null : BigDecimal.valueOf(price), new BigDecimal(quantity), null, null,
                        market ? null : TimeInForce.GOOD_TILL_CANCELED, market ? null : expiry);
                calls.add(v -> "place " + v.place(request));
            }
        }
        return calls;
    }

    /** A store whose saves fail while {@link #failing}, as a full disk or a lost database would. */
    private static final class FailingStore implements PaperVenueStore {
        final InMemoryPaperVenueStore saved = new InMemoryPaperVenueStore();
        boolean failing;

        @Override
        public Optional<PaperVenueState> load(String venue) {
            return saved.load(venue);
        }

        @Override
        public void save(String venue, PaperVenueState changes) {
            if (failing) {
                throw new StoreException("paper venue store: disk full");
            }
            saved.save(venue, changes);
        }
    }

    /** Remembers the last save's changes. */
    private static final class RecordingStore implements PaperVenueStore {
        final InMemoryPaperVenueStore saved = new InMemoryPaperVenueStore();
        PaperVenueState last;

        @Override
        public Optional<PaperVenueState> load(String venue) {
            return saved.load(venue);
        }

        @Override
        public void save(String venue, PaperVenueState changes) {
            last = changes;
            saved.save(venue, changes);
        }
    }
}
