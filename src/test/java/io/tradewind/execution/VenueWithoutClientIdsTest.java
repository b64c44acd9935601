package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A placement whose answer is lost at a venue that does not deduplicate by client order id is
 * resolved by finding the order it created, adopted under our id, and never placed again.
 */
class VenueWithoutClientIdsTest {

    private static final Instrument BTC = Instrument.of("BTC-BRL", "BTC", "BRL", "1", "0.0001", "0.0001", "0", "0");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final SimulatedExchangeGateway exchange = new SimulatedExchangeGateway(FastOrderBook::new);
    private final ClientIdBlindVenue venue = new ClientIdBlindVenue(exchange, clock);
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private ExecutionService execution;

    @BeforeEach
    void setUp() {
        exchange.exchange().addInstrument(BTC);
        exchange.exchange().deposit(exchange.exchange().openAccount("main"), "BRL", new BigDecimal("1000000"));
        exchange.exchange().deposit(exchange.exchange().openAccount("mm"), "BTC", new BigDecimal("10"));
        AtomicInteger ids = new AtomicInteger();
        execution = new ExecutionService(venue, store, Map.of(BTC.symbol(), BTC), RiskConfig.none(),
                new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), clock, () -> "c" + ids.incrementAndGet()));
        execution.start();
    }

    @Test
    void anAnswerLostAfterTheVenueAcceptedIsFoundAdoptedAndFilledUnderOurId() {
        venue.loseNextAnswerAfterAccepting();

        SubmitResult submitted = execution.submit("sma", buy("300000", "0.5"));
        assertEquals(SubmitResult.Outcome.UNCONFIRMED, submitted.outcome());
        String ours = submitted.order().clientOrderId();

        execution.reconcile();
        OrderRecord found = execution.order(ours).orElseThrow();
        assertEquals(OrderStatus.ACTIVE, found.status());
        assertNotNull(found.venueOrderId(), "the venue's id is learnt from the order found");
        assertEquals(1, venue.placements, "found, never placed again");
        assertEquals(List.of(ours), execution.liveOrders().stream().map(OrderRecord::clientOrderId).toList(),
                "the venue's open order is ours, not adopted a second time");

        exchange.place(OrderRequest.limit("mm-1", "mm", BTC.symbol(), Side.SELL, "300000",
                "0.5", TimeInForce.GOOD_TILL_CANCELED));
        ReconcileReport report = execution.reconcile();

        assertEquals(1, report.fills(), report.toString());
        assertEquals(OrderStatus.FILLED, execution.order(ours).orElseThrow().status());
        assertEquals(List.of(ours), store.fills(venue.venue()).stream().map(FillRecord::clientOrderId).toList(),
                "the trade reported by the venue's order id is our order's fill");
        assertEquals(0, report.adopted());
    }

    @Test
    void anAnswerLostBeforeTheVenueGotTheRequestClosesAsNotPlacedAfterTheGraceAndNothingIsSentAgain() {
        venue.loseNextRequestBeforeArriving();
        String ours = execution.submit("sma", buy("300000", "0.5")).order().clientOrderId();

        execution.reconcile();
        assertEquals(OrderStatus.NEW, execution.order(ours).orElseThrow().status(), "still an open question");
        clock.advance(Duration.ofSeconds(31));
        execution.reconcile();

        OrderRecord closed = execution.order(ours).orElseThrow();
        assertEquals(OrderStatus.REJECTED, closed.status());
        assertEquals(List.of(RejectionReason.NOT_PLACED), closed.rejectionReasons());
        assertEquals(0, venue.placements);
        assertTrue(exchange.openOrders("main").isEmpty());
    }

    @Test
    void anIdenticalOrderAlreadyOursIsNotTakenForTheLostOne() {
        String first = execution.submit("sma", buy("300000", "0.5")).order().clientOrderId();
        venue.loseNextAnswerAfterAccepting();
        String second = execution.submit("sma", buy("300000", "0.5")).order().clientOrderId();

        execution.reconcile();

        String firstVenueId = execution.order(first).orElseThrow().venueOrderId();
        String secondVenueId = execution.order(second).orElseThrow().venueOrderId();
        assertNotNull(secondVenueId);
        assertTrue(!firstVenueId.equals(secondVenueId), "each order has its own venue order");
        assertEquals(2, execution.liveOrders().size());
        assertEquals(2, venue.placements);
    }

    @Test
    void aVenueWithoutAListOfOwnTradesIsReconciledFromItsOrderReports() {
        venue.withoutOwnTrades();
        String ours = execution.submit("sma", buy("300000", "0.5")).order().clientOrderId();
        exchange.place(OrderRequest.limit("mm-1", "mm", BTC.symbol(), Side.SELL, "300000", "0.5",
                TimeInForce.GOOD_TILL_CANCELED));

        ReconcileReport report = execution.reconcile();

        assertEquals(List.of(), report.failures(), "own trades are not asked of a venue that has none");
        assertEquals(OrderStatus.FILLED, execution.order(ours).orElseThrow().status());
        assertEquals(List.of(ours), store.fills(venue.venue()).stream().map(FillRecord::clientOrderId).toList());
    }

    @Test
    void aVenueWithoutBalancesIsNeverAskedForThemAndChecksFundsItself() {
        venue.withoutBalances();
        ExecutionService withoutBalances = new ExecutionService(venue, new InMemoryExecutionStore(),
                Map.of(BTC.symbol(), BTC), RiskConfig.none(), new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30),
                        clock, () -> "b1"));
        withoutBalances.start();

        SubmitResult submitted = withoutBalances.submit("sma", buy("300000", "0.5"));
        ReconcileReport report = withoutBalances.reconcile();

        assertEquals(SubmitResult.Outcome.SENT, submitted.outcome(), "no local balance check refuses it");
        assertEquals(1, venue.placements);
        assertEquals(List.of(), report.failures(), "balances are not asked of a venue that lists none");
    }

    @Test
    void anOpenOrderPlacedElsewhereIsAdoptedUnderTheVenuesId() {
        VenueOrder elsewhere = exchange.place(OrderRequest.limit("manual-1", "main", BTC.symbol(), Side.BUY,
                "290000", "0.1", TimeInForce.GOOD_TILL_CANCELED));

        ReconcileReport report = execution.reconcile();

        assertEquals(1, report.adopted());
        assertTrue(execution.order(VenueOrder.venueKeyed(elsewhere.venueOrderId())).isPresent());
    }

    private static OrderIntent buy(String price, String quantity) {
        return new OrderIntent("main", BTC.symbol(), Side.BUY, OrderType.LIMIT, new BigDecimal(price),
                new BigDecimal(quantity), null, TimeInForce.GOOD_TILL_CANCELED, null);
    }
}
