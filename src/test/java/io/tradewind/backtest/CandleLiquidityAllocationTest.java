package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A backtest handles millions of candles, so the candle market allocates nothing of its own in
 * steady state: not for walking a candle, not for funding and handing back its synthetic orders,
 * not for triggering a stop. Measured with the thread's allocated-bytes counter after a warm-up
 * round (the least of up to {@link #MEASURED_ROUNDS} rounds); the bound leaves room for what the
 * exchange itself allocates per queued stop (an entry of its arrival-ordered stop queue, about 50
 * bytes). A round trip allocated about 730 bytes
 * while the candle market's visitors captured their arguments and sorted boxed stop prices.
 */
class CandleLiquidityAllocationTest {

    private static final int ROUND_TRIPS = 100_000;
    private static final int BYTES_PER_ROUND_TRIP = 100;
    /**
     * Steady state comes when the optimising compiler has compiled the round trip and removed its
     * short-lived objects; on a busy machine (a parallel build, CI) that can take longer than one
     * warm-up round, which then measured 111 bytes a round trip. The least of a few rounds is the
     * steady state.
     */
    private static final int MEASURED_ROUNDS = 5;

    private final PlaceOrder request = new PlaceOrder();
    private SimulatedExchange exchange;
    private Market market;
    private SimAccount strategy;
    private CandleLiquidity liquidity;
    private long nextId = 1;

    @Test
    void roundTripsThroughLimitsStopsAndMarketOrdersAllocateOnlyTheStopQueuesEntries() {
        exchange = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
        market = exchange.addInstrument(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0.001", "0.001"));
        strategy = exchange.openAccount("strategy");
        exchange.deposit(strategy, "USD", new BigDecimal("1000000000"));
        liquidity = new CandleLiquidity(exchange, market, FillModel.NEXT_OPEN, new BigDecimal("0.0005"), new BigDecimal("0.5"));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        roundTrips();
        long allocated = Long.MAX_VALUE;
        for (int round = 0; round < MEASURED_ROUNDS && allocated >= (long) BYTES_PER_ROUND_TRIP * ROUND_TRIPS; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            roundTrips();
            allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - before);
        }

        assertEquals(0, strategy.available(market.base()), "every round trip ends flat");
        assertTrue(exchange.feesCollected(market.quote()) > 0, "the round trips traded");
        assertTrue(allocated < (long) BYTES_PER_ROUND_TRIP * ROUND_TRIPS, allocated + " bytes for " + ROUND_TRIPS + " round trips");
    }

    /** Per round: a resting buy and a stop-loss filled by candle paths, a buy and a sell at the next open. */
    private void roundTrips() {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            place(Side.BUY, OrderType.LIMIT, 9_900, 0, TimeInForce.GOOD_TILL_CANCELED);
            liquidity.walk(10_000, 10_100, 9_800, 10_000, 1_000_000);
            place(Side.SELL, OrderType.STOP_MARKET, 0, 9_850, TimeInForce.IMMEDIATE_OR_CANCEL);
            liquidity.walk(10_000, 10_100, 9_800, 10_000, 1_000_000);
            liquidity.openDecisions(10_000, 1_000_000);
            place(Side.BUY, OrderType.MARKET, 0, 0, TimeInForce.IMMEDIATE_OR_CANCEL);
            place(Side.SELL, OrderType.MARKET, 0, 0, TimeInForce.IMMEDIATE_OR_CANCEL);
            liquidity.closeDecisions();
        }
    }

    private void place(Side side, OrderType type, long price, long stop, TimeInForce timeInForce) {
        request.reset().id(nextId++).account(strategy).market(market).side(side).type(type).timeInForce(timeInForce)
                .price(price).stopPrice(stop).quantity(10_000);
        liquidity.beforeOrder(side, type, price, 10_000);
        exchange.place(request);
        liquidity.afterOrder();
    }
}
