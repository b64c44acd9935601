package io.tradewind.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.tradewind.sim.SimAccount;
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
        ProtectsEachBuy strategy = new ProtectsEachBuy();
        Venue venue = new Venue(strategy);
        venue.kernel.start();
        venue.kernel.candleClosed(false); // the strategy's buy limit at 99 rests
        venue.kernel.candleClosed(true); // a late candle the service catches up on: learnt from only

        venue.sellerTakes("99");
        venue.kernel.candleClosed(false); // the newest candle, in whose walk the buy filled

        assertEquals(List.of(OrderStatus.QUEUED), strategy.stops.stream().map(OrderHandle::status).toList(),
                "the stop was placed, not refused as warm-up: " + strategy.stops);
    }

    /** The service logs one line per decision from what the listener hears: each hook run that acted, with all it did. */
    @Test
    void theDecisionListenerHearsEachHookRunThatActedWithItsOrders() {
        ProtectsEachBuy strategy = new ProtectsEachBuy();
        Venue venue = new Venue(strategy);
        List<String> heard = new ArrayList<>();
        venue.kernel.context().decisionListener((hook, lastPrice, actions) -> heard.add(hook + " at " + lastPrice + ": " + actions));
        venue.kernel.start();
        venue.kernel.candleClosed(false);
        venue.kernel.candleClosed(false); // decides nothing: not heard
        venue.sellerTakes("99");
        venue.kernel.candleClosed(false);
        venue.kernel.context().cancelAll();
        venue.kernel.candleClosed(false);

        String buy = strategy.buy.uid();
        String stop = strategy.stops.get(0).uid();
        assertEquals(List.of("onCandle at 100: [buy limit 1 @ 99 good-till-canceled: order " + buy + " active]",
                "onFill at 100: [sell stop-market 1 stop 95, because stop-loss: order " + stop + " queued]"), heard,
                "a cancel outside any hook is the operator's, not a decision");
    }

    /** The reason was only in the decision log and a backtest's report: the service's API and dashboard read the order. */
    @Test
    void anOrdersReasonIsKeptWithTheOrderAndAnOrderWithoutOneHasNone() {
        ProtectsEachBuy strategy = new ProtectsEachBuy();
        Venue venue = new Venue(strategy);
        venue.kernel.start();
        venue.kernel.candleClosed(false);
        venue.sellerTakes("99");
        venue.kernel.candleClosed(false);

        assertEquals("stop-loss", venue.kernel.execution().order(strategy.stops.get(0).uid()).orElseThrow().reason());
        assertNull(venue.kernel.execution().order(strategy.buy.uid()).orElseThrow().reason(), "the buy gave no reason");
    }

    /** A strategy that keeps no series got an empty one, and its indicators failed later or gave meaningless values. */
    @Test
    void aStrategyThatKeepsNoSeriesIsToldSoWhenItAsksForIt() {
        Strategy readsTheSeries = new Strategy() {
            @Override
            public boolean usesBarSeries() {
                return false;
            }

            @Override
            public void onCandle(StrategyContext context) {
                context.series().getEndIndex();
            }
        };
        Venue venue = new Venue(readsTheSeries);
        venue.kernel.start();

        StrategyHookException failure = assertThrows(StrategyHookException.class, () -> venue.kernel.candleClosed(false));

        assertTrue(failure.getMessage().contains("context.series() is not kept for strategy " + readsTheSeries.name()
                + ": its usesBarSeries() returns false; return true to read the series"), failure.getMessage());
    }

    /** The simulated exchange as the kernel's venue, with a seller to take the strategy's bids. */
    private static final class Venue {
        final SimulatedExchangeGateway gateway = new SimulatedExchangeGateway(FastOrderBook::new);
        final SimulatedExchange exchange = gateway.exchange();
        final Market market = exchange.addInstrument(BTC_USD);
        final SimAccount seller;
        final TradingKernel kernel;

        Venue(Strategy strategy) {
            exchange.deposit(exchange.openAccount("main"), "USD", new BigDecimal("1000"));
            seller = exchange.openAccount("seller");
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
            kernel = new TradingKernel(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC),
                    new FixedMarket(), gateway, venue -> gateway.deliverEvents(sink), new InMemoryExecutionStore(),
                    new StrategySetup(strategy, StrategyParameters.of(strategy, Map.of()), BTC_USD, "main", RiskConfig.none(),
                            100, () -> "k" + System.nanoTime()));
            execution[0] = kernel.execution();
        }

        /** A seller takes 1 at {@code price}; the execution service hears of it at once, the strategy at the next close. */
        void sellerTakes(String price) {
            exchange.place(new PlaceOrder().id(-1).account(seller).market(market).side(Side.SELL).type(OrderType.LIMIT)
                    .timeInForce(TimeInForce.IMMEDIATE_OR_CANCEL).price(market.toPriceUnits(new BigDecimal(price)))
                    .quantity(market.toQuantityUnits(BigDecimal.ONE)));
            kernel.recordVenueNews();
        }
    }

    /** Buys 1 at 99 on its first candle; protects each fill with a stop at 95. */
    private static final class ProtectsEachBuy implements Strategy {
        final List<OrderHandle> stops = new ArrayList<>();
        OrderHandle buy;

        @Override
        public void onCandle(StrategyContext context) {
            if (buy == null && !context.warmingUp()) {
                buy = context.buyLimit(new BigDecimal("99"), BigDecimal.ONE);
            }
        }

        @Override
        public void onFill(StrategyContext context, Fill fill) {
            stops.add(context.because("stop-loss").stopMarket(Side.SELL, new BigDecimal("95"), fill.quantity()));
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
