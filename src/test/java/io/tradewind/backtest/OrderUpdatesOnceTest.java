package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.OrderStatus;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Defect 7 of issue 7, end to end: orders that fill while resting (a limit buy below the market,
 * then a limit sell above it) reach the strategy's {@code onOrderUpdate} once per status change.
 */
class OrderUpdatesOnceTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    /** Buys one unit at 95 on the first candle, then offers the position at 105; records every update. */
    private static final class RestingLimits implements Strategy {

        final Map<String, List<OrderStatus>> updates = new LinkedHashMap<>();

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.openOrders().isEmpty()) {
                return;
            }
            if (updates.isEmpty()) {
                context.buyLimit(new BigDecimal("95"), BigDecimal.ONE);
            } else if (context.position().signum() > 0) {
                context.sellLimit(new BigDecimal("105"), context.position());
            }
        }

        @Override
        public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
            updates.computeIfAbsent(update.uid(), uid -> new ArrayList<>()).add(update.status());
        }
    }

    @Test
    void ordersThatFillWhileRestingAreReportedFilledOnce() {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), 16);
        int minute = 0;
        chunk.add(candle(minute++, "100", "100", "100", "100"));
        chunk.add(candle(minute++, "100", "100", "100", "100"));
        chunk.add(candle(minute++, "100", "100", "94", "96"));
        chunk.add(candle(minute++, "96", "96", "96", "96"));
        chunk.add(candle(minute++, "96", "106", "96", "104"));
        chunk.add(candle(minute, "104", "104", "104", "104"));
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new ChunkCursor(chunk));
        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "resting-limits", "venue", "test", "symbol", "BTC-USD", "tick_size", "0.01",
                "step_size", "0.0001", "balance.USD", "10000"));
        RestingLimits strategy = new RestingLimits();

        int trades = BacktestRunner.run(BacktestSpecReader.parse("resting", spec), strategy, store, ProgressListener.NONE)
                .trades().size();

        assertEquals(1, trades, "bought at 95, sold at 105");
        assertEquals(List.of(List.of(OrderStatus.ACTIVE, OrderStatus.FILLED), List.of(OrderStatus.ACTIVE, OrderStatus.FILLED)),
                List.copyOf(strategy.updates.values()));
    }

    private static Candle candle(int minute, String open, String high, String low, String close) {
        return new Candle(START.plusSeconds(60L * minute), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), new BigDecimal("1000"), new BigDecimal(close).multiply(new BigDecimal("1000")));
    }
}
