package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChartRecorderTest {

    private static final long MINUTE = 60;

    @Test
    void keepsEveryBarWhileThereIsRoom() {
        ChartRecorder recorder = new ChartRecorder(10, 100, MINUTE);
        for (int i = 0; i < 20; i++) {
            recorder.onBar(MINUTE * i, i, i + 1, i - 1, i + 0.5, 100 + i);
        }
        ChartData data = recorder.snapshot();
        assertEquals(20, data.size());
        assertEquals(MINUTE, data.secondsPerPoint());
        assertFalse(data.downsampled());
    }

    /**
     * Seeded random bars with gaps: downsampled points keep the extremes, the ends and the worst
     * drawdown, and each opens on a multiple of its span, where a chart's time axis puts its labels.
     */
    @Test
    void mergingKeepsExtremesAndTheWorstDrawdownOnAlignedPoints() {
        SplittableRandom random = new SplittableRandom(8);
        for (int round = 0; round < 20; round++) {
            int maxPoints = 2 + random.nextInt(200);
            int bars = 1 + random.nextInt(50_000);
            long start = MINUTE * random.nextInt(10_000);
            ChartRecorder recorder = new ChartRecorder(maxPoints, 1000, MINUTE);
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double peak = 1000;
            double worst = 0;
            double firstOpen = 0;
            double lastClose = 0;
            double lastEquity = 0;
            long time = start;
            for (int i = 0; i < bars; i++) {
                // one bar in fifty follows a gap of up to a day
                time += random.nextInt(50) == 0 ? MINUTE * (1 + random.nextInt(1_440)) : MINUTE;
                double open = 100 + random.nextDouble();
                double close = 100 + random.nextDouble();
                double h = Math.max(open, close) + random.nextDouble();
                double l = Math.min(open, close) - random.nextDouble();
                double equity = 1000 + random.nextDouble() * 100;
                recorder.onBar(time, open, h, l, close, equity);
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
            long span = data.secondsPerPoint();
            for (int i = 0; i < data.size(); i++) {
                long opens = data.time()[i] - (span % 604_800 == 0 ? 4 * 86_400 : 0);
                assertEquals(0, Math.floorMod(opens, span), "point " + i + " opens on its span of " + span + " s");
                assertTrue(i == 0 || data.time()[i] > data.time()[i - 1], "points in time order");
            }
            assertTrue(data.time()[data.size() - 1] <= time && time < data.time()[data.size() - 1] + span, "the last bar is in the last point");
            assertEquals(firstOpen, data.open()[0]);
            assertEquals(lastClose, data.close()[data.size() - 1]);
            assertEquals(lastEquity, data.equity()[data.size() - 1]);
            assertEquals(high, Arrays.stream(data.high()).max().orElseThrow());
            assertEquals(low, Arrays.stream(data.low()).min().orElseThrow());
            assertEquals(worst, Arrays.stream(data.drawdown()).max().orElseThrow(), 1e-15);
        }
    }

    /** The demo's shape: 9,399 one-minute bars over 9,603 minutes, from 00:03, into at most 2,000 points. */
    @Test
    void minuteBarsBecomeFiveMinuteCandlesOpeningOnTheFiveMinutes() {
        ChartRecorder recorder = new ChartRecorder(1_000, 1, MINUTE);
        long time = 3 * MINUTE;
        for (int i = 0; i < 9_399; i++) {
            recorder.onBar(time, 1, 1, 1, 1, 1);
            time += i % 46 == 0 ? 2 * MINUTE + MINUTE : MINUTE;
        }
        ChartData data = recorder.snapshot();

        assertEquals(300, data.secondsPerPoint());
        assertEquals("5 minutes", data.pointSpan());
        assertEquals(0, data.time()[0], "the first point opens at 00:00, before the first bar at 00:03");
        assertTrue(Arrays.stream(data.time()).allMatch(t -> t % 300 == 0));
    }

    @Test
    void spansGrowToTheNextOneTheyDivide() {
        assertEquals(300, ChartRecorder.nextSpan(60));
        assertEquals(900, ChartRecorder.nextSpan(180), "3-minute bars skip 5 minutes, which 3 does not divide");
        assertEquals(43_200, ChartRecorder.nextSpan(14_400));
        assertEquals(43_200, ChartRecorder.nextSpan(21_600));
        assertEquals(604_800, ChartRecorder.nextSpan(86_400));
        assertEquals(1_209_600, ChartRecorder.nextSpan(604_800));
    }

    @Test
    void pointSpansReadAsWords() {
        assertEquals("1 hour", new ChartData(60, 3_600, new long[0], null, null, null, null, null, null).pointSpan());
        assertEquals("12 hours", new ChartData(60, 43_200, new long[0], null, null, null, null, null, null).pointSpan());
        assertEquals("2 weeks", new ChartData(60, 1_209_600, new long[0], null, null, null, null, null, null).pointSpan());
    }

    @Test
    void drawdownCountsFromTheInitialEquityWithTheSignOfTheMetrics() {
        ChartRecorder recorder = new ChartRecorder(10, 200, MINUTE);
        recorder.onBar(0, 1, 1, 1, 1, 150);
        // 25 % below the peak is +0.25, as BacktestMetrics.maxDrawdown says it
        assertEquals(0.25, recorder.snapshot().drawdown()[0]);
    }

    @Test
    void weeksOpenOnMonday() {
        ChartRecorder recorder = new ChartRecorder(2, 1, 86_400);
        // 2024-01-01 was a Monday; ten daily bars fill four points twice over
        long monday = 1_704_067_200L;
        for (int day = 0; day < 10; day++) {
            recorder.onBar(monday + 86_400L * day, 1, 1, 1, 1, 1);
        }
        ChartData data = recorder.snapshot();
        assertEquals(604_800, data.secondsPerPoint());
        assertEquals(monday, data.time()[0]);
        assertEquals(monday + 604_800, data.time()[1]);
    }

    @Test
    void findsThePointCoveringATime() {
        ChartRecorder recorder = new ChartRecorder(2, 1, MINUTE);
        for (int i = 0; i < 8; i++) {
            recorder.onBar(MINUTE * i, 1, 1, 1, 1, 1);
        }
        ChartData data = recorder.snapshot();
        assertEquals(300, data.secondsPerPoint());
        assertEquals(2, data.size());
        assertEquals(0, data.pointAt(0));
        assertEquals(0, data.pointAt(299));
        assertEquals(1, data.pointAt(300));
        assertEquals(1, data.pointAt(10_000));
        assertEquals(0, data.pointAt(-5));
    }
}
