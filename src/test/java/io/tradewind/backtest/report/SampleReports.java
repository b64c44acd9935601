package io.tradewind.backtest.report;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report from a toy always-in-and-out rule over a random walk: long for 200 bars, flat for 100,
 * one unit, 0.1% fee each side. Enough trades and bars to exercise every part of the writers.
 */
final class SampleReports {

    private SampleReports() {
    }

    static BacktestReport randomWalk(long bars) {
        return randomWalk(bars, new BigDecimal("30000.00"), new BigDecimal("100000.00"), 8);
    }

    /** At rial magnitudes: a price near 1e11 and a balance of 1e15. */
    static BacktestReport rialRandomWalk(long bars) {
        return randomWalk(bars, new BigDecimal("100000000000"), new BigDecimal("1000000000000000"), 2);
    }

    private static BacktestReport randomWalk(long bars, BigDecimal startPrice, BigDecimal startCash, int equityScale) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        RandomWalkCandles candles = new RandomWalkCandles(42, bars, Resolution.M1, start, startPrice);
        CandleScales scales = candles.scales();
        BigDecimal fee = new BigDecimal("0.001");
        BigDecimal cash = startCash;
        MetricsCalculator metrics = new MetricsCalculator(cash, equityScale, scales.priceScale(), Resolution.M1);
        ChartRecorder chart = new ChartRecorder(500, cash.doubleValue(), Resolution.M1.seconds());
        List<ClosedTrade> trades = new ArrayList<>();
        long bar = 0;
        BigDecimal entryPrice = null;
        Instant entryTime = null;
        for (CandleChunk chunk = candles.next(); chunk != null; chunk = candles.next()) {
            for (int i = 0; i < chunk.size(); i++, bar++) {
                BigDecimal close = scales.price(chunk.close(i));
                Instant time = Instant.ofEpochSecond(chunk.openTime(i) + 60);
                if (bar % 300 == 0) {
                    entryPrice = close;
                    entryTime = time;
                    cash = cash.subtract(close).subtract(close.multiply(fee));
                } else if (bar % 300 == 200) {
                    ClosedTrade trade = ClosedTrade.of(Side.BUY, entryTime, time, entryPrice, close, BigDecimal.ONE,
                            entryPrice.add(close).multiply(fee));
                    trades.add(trade);
                    cash = cash.add(close).subtract(close.multiply(fee));
                    entryPrice = null;
                }
                BigDecimal equity = (entryPrice == null ? cash : cash.add(close)).setScale(equityScale, RoundingMode.HALF_EVEN);
                metrics.onBar(Instant.ofEpochSecond(chunk.openTime(i)), equity, close, entryPrice != null);
                chart.onBar(chunk.openTime(i), scales.price(chunk.open(i)).doubleValue(),
                        scales.price(chunk.high(i)).doubleValue(), scales.price(chunk.low(i)).doubleValue(),
                        close.doubleValue(), equity.doubleValue());
            }
        }
        return new BacktestReport("random-walk-sample", "toy-in-out", Map.of("long", "200", "flat", "100"),
                "sim", Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0.001", "0.001"), Resolution.M1, start, start.plusSeconds(60 * bars), bars, 123,
                metrics.finish(trades), trades, chart.snapshot(), 0);
    }
}
