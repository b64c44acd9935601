package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examples.FastSmaCrossover;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.sim.UnrepresentableAmountException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A backtest at rial magnitudes trades as the same backtest a million times smaller: SMA 5/20 on
 * 400 one-minute candles near 1.2e11 IRR, whose first round trip gains about 9 %, closes every
 * trade the small run closes. (The market side used to be funded with a fixed amount; once the
 * strategy had won more than that, its exits found no buyer and the position was held to the end.)
 */
class RialMagnitudeBacktestTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-IRR", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SCALE_UP = 1_000_000;
    /** Legs of the price path: bars, then the relative change over them. */
    private static final double[][] LEGS = {{40, -0.05}, {60, 0.12}, {60, -0.10}, {60, 0.03}, {60, -0.03}, {60, 0.03},
        {60, -0.03}};

    @Test
    void aOneRialTickWithEightyBillionRialsClosesEveryTrade() {
        assertSameTradesAsOneMillionTimesSmaller("1", "80000000000");
    }

    @Test
    void aTenRialTickWithFiveHundredBillionRialsClosesEveryTrade() {
        assertSameTradesAsOneMillionTimesSmaller("10", "500000000000");
    }

    @Test
    void aThousandRialTickWithFiftyTrillionRialsClosesEveryTrade() {
        assertSameTradesAsOneMillionTimesSmaller("1000", "50000000000000");
    }

    /** Balances in IRR units that the market's former upfront funding pushed past a long's range. */
    @Test
    void aThousandRialTickWithEightyOneTrillionRialsRunsWithoutOverflow() {
        assertSameTradesAsOneMillionTimesSmaller("1000", "81000000000000");
    }

    /**
     * Equity past what the quote asset can hold (a long of units at the tick's plus the step's
     * decimals: about 9.2e10 IRR for tick 1 and 8-decimal quantities) stops the run with the amount
     * and what to change; it used to end in a bare ArithmeticException from the equity curve.
     */
    @Test
    void equityBeyondWhatTheQuoteAssetCanHoldStopsWithTheLimitAndWhatToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(SCALE_UP, "1", "90000000000"));
        assertTrue(e.getMessage().contains("92233720368.54775807 IRR"), e.getMessage());
        assertTrue(e.getMessage().contains("coarser tick_size or step_size"), e.getMessage());
    }

    /**
     * The market side funded past what the exchange can hold (a 0.01 tick and 8-decimal quantities
     * keep IRR at 10 decimals: at most about 9.2e8 IRR in all) stops the run with the limit and what
     * to change; it was reported as the strategy's exception in onCandle, the order call's.
     */
    @Test
    void marketFundingBeyondWhatTheExchangeCanHoldStopsWithTheLimitNotAsTheStrategysFault() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new RandomWalkCandles(3, 2_000, Resolution.M1, START, new BigDecimal("100000000000")));
        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "fast-sma-crossover", "venue", "test", "symbol", "BTC-IRR", "tick_size", "0.01",
                "step_size", "0.00000001", "balance.IRR", "900000000", "param.fast", "5", "param.slow", "20"));
        spec.putAll(Map.of("maker_fee", "0.001", "taker_fee", "0.002", "slippage", "0.0005", "fill_model", "next-open"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BacktestRunner.run(
                BacktestSpecReader.parse("rial", spec), new FastSmaCrossover(), store, ProgressListener.NONE));
        assertTrue(e.getCause() instanceof UnrepresentableAmountException, "not the strategy's: " + e);
        assertTrue(e.getMessage().contains("the simulated exchange would hold more than it can: the balances and the market's"
                + " side of a trade")
                && e.getMessage().contains("on the exchange would total") && e.getMessage().contains("922337203.6854775807 IRR")
                && e.getMessage().contains("coarser tick_size or step_size"), e.getMessage());
    }

    private static void assertSameTradesAsOneMillionTimesSmaller(String tick, String balance) {
        List<ClosedTrade> small = run(1, "1", new BigDecimal(balance).movePointLeft(6).toPlainString()).trades();
        List<ClosedTrade> large = run(SCALE_UP, tick, balance).trades();
        assertTrue(small.size() >= 3, "the price path is made for three round trips, got " + small.size());
        assertEquals(times(small), times(large), "entry and exit times of the closed trades");
        for (int i = 0; i < small.size(); i++) {
            assertEquals(0, small.get(i).exitPrice().movePointRight(6).compareTo(large.get(i).exitPrice()), "exit of trade " + i);
        }
    }

    private static List<String> times(List<ClosedTrade> trades) {
        return trades.stream().map(t -> t.entryTime() + " -> " + t.exitTime()).toList();
    }

    private static BacktestReport run(long priceFactor, String tick, String balance) {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new ChunkCursor(candles(priceFactor)));
        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "fast-sma-crossover", "venue", "test", "symbol", "BTC-IRR", "tick_size", tick,
                "step_size", "0.00000001", "balance.IRR", balance, "param.fast", "5", "param.slow", "20"));
        return BacktestRunner.run(BacktestSpecReader.parse("rial", spec), new FastSmaCrossover(), store, ProgressListener.NONE);
    }

    /** Piecewise linear closes from 120,000 (times {@code priceFactor}); each candle opens at the previous close. */
    private static CandleChunk candles(long priceFactor) {
        CandleChunk chunk = new CandleChunk(new CandleScales(0, 8, 0), 512);
        long previous = 120_000;
        double level = previous;
        int minute = 0;
        for (double[] leg : LEGS) {
            double start = level;
            double end = start * (1 + leg[1]);
            for (int k = 1; k <= leg[0] && minute < 400; k++) {
                level = start + (end - start) * k / leg[0];
                long close = Math.round(level);
                chunk.add(candle(minute++, previous * priceFactor, close * priceFactor, 10 * priceFactor));
                previous = close;
            }
        }
        return chunk;
    }

    private static Candle candle(int minute, long open, long close, long wick) {
        BigDecimal volume = BigDecimal.TEN;
        return new Candle(START.plusSeconds(60L * minute), BigDecimal.valueOf(open),
                BigDecimal.valueOf(Math.max(open, close) + wick), BigDecimal.valueOf(Math.min(open, close) - wick),
                BigDecimal.valueOf(close), volume, BigDecimal.valueOf(close).multiply(volume));
    }
}
