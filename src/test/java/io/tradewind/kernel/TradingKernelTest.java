package io.tradewind.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import io.tradewind.sim.gateway.VenueEventSink;
import io.tradewind.strategy.CandleView;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel's order of hooks around a candle's close. */
class TradingKernelTest {

    private static final Instrument BTC_USD = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0");

    /**
     * A fill hook may act on its news whatever the candle before was: after a late candle the
     * service caught up on (learnt from only), the protective stop placed for a fill was refused as
     * warm-up, leaving the position unprotected without a word.
     */
    @Test
    void aFillHookMayPlaceAStopAfterACandleTheStrategyOnlyLearntFrom() {
        SimulatedExchangeGateway gateway = new SimulatedExchangeGateway(FastOrderBook::new);
        SimulatedExchange exchange = gateway.exchange();
        Market market = exchange.addInstrument(BTC_USD);
        exchange.deposit(exchange.openAccount("main"), "USD", new BigDecimal("1000"));
        var seller = exchange.openAccount("seller");
        exchange.deposit(seller, "BTC", BigDecimal.ONE);
        ExecutionService[] execution = new ExecutionService[1];
        VenueEventSink sink = new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                execution[0].onOrderUpdate(order);
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                execution[0].onTrade(account, trade);
            }
        };
        ProtectsEachBuy strategy = new ProtectsEachBuy();
        TradingKernel kernel = new TradingKernel(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC),
                new FixedMarket(), gateway, venue -> gateway.deliverEvents(sink), new InMemoryExecutionStore(),
                new StrategySetup(strategy, StrategyParameters.of(strategy, Map.of()), BTC_USD, "main", RiskConfig.none(),
                        100, () -> "k" + System.nanoTime()));
        execution[0] = kernel.execution();
        kernel.start();
        kernel.candleClosed(false); // the strategy's buy limit at 99 rests
        kernel.candleClosed(true); // a late candle the service catches up on: learnt from only

        exchange.place(new PlaceOrder().id(-1).account(seller).market(market).side(Side.SELL).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.IMMEDIATE_OR_CANCEL).price(market.toPriceUnits(new BigDecimal("99")))
                .quantity(market.toQuantityUnits(BigDecimal.ONE)));
        kernel.recordVenueNews();
        kernel.candleClosed(false); // the newest candle, in whose walk the buy filled

        assertEquals(List.of(OrderStatus.QUEUED), strategy.stops.stream().map(OrderHandle::status).toList(),
                "the stop was placed, not refused as warm-up: " + strategy.stops);
    }

    /** Buys 1 at 99 on its first candle; protects each fill with a stop at 95. */
    private static final class ProtectsEachBuy implements Strategy {
        final List<OrderHandle> stops = new ArrayList<>();
        private boolean bought;

        @Override
        public void onCandle(StrategyContext context) {
            if (!bought && !context.warmingUp()) {
                bought = true;
                context.buyLimit(new BigDecimal("99"), BigDecimal.ONE);
            }
        }

        @Override
        public void onFill(StrategyContext context, Fill fill) {
            stops.add(context.stopMarket(Side.SELL, new BigDecimal("95"), fill.quantity()));
        }
    }

    private static final class FixedMarket implements MarketData {
        @Override
        public CandleView lastCandle() {
            return null;
        }

        @Override
        public BigDecimal lastPrice() {
            return new BigDecimal("100");
        }

        @Override
        public DepthSnapshot depth() {
            return null;
        }
    }
}
