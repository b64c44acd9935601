package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OpenOrder;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A backtest forgets finished orders every 64 candles (venue, store, strategy relay). Across a
 * thousand candles of resting limits that fill in parts, stops, and cancels, the strategy still
 * hears of each change of each of its orders once, in order, and of every fill once: nothing it
 * placed comes back as another's or as a repeat.
 */
class ForgettingFinishedOrdersTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);

    /** Every 7th candle a buy limit just under the close; a stop under each position; cancels limits older than 5 candles. */
    private static final class RestsStopsAndCancels implements Strategy {

        final Set<String> placed = new HashSet<>();
        final Map<String, List<OrderUpdate>> updates = new HashMap<>();
        final Map<String, BigDecimal> filled = new HashMap<>();
        final Map<String, Integer> placedAt = new HashMap<>();
        final Map<OrderType, Integer> terminalByType = new HashMap<>();
        final Map<String, OrderType> types = new HashMap<>();
        final List<String> balanceMismatches = new ArrayList<>();
        int candles;
        int cancels;

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public void onCandle(StrategyContext context) {
            if (context.warmingUp()) {
                return;
            }
            candles++;
            BigDecimal close = BigDecimal.valueOf(context.lastCandle().close());
            // a fill counted twice (an order taken for another's) moves the account but not this position
            BigDecimal heldForSells = context.openOrders().stream().filter(o -> o.side() == Side.SELL)
                    .map(OpenOrder::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (context.available("BTC").add(heldForSells).compareTo(context.position()) != 0) {
                balanceMismatches.add("candle " + candles + ": BTC available " + context.available("BTC") + " + held "
                        + heldForSells + " != position " + context.position());
            }
            boolean stopOpen = false;
            for (OpenOrder order : context.openOrders()) {
                stopOpen |= order.type() == OrderType.STOP_MARKET;
                if (order.type() == OrderType.LIMIT && candles - placedAt.get(order.uid()) > 5 && context.cancel(order.uid())) {
                    cancels++;
                }
            }
            if (candles % 7 == 0) {
                remember(context.buyLimit(close.multiply(new BigDecimal("0.999")).setScale(2, RoundingMode.DOWN),
                        new BigDecimal("5")), OrderType.LIMIT);
            }
            if (!stopOpen && context.position().signum() > 0) {
                remember(context.stopMarket(Side.SELL, close.multiply(new BigDecimal("0.998")).setScale(2, RoundingMode.DOWN),
                        context.position()), OrderType.STOP_MARKET);
            }
        }

        private void remember(OrderHandle handle, OrderType type) {
            if (!handle.isRejected()) {
                placed.add(handle.uid());
                placedAt.put(handle.uid(), candles);
                types.put(handle.uid(), type);
            }
        }

        @Override
        public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
            updates.computeIfAbsent(update.uid(), uid -> new ArrayList<>()).add(update);
            if (update.status().isTerminal()) {
                terminalByType.merge(types.get(update.uid()), 1, Integer::sum);
            }
        }

        @Override
        public void onFill(StrategyContext context, Fill fill) {
            filled.merge(fill.uid(), fill.quantity(), BigDecimal::add);
        }
    }

    @Test
    void eachChangeOfEachOrderIsHeardOnceAcrossTheForgetting() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new RandomWalkCandles(3, 1_000, Resolution.M1, Instant.parse("2025-01-01T00:00:00Z"),
                new BigDecimal("10000")));
        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "rests-stops-and-cancels", "venue", "test", "symbol", "BTC-USD", "tick_size",
                "0.01", "step_size", "0.0001", "balance.USD", "100000000", "max_volume_share", "0.02"));
        RestsStopsAndCancels strategy = new RestsStopsAndCancels();

        BacktestRunner.run(BacktestSpecReader.parse("forgetting", spec), strategy, store, ProgressListener.NONE);

        assertEquals(List.of(), strategy.balanceMismatches);
        assertTrue(strategy.placed.containsAll(strategy.updates.keySet()), "updates only of its own orders");
        assertTrue(strategy.placed.containsAll(strategy.filled.keySet()), "fills only of its own orders");
        int partlyFilled = 0;
        for (Map.Entry<String, List<OrderUpdate>> entry : strategy.updates.entrySet()) {
            List<OrderUpdate> updates = entry.getValue();
            for (int i = 1; i < updates.size(); i++) {
                OrderUpdate before = updates.get(i - 1);
                assertTrue(!before.status().isTerminal(), entry.getKey() + ": heard of after it finished: " + updates);
                assertTrue(before.status() != updates.get(i).status()
                        || before.filled().compareTo(updates.get(i).filled()) != 0, entry.getKey() + ": a repeat: " + updates);
            }
            OrderUpdate last = updates.get(updates.size() - 1);
            assertEquals(0, strategy.filled.getOrDefault(entry.getKey(), BigDecimal.ZERO).compareTo(last.filled()),
                    entry.getKey() + ": its fills add up to what its last update says: " + updates);
            if (updates.stream().anyMatch(u -> u.status() == OrderStatus.PARTIAL)) {
                partlyFilled++;
            }
        }
        assertTrue(strategy.candles > 3 * 64, "the run crosses several forgettings: " + strategy.candles);
        assertTrue(partlyFilled > 10 && strategy.cancels > 10, partlyFilled + " partly filled, " + strategy.cancels + " cancelled");
        assertTrue(strategy.terminalByType.getOrDefault(OrderType.STOP_MARKET, 0) >= 5, "stops: " + strategy.terminalByType);
    }
}
