package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChartRecorderTest {

    @Test
    void keepsEveryBarWhileThereIsRoom() {
        ChartRecorder recorder = new ChartRecorder(10, 100);
        for (int i = 0; i < 20; i++) {
            recorder.onBar(60L * i, i, i + 1, i - 1, i + 0.5, 100 + i);
        }
        ChartData data = recorder.snapshot();
        assertEquals(20, data.size());
        assertEquals(1, data.barsPerPoint());
    }

    /** Seeded random bars: downsampled points keep the extremes, the ends and the worst drawdown. */
    @Test
    void mergingKeepsExtremesAndTheWorstDrawdown() {
        SplittableRandom random = new SplittableRandom(8);
        for (int round = 0; round < 20; round++) {
            int maxPoints = 2 + random.nextInt(200);
            int bars = 1 + random.nextInt(50_000);
            ChartRecorder recorder = new ChartRecorder(maxPoints, 1000);
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double peak = 1000;
            double worst = 0;
            double firstOpen = 0;
            double lastClose = 0;
            double lastEquity = 0;
            for (int i = 0; i < bars; i++) {
                double open = 100 + random.nextDouble();
                double close = 100 + random.nextDouble();
                double h = Math.max(open, close) + random.nextDouble();
                double l = Math.min(open, close) - random.nextDouble();
                double equity = 1000 + random.nextDouble() * 100;
                recorder.onBar(60L * i, open, h, l, close, equity);
                firstOpen = i == 0 ? open : firstOpen;
                lastClose = close;
                lastEquity = equity;
                high = Math.max(high, h);
                low = Math.min(low, l);
                peak = Math.max(peak, equity);
                worst = Math.max(worst, (peak - equity) / peak);
            }
            ChartData data = recorder.snapshot();
            assertTrue(data.size() <= 2 * maxPoints);
            assertEquals(bars, (data.size() - 1) * data.barsPerPoint() + countLast(bars, data), "bars covered");
            assertEquals(firstOpen, data.open()[0]);
            assertEquals(lastClose, data.close()[data.size() - 1]);
            assertEquals(lastEquity, data.equity()[data.size() - 1]);
            assertEquals(high, Arrays.stream(data.high()).max().orElseThrow());
            assertEquals(low, Arrays.stream(data.low()).min().orElseThrow());
            assertEquals(worst, Arrays.stream(data.drawdown()).max().orElseThrow(), 1e-15);
        }
    }

    private static long countLast(int bars, ChartData data) {
        return bars - (data.size() - 1) * data.barsPerPoint();
    }

    @Test
    void drawdownCountsFromTheInitialEquityWithTheSignOfTheMetrics() {
        ChartRecorder recorder = new ChartRecorder(10, 200);
        recorder.onBar(0, 1, 1, 1, 1, 150);
        // 25 % below the peak is +0.25, as BacktestMetrics.maxDrawdown says it
        assertEquals(0.25, recorder.snapshot().drawdown()[0]);
    }

    @Test
    void findsThePointCoveringATime() {
        ChartRecorder recorder = new ChartRecorder(2, 1);
        for (int i = 0; i < 8; i++) {
            recorder.onBar(60L * i, 1, 1, 1, 1, 1);
        }
        ChartData data = recorder.snapshot();
        assertEquals(2, data.barsPerPoint());
        assertEquals(4, data.size());
        assertEquals(0, data.pointAt(0));
        assertEquals(0, data.pointAt(90));
        assertEquals(1, data.pointAt(120));
        assertEquals(3, data.pointAt(10_000));
        assertEquals(0, data.pointAt(-5));
    }
}
