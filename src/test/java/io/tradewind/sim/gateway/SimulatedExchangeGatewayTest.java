package io.tradewind.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.SubmitResult;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated exchange behind the execution service's venue port: one path for backtest, paper and live. */
class SimulatedExchangeGatewayTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.0001", "0.0001", "0.001", "0.001");

    private SimulatedExchangeGateway gateway;

    @BeforeEach
    void setUp() {
        gateway = new SimulatedExchangeGateway(FastOrderBook::new);
        SimulatedExchange exchange = gateway.exchange();
        exchange.addInstrument(BTC_IRR);
        exchange.deposit(exchange.openAccount("alice"), "IRR", new BigDecimal("100000000"));
        exchange.deposit(exchange.openAccount("bob"), "BTC", new BigDecimal("2"));
    }

    @Test
    void placingTheSameClientOrderIdTwiceCreatesOneOrder() {
        OrderRequest order = OrderRequest.limit("c1", "alice", "BTC-IRR", Side.BUY, "90000000", "0.1", TimeInForce.GOOD_TILL_CANCELED);
        VenueOrder first = gateway.place(order);
        VenueOrder again = gateway.place(order);
        assertEquals(OrderStatus.ACTIVE, first.status());
        assertEquals(first.venueOrderId(), again.venueOrderId());
        assertEquals(1, gateway.openOrders("alice").size());
        assertEquals(1, gateway.exchange().market("BTC-IRR").book().size());
    }

    @Test
    void reportsFillsAsOwnTradesWithFeesAndBalancesWithHolds() {
        gateway.place(OrderRequest.limit("s1", "bob", "BTC-IRR", Side.SELL, "100000000", "0.5", TimeInForce.GOOD_TILL_CANCELED));
        VenueOrder buy = gateway.place(OrderRequest.limit("b1", "alice", "BTC-IRR", Side.BUY, "100000000", "0.5", TimeInForce.GOOD_TILL_CANCELED));

        assertEquals(OrderStatus.FILLED, buy.status());
        assertEquals(1, buy.trades().size());
        VenueTrade trade = gateway.ownTrades("alice", null).trades().get(0);
        assertEquals(0, new BigDecimal("50000").compareTo(trade.fee()));
        assertEquals("IRR", trade.feeAsset());
        assertEquals(1, gateway.ownTrades("bob", null).trades().size());
        assertEquals("1", gateway.ownTrades("alice", null).nextCursor());
        assertTrue(gateway.ownTrades("alice", "1").trades().isEmpty());
        BigDecimal irr = gateway.balances("alice").stream().filter(b -> b.asset().equals("IRR")).findFirst().orElseThrow().available();
        assertEquals(0, new BigDecimal("49950000").compareTo(irr));
    }

    /** Its expiry overflowed epoch milliseconds: the place threw, and the order stayed new to every later lookup. */
    @Test
    void anExpiryPastEpochMillisecondsNeverComesAndNothingIsLeftNew() {
        OrderRequest forever = new OrderRequest("e1", "alice", "BTC-IRR", Side.BUY, OrderType.LIMIT, new BigDecimal("90000000"),
                new BigDecimal("0.1"), null, null, TimeInForce.GOOD_TILL_CANCELED, Instant.parse("+999999999-12-31T23:59:59Z"));

        VenueOrder placed = gateway.place(forever);

        assertEquals(OrderStatus.ACTIVE, placed.status());
        assertEquals(OrderStatus.ACTIVE, gateway.orderStatus("alice", "e1").orElseThrow().status());

        OrderRequest ancient = new OrderRequest("e2", "alice", "BTC-IRR", Side.BUY, OrderType.LIMIT, new BigDecimal("90000000"),
                new BigDecimal("0.1"), null, null, TimeInForce.GOOD_TILL_CANCELED, Instant.parse("-999999999-01-01T00:00:00Z"));
        assertEquals(List.of(RejectionReason.EXPIRE_AT_IN_PAST), gateway.place(ancient).rejectionReasons());
    }

    @Test
    void unknownSymbolIsARejectionNotAnError() {
        VenueOrder order = gateway.place(OrderRequest.limit("x1", "alice", "ETH-IRR", Side.BUY, "1000", "1", null));
        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(java.util.List.of(RejectionReason.UNKNOWN_SYMBOL), order.rejectionReasons());
    }

    @Test
    void theExecutionServiceTradesOnTheSimulatedExchange() {
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService service = new ExecutionService(gateway, store, Map.of("BTC-IRR", BTC_IRR), RiskConfig.none(),
                new ExecutionSettings(Set.of("alice", "bob"), Duration.ofSeconds(30), Clock.systemUTC(),
                        () -> UUID.randomUUID().toString().replace("-", "")));
        service.start();

        SubmitResult ask = service.submit("maker", OrderIntent.limit("bob", "BTC-IRR", Side.SELL, "100000000", "0.5"));
        SubmitResult bid = service.submit("taker", OrderIntent.limit("alice", "BTC-IRR", Side.BUY, "100000000", "0.2"));
        gateway.deliverEvents(new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                service.onOrderUpdate(order);
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                service.onTrade(account, trade);
            }
        });

        assertEquals(OrderStatus.FILLED, service.orders(io.tradewind.execution.OrderQuery.all()).stream()
                .filter(o -> o.clientOrderId().equals(bid.order().clientOrderId())).findFirst().orElseThrow().status());
        assertEquals(OrderStatus.PARTIAL, service.liveOrders().stream()
                .filter(o -> o.clientOrderId().equals(ask.order().clientOrderId())).findFirst().orElseThrow().status());
        assertEquals(2, service.fills().size(), "one fill per side, each recorded once");
        assertEquals(0, new BigDecimal("0.2").compareTo(service.position("taker", "BTC-IRR").quantity()));
        assertEquals(0, new BigDecimal("-0.2").compareTo(service.position("maker", "BTC-IRR").quantity()));
    }
}
