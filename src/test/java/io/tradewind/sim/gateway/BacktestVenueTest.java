package io.tradewind.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backtest's venue ({@link SimulatedExchangeGateway#forBacktest}) forgets finished orders when
 * told to, but never before their news was delivered, and never an open order or a trade.
 */
class BacktestVenueTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.0001", "0.0001", "0", "0");

    private final SimulatedExchangeGateway gateway = SimulatedExchangeGateway.forBacktest(FastOrderBook::new);
    private final List<String> delivered = new ArrayList<>();

    BacktestVenueTest() {
        SimulatedExchange exchange = gateway.exchange();
        exchange.addInstrument(BTC_IRR);
        exchange.deposit(exchange.openAccount("alice"), "IRR", new BigDecimal("1000000000"));
        exchange.deposit(exchange.openAccount("bob"), "BTC", new BigDecimal("2"));
    }

    @Test
    void aFinishedOrderIsForgottenOnceItsNewsIsDeliveredAndAnOpenOneIsKept() {
        gateway.place(limit("s1", "bob", Side.SELL, "100000000", "0.5"));
        gateway.place(limit("s2", "bob", Side.SELL, "110000000", "1"));
        VenueOrder buy = gateway.place(limit("b1", "alice", Side.BUY, "100000000", "0.5"));
        assertEquals(OrderStatus.FILLED, buy.status());

        gateway.forgetFinishedOrders();
        assertEquals(OrderStatus.FILLED, gateway.orderStatus("bob", "s1").orElseThrow().status(),
                "s1 filled while resting: its news is not delivered yet, so it is kept");

        gateway.deliverEvents(new Recorder());
        gateway.forgetFinishedOrders();

        assertTrue(gateway.orderStatus("bob", "s1").isEmpty());
        assertTrue(gateway.orderStatus("alice", "b1").isEmpty());
        assertEquals(List.of("s2"), gateway.openOrders("bob").stream().map(VenueOrder::clientOrderId).toList());
        assertEquals(1, gateway.ownTrades("alice", null).trades().size(), "trades stay");
        assertEquals(List.of("trade s1", "order s1 filled"), delivered);
    }

    @Test
    void aVenueThatKeepsItsHistoryForgetsNothing() {
        SimulatedExchangeGateway venue = new SimulatedExchangeGateway(FastOrderBook::new);
        venue.exchange().addInstrument(BTC_IRR);
        venue.exchange().deposit(venue.exchange().openAccount("alice"), "IRR", new BigDecimal("1000000000"));
        venue.place(OrderRequest.limit("x1", "alice", "ETH-IRR", Side.BUY, "1000", "1", null));

        venue.forgetFinishedOrders();

        assertEquals(OrderStatus.REJECTED, venue.orderStatus("alice", "x1").orElseThrow().status());
    }

    private static OrderRequest limit(String id, String account, Side side, String price, String quantity) {
        return OrderRequest.limit(id, account, "BTC-IRR", side, price, quantity, TimeInForce.GOOD_TILL_CANCELED);
    }

    private final class Recorder implements VenueEventSink {
        @Override
        public void orderUpdated(VenueOrder order) {
            delivered.add("order " + order.clientOrderId() + " " + order.status().wireName());
        }

        @Override
        public void traded(String account, VenueTrade trade) {
            delivered.add("trade " + trade.clientOrderId());
        }
    }
}
