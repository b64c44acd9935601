package io.tradewind.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each change of a strategy's order reaches its {@code onOrderUpdate} once, however often the order is published. */
class StrategyEventRelayTest {

    private static final Instrument BTC_USD = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0");
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final Records strategy = new Records();
    private final ExecutionStrategyContext context = new ExecutionStrategyContext("s1", "main", BTC_USD,
            StrategyParameters.of(strategy, Map.of()), null, null, () -> T0, null);
    private final StrategyEventRelay relay = new StrategyEventRelay(strategy, context,
            new StrategyHooks(strategy, () -> T0, context));

    @Test
    void aRepeatedPublicationOfAnOrderIsNotRelayedAgainEvenOnceItFinished() {
        relay.orderChanged(order("o1", OrderStatus.ACTIVE, "0", null));
        relay.orderChanged(order("o1", OrderStatus.ACTIVE, "0", "venue-1"));
        relay.orderChanged(order("o1", OrderStatus.FILLED, "1", "venue-1"));
        relay.orderChanged(order("o1", OrderStatus.FILLED, "1", "venue-1"));
        relay.dispatch();

        assertEquals(List.of("o1 active 0", "o1 filled 1"), strategy.updates);
    }

    /**
     * A backtest tells the relay to forget finished orders once its store forgot them too: the
     * open ones are still remembered, so their repeats are still not relayed; a finished one is
     * not (the store cannot publish it again; were it published, the strategy would hear of it).
     */
    @Test
    void forgettingFinishedOrdersKeepsWhatTheStrategyHeardOfOpenOnes() {
        relay.orderChanged(order("o1", OrderStatus.FILLED, "1", null));
        relay.orderChanged(order("o2", OrderStatus.PARTIAL, "0.5", null));
        relay.forgetFinishedOrders();
        relay.orderChanged(order("o2", OrderStatus.PARTIAL, "0.5", "venue-2"));
        relay.orderChanged(order("o2", OrderStatus.FILLED, "1", "venue-2"));
        relay.orderChanged(order("o1", OrderStatus.FILLED, "1", "venue-1"));
        relay.dispatch();

        assertEquals(List.of("o1 filled 1", "o2 partial 0.5", "o2 filled 1", "o1 filled 1"), strategy.updates);
    }

    /**
     * The service never calls {@link StrategyEventRelay#forgetFinishedOrders}: a relay that kept
     * every finished order grew the heap by one entry per order for the life of the process.
     */
    @Test
    void aServiceRelayRemembersABoundedNumberOfFinishedOrdersAndStillDropsRecentRepeats() {
        int orders = StrategyEventRelay.ENDED_REMEMBERED + 5_000;
        relay.orderChanged(order("open", OrderStatus.ACTIVE, "0", null));
        for (int i = 0; i < orders; i++) {
            relay.orderChanged(order("o" + i, OrderStatus.FILLED, "1", null));
        }
        relay.orderChanged(order("open", OrderStatus.ACTIVE, "0", "venue-open"));
        relay.orderChanged(order("o" + (orders - 1), OrderStatus.FILLED, "1", "venue-last"));
        relay.dispatch();

        assertEquals(StrategyEventRelay.ENDED_REMEMBERED + 1, relay.remembered());
        assertEquals(orders + 1, strategy.updates.size());
    }

    @Test
    void anotherInstancesOrdersAndNewOnesAreNotRelayed() {
        relay.orderChanged(order("o1", OrderStatus.NEW, "0", null));
        relay.orderChanged(new OrderRecord("o2", "sim", null, "s2", null, null, "main", "BTC-USD", Side.BUY, OrderType.MARKET,
                null, BigDecimal.ONE, BigDecimal.ZERO, TimeInForce.IMMEDIATE_OR_CANCEL, OrderStatus.FILLED, null, null,
                List.of(), null, null, null, false, T0, T0));
        relay.dispatch();

        assertEquals(List.of(), strategy.updates);
    }

    /**
     * News a hook threw on is not handed again (a strategy author's trial: a FILLED update lost, and the
     * take-profit it would place never placed): the failure names it, and the news queued after it still comes.
     */
    @Test
    void aHookThatThrowsNamesTheNewsItWasHandedAndTheNextNewsStillComes() {
        strategy.throwOn = "o1 filled 1";
        relay.orderChanged(order("o1", OrderStatus.FILLED, "1", null));
        relay.orderChanged(order("o2", OrderStatus.ACTIVE, "0", null));

        StrategyHookException thrown = assertThrows(StrategyHookException.class, relay::dispatch);

        assertTrue(thrown.getMessage().startsWith("strategy records threw in onOrderUpdate handed the update of order o1"
                + " to filled (filled 1) before the first candle"), thrown.getMessage());
        assertEquals("onOrderUpdate", thrown.hook());
        relay.dispatch();
        assertEquals(List.of("o1 filled 1", "o2 active 0"), strategy.updates);
    }

    private static OrderRecord order(String id, OrderStatus status, String filled, String venueOrderId) {
        return new OrderRecord(id, "sim", venueOrderId, "s1", null, null, "main", "BTC-USD", Side.BUY, OrderType.LIMIT,
                new BigDecimal("100"), BigDecimal.ONE, new BigDecimal(filled), TimeInForce.GOOD_TILL_CANCELED, status,
                null, null, List.of(), null, null, null, false, T0, T0);
    }

    private static final class Records implements Strategy {
        final List<String> updates = new ArrayList<>();
        String throwOn;

        @Override
        public String name() {
            return "records";
        }

        @Override
        public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
            String heard = update.uid() + " " + update.status().wireName() + " " + update.filled().toPlainString();
            updates.add(heard);
            if (heard.equals(throwOn)) {
                throw new IllegalStateException("no take-profit today");
            }
        }
    }
}
