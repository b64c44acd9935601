package io.tradewind.backtest;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.kernel.MarketData;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.kernel.TradingKernel;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import io.tradewind.sim.gateway.VenueEventSink;
import io.tradewind.strategy.CandleView;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Decision-to-order latency in the paper setup: a strategy on the {@link TradingKernel}, the
 * simulated exchange as its venue, the wall clock, and the store the caller passes (the service's
 * database store, or the in-memory one to show what the store costs). On every candle the strategy
 * places a resting limit buy and then cancels it; the time measured is from its order call on the
 * context until that call returns with the venue's acceptance, which covers the pre-trade checks,
 * the write-ahead record committed before the venue call, the venue call and the commit of its
 * answer. Candles follow each other without pause, and the first {@code warmups} decisions (JIT
 * compilation, the store's caches) are not recorded.
 *
 * <p>Besides the wall-clock times it records what explains them on a busy machine: the thread's
 * CPU time inside the timed calls (what an order costs, whatever else runs), the garbage
 * collections and JIT compile time during the timed part, and how many calls took at least
 * {@link #SLOW_NANOS} with a garbage collection inside them.
 */
public final class DecisionLatencyBenchmark {

    static final String ACCOUNT = "bench-latency";
    private static final Instrument INSTRUMENT = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001",
            "0.001", "0.001");
    private static final BigDecimal LAST_PRICE = new BigDecimal("50000.00");
    /** Far below the last price and with nothing to sell on the book: the order rests, it never fills. */
    private static final BigDecimal BID = new BigDecimal("40000.00");
    private static final BigDecimal QUANTITY = new BigDecimal("0.0100");
    private static final BigDecimal DEPOSIT = new BigDecimal("1000000");
    /** The target for p99: calls at least this long are counted, and those with a garbage collection inside. */
    public static final long SLOW_NANOS = 1_000_000;

    /**
     * What one run did and measured.
     *
     * @param warmups   decisions made before recording started
     * @param placed    order calls the strategy made, warm-up included
     * @param accepted  of those, the ones the venue accepted (resting, {@code active})
     * @param cancelled of those, the ones the strategy then cancelled
     * @param latencies nanoseconds from decision to acceptance of every accepted order after the warm-up
     * @param cpu       the strategy thread's CPU time inside each of those timed calls, nanoseconds (it includes
     *                  reading the clocks around the call: about a microsecond)
     * @param slow      timed calls that took at least {@link #SLOW_NANOS}
     * @param slowInCollection of those, the ones with a garbage collection inside them
     * @param activity  the JVM's activity from the first timed call to the end of the run
     */
    public record Result(long warmups, long placed, long accepted, long cancelled, Histogram latencies, Histogram cpu,
            long slow, long slowInCollection, JvmActivity activity) {
    }

    private DecisionLatencyBenchmark() {
    }

    /**
     * @param store an empty store, or one holding no live order of the simulated venue: the venue
     *              starts empty, so the service would close such orders as unknown first
     */
    public static Result run(ExecutionStore store, int warmups, int orders) {
        if (warmups < 0 || orders <= 0) {
            throw new IllegalArgumentException("orders must be positive and warm-ups not negative");
        }
        SimulatedExchangeGateway gateway = new SimulatedExchangeGateway(FastOrderBook::new);
        SimulatedExchange exchange = gateway.exchange();
        exchange.addInstrument(INSTRUMENT);
        exchange.deposit(exchange.openAccount(ACCOUNT), INSTRUMENT.quote(), DEPOSIT);
        PlaceAndCancel strategy = new PlaceAndCancel();
        // unique across runs, as the service's are across restarts
        String prefix = "lat" + Long.toString(System.currentTimeMillis(), 36) + "-";
        long[] sequence = {0};
        StrategySetup setup = new StrategySetup(strategy, StrategyParameters.of(strategy, Map.of()), INSTRUMENT, ACCOUNT,
                RiskConfig.none(), 1, () -> prefix + ++sequence[0]);
        Clock clock = Clock.systemUTC();
        TradingKernel kernel = new TradingKernel(clock, new FixedPrice(), gateway,
                execution -> gateway.deliverEvents(new ToExecution(execution)), store, setup);
        kernel.start();
        JvmActivity timedFrom = null;
        for (int i = 0; i < warmups + orders; i++) {
            strategy.recording = i >= warmups;
            if (i == warmups) {
                timedFrom = JvmActivity.now();
            }
            exchange.advanceTime(Math.max(exchange.nowMillis(), clock.millis()));
            kernel.candleClosed(false);
        }
        return new Result(warmups, strategy.placed, strategy.accepted, strategy.cancelled, strategy.latencies,
                strategy.cpu, strategy.slow, strategy.slowInCollection, JvmActivity.now().since(timedFrom));
    }

    /** Places a resting limit buy on every candle, times the call, then cancels the order. */
    private static final class PlaceAndCancel implements Strategy {
        final Histogram latencies = new Histogram(3);
        boolean recording;
        long placed;
        long accepted;
        long cancelled;
        final Histogram cpu = new Histogram(3);
        long slow;
        long slowInCollection;

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public void onCandle(StrategyContext context) {
            // the counters are read outside the timed interval
            long collectionsBefore = JvmActivity.collectionsSoFar();
            long cpuBefore = JvmActivity.currentThreadCpuNanos();
            long decided = System.nanoTime();
            OrderHandle order = context.limit(Side.BUY, BID, QUANTITY, TimeInForce.GOOD_TILL_CANCELED);
            long answered = System.nanoTime();
            long cpuUsed = JvmActivity.currentThreadCpuNanos() - cpuBefore;
            boolean collected = JvmActivity.collectionsSoFar() != collectionsBefore;
            placed++;
            if (order.status() == OrderStatus.ACTIVE) {
                accepted++;
                if (recording) {
                    latencies.recordValue(answered - decided);
                    cpu.recordValue(Math.max(0, cpuUsed));
                    if (answered - decided >= SLOW_NANOS) {
                        slow++;
                        slowInCollection += collected ? 1 : 0;
                    }
                }
            }
            if (order.uid() != null && context.cancel(order.uid())) {
                cancelled++;
            }
        }
    }

    /** A market standing still: the strategy reads no candle and no depth, only the price that prices holds. */
    private static final class FixedPrice implements MarketData {

        @Override
        public CandleView lastCandle() {
            return null;
        }

        @Override
        public BigDecimal lastPrice() {
            return LAST_PRICE;
        }

        @Override
        public DepthSnapshot depth() {
            return null;
        }
    }

    /** What the venue queued (nothing, while every answer carries its change) goes to the execution service. */
    private record ToExecution(ExecutionService execution) implements VenueEventSink {

        @Override
        public void orderUpdated(VenueOrder order) {
            execution.onOrderUpdate(order);
        }

        @Override
        public void traded(String account, VenueTrade trade) {
            execution.onTrade(account, trade);
        }
    }
}
