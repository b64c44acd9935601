package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.kernel.MarketData;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.kernel.TradingKernel;
import io.tradewind.kernel.VenueEvents;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.strategy.CandleView;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Defect 7 of issue 7: each status change of an order reaches the listeners (and through the
 * relay a strategy) exactly once, in order; a venue report that changes nothing is neither
 * written to the store nor published.
 */
class OrderChangesPublishedOnceTest {

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private final List<String> published = new ArrayList<>();
    private ExecutionService service;

    @BeforeEach
    void start() {
        service = Fixtures.service(venue, store, RiskConfig.none(), clock);
        service.addListener(new ExecutionListener() {
            @Override
            public void orderChanged(OrderRecord order) {
                published.add(order.clientOrderId() + " " + order.status().wireName() + " " + order.filled().toPlainString());
            }

            @Override
            public void filled(FillRecord fill) {
            }
        });
    }

    private OrderRecord buy(String quantity) {
        return service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", quantity)).order();
    }

    @Test
    void a_resting_order_that_fills_is_published_filled_once_and_the_venues_report_afterwards_writes_nothing() {
        OrderRecord order = buy("0.5");
        clock.advance(Duration.ofSeconds(1));
        service.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.5", "1000000000"));
        OrderRecord filled = store.findOrder(order.clientOrderId()).orElseThrow();
        int journal = store.events(order.clientOrderId()).size();

        clock.advance(Duration.ofSeconds(1));
        service.onOrderUpdate(venue.order(order.clientOrderId()).orElseThrow());

        assertEquals(List.of("cid-1 active 0", "cid-1 filled 0.5"), published);
        assertSame(filled, store.findOrder(order.clientOrderId()).orElseThrow(), "the report changed nothing: not rewritten");
        assertEquals(journal, store.events(order.clientOrderId()).size(), "nothing journaled for it");
    }

    @Test
    void a_repeated_report_of_a_terminal_order_is_neither_written_nor_published() {
        OrderRecord order = buy("0.5");
        service.cancel(order.clientOrderId());
        OrderRecord cancelled = store.findOrder(order.clientOrderId()).orElseThrow();
        int journal = store.events(order.clientOrderId()).size();

        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofSeconds(1));
            service.onOrderUpdate(venue.order(order.clientOrderId()).orElseThrow());
            service.reconcile();
        }

        assertEquals(List.of("cid-1 active 0", "cid-1 cancelled 0"), published);
        assertSame(cancelled, store.findOrder(order.clientOrderId()).orElseThrow());
        assertEquals(journal, store.events(order.clientOrderId()).size());
    }

    @Test
    void a_report_that_only_brings_the_venues_id_of_a_filled_order_does_not_repeat_filled_to_the_strategy() {
        List<OrderUpdate> heard = new ArrayList<>();
        Strategy counting = new Strategy() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
                heard.add(update);
            }
        };
        AtomicLong ids = new AtomicLong();
        TradingKernel kernel = new TradingKernel(clock, NO_MARKET_DATA, venue, VenueEvents.PUSHED,
                new InMemoryExecutionStore(), new StrategySetup(counting, StrategyParameters.resolve("counting", List.of(),
                        Map.of()), Fixtures.BTC_IRR, ACCOUNT, RiskConfig.none(), 100, () -> "k-" + ids.incrementAndGet()));
        kernel.start();
        ExecutionService strategyService = kernel.execution();

        // the answer to the place request is lost: the order is known here without the venue's id
        venue.failNextPlace(FakeVenue.Failure.TIMEOUT_AFTER_ACCEPT);
        OrderRecord order = strategyService.submit("counting",
                OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();
        strategyService.onTrade(ACCOUNT, venue.fill(order.clientOrderId(), "0.5", "1000000000"));
        kernel.deliver();
        strategyService.onOrderUpdate(venue.order(order.clientOrderId()).orElseThrow());
        kernel.deliver();

        assertEquals("ord_1", strategyService.order(order.clientOrderId()).orElseThrow().venueOrderId(), "the id is recorded");
        assertEquals(List.of(OrderStatus.FILLED), heard.stream().map(OrderUpdate::status).toList());
    }

    private static final MarketData NO_MARKET_DATA = new MarketData() {
        @Override
        public CandleView lastCandle() {
            return null;
        }

        @Override
        public BigDecimal lastPrice() {
            return null;
        }

        @Override
        public DepthSnapshot depth() {
            return null;
        }
    };
}
