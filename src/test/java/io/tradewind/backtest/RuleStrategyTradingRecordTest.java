package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.RuleStrategy;
import io.tradewind.strategy.Rules;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.BooleanRule;
import org.ta4j.core.rules.StopGainRule;
import org.ta4j.core.rules.StopLossRule;
import org.ta4j.core.rules.TrailingStopLossRule;

/**
 * ta4j rules that read a trading record (stop-loss, stop-gain) work in a {@link RuleStrategy}:
 * it asks its rules with a record of its own position. They used to be asked without one, and
 * ta4j's stop rules are never satisfied then: the position was held to the end.
 */
class RuleStrategyTradingRecordTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    /** Enters at once; leaves when the close is 1 % above the entry price. */
    public static final class TakesOnePercent extends RuleStrategy {
        @Override
        protected Rules rules(BarSeries series, StrategyParameters parameters) {
            return new Rules(BooleanRule.TRUE, new StopGainRule(new ClosePriceIndicator(series), 1), "always", "stop-gain");
        }
    }

    /** Enters at once; leaves when the close is 2 % below the entry price. */
    public static final class CutsTwoPercent extends RuleStrategy {
        @Override
        protected Rules rules(BarSeries series, StrategyParameters parameters) {
            return new Rules(BooleanRule.TRUE, new StopLossRule(new ClosePriceIndicator(series), 2), "always", "stop-loss");
        }
    }

    /** Enters at once; leaves when the close is 2 % below the highest close since the entry. */
    public static final class TrailsTwoPercent extends RuleStrategy {
        @Override
        protected Rules rules(BarSeries series, StrategyParameters parameters) {
            return new Rules(BooleanRule.TRUE, new TrailingStopLossRule(new ClosePriceIndicator(series), series.numOf(2)),
                    "always", "trailing stop");
        }
    }

    @Test
    void a_trailing_stop_exits_at_the_first_close_two_percent_below_the_highest_close_since_the_entry() {
        List<Candle> candles = candles(100, new BigDecimal("0.50"));
        List<Candle> falling = candles(130, new BigDecimal("-0.50"));
        for (int i = 0; i < falling.size(); i++) {
            Candle c = falling.get(i);
            falling.set(i, new Candle(c.openTime().plusSeconds(3600), c.open(), c.high(), c.low(), c.close(), c.volume(),
                    c.quoteVolume()));
        }
        candles.addAll(falling);
        List<ClosedTrade> trades = backtest(new TrailsTwoPercent(), "trails-two-percent", candles);

        assertFalse(trades.isEmpty(), "no trade closed: the trailing stop never fired");
        for (ClosedTrade trade : trades) {
            BigDecimal highest = BigDecimal.ZERO;
            Instant exitCandle = null;
            for (int i = 0; i + 1 < candles.size() && exitCandle == null; i++) {
                Candle candle = candles.get(i);
                if (!candle.openTime().isBefore(trade.entryTime())) {
                    highest = highest.max(candle.close());
                    if (candle.close().compareTo(highest.multiply(new BigDecimal("0.98"))) <= 0) {
                        exitCandle = candles.get(i + 1).openTime();
                    }
                }
            }
            assertEquals(exitCandle, trade.exitTime(), trade.toString());
        }
    }

    @Test
    void a_stop_gain_rule_exits_at_the_first_close_one_percent_above_the_entry() {
        List<Candle> candles = candles(100, new BigDecimal("0.25"));
        List<ClosedTrade> trades = backtest(new TakesOnePercent(), "takes-one-percent", candles);

        assertFalse(trades.isEmpty(), "no trade closed: the stop-gain never fired");
        for (ClosedTrade trade : trades) {
            BigDecimal target = trade.entryPrice().multiply(new BigDecimal("1.01"));
            assertEquals(exitCandleAfter(candles, trade, target, true), trade.exitTime(), trade.toString());
        }
    }

    @Test
    void a_stop_loss_rule_exits_at_the_first_close_two_percent_below_the_entry() {
        List<Candle> candles = candles(200, new BigDecimal("-0.50"));
        List<ClosedTrade> trades = backtest(new CutsTwoPercent(), "cuts-two-percent", candles);

        assertFalse(trades.isEmpty(), "no trade closed: the stop-loss never fired");
        for (ClosedTrade trade : trades) {
            BigDecimal limit = trade.entryPrice().multiply(new BigDecimal("0.98"));
            assertEquals(exitCandleAfter(candles, trade, limit, false), trade.exitTime(), trade.toString());
        }
    }

    /**
     * The open time of the candle after the first one, from the entry's candle on, whose close
     * reaches {@code price} (at or above it when {@code above}): the exit is decided at that
     * close and fills at the next candle's open.
     */
    private static Instant exitCandleAfter(List<Candle> candles, ClosedTrade trade, BigDecimal price, boolean above) {
        for (int i = 0; i + 1 < candles.size(); i++) {
            Candle candle = candles.get(i);
            int side = candle.close().compareTo(price);
            if (!candle.openTime().isBefore(trade.entryTime()) && (above ? side >= 0 : side <= 0)) {
                return candles.get(i + 1).openTime();
            }
        }
        throw new AssertionError("no close reaches " + price + " after " + trade);
    }

    /** 60 one-minute candles moving by {@code step} a minute from {@code first}, each opening at the last close. */
    private static List<Candle> candles(int first, BigDecimal step) {
        List<Candle> candles = new ArrayList<>();
        BigDecimal close = BigDecimal.valueOf(first);
        for (int minute = 0; minute < 60; minute++) {
            BigDecimal open = close;
            close = close.add(step);
            candles.add(new Candle(START.plusSeconds(60L * minute), open, open.max(close), open.min(close), close,
                    new BigDecimal("1000"), close.multiply(new BigDecimal("1000"))));
        }
        return candles;
    }

    private static List<ClosedTrade> backtest(RuleStrategy strategy, String name, List<Candle> candles) {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), candles.size());
        candles.forEach(chunk::add);
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new ChunkCursor(chunk));
        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", name, "venue", "test", "symbol", "BTC-USD", "tick_size", "0.01",
                "step_size", "0.0001", "balance.USD", "10000"));
        return BacktestRunner.run(BacktestSpecReader.parse(name, spec), strategy, store, ProgressListener.NONE).trades();
    }
}
