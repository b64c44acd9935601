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

    /** The demo's shape: 9,399 one-minute bars with a few gaps, from 00:03, into at most 2,000 points. */
    @Test
    void minuteBarsBecomeFiveMinuteCandlesOpeningOnTheFiveMinutes() {
        ChartRecorder recorder = new ChartRecorder(1_000, 1, MINUTE);
        long time = 3 * MINUTE;
        for (int i = 0; i < 9_399; i++) {
            recorder.onBar(time, 1, 1, 1, 1, 1);
            time += i % 46 == 0 ? 3 * MINUTE : MINUTE;
        }
        ChartData data = recorder.snapshot();

        assertEquals(300, data.secondsPerPoint());
        assertEquals("5 minutes", data.pointSpan());
        assertEquals(0, data.time()[0], "the first point opens at 00:00, before the first bar at 00:03");
        assertTrue(Arrays.stream(data.time()).allMatch(t -> t % 300 == 0));
    }

    /** The page's span steps at most 2.5-fold: pairs, then fives, once left 400 of 2,000 points (review). */
    @Test
    void aLongRunKeepsAtLeastFourFifthsOfMaxPoints() {
        long[][] runs = {{MINUTE, 2_001}, {86_400, 2_001}, {86_400, 6 * 365}, {MINUTE, 6L * 365 * 1_440}, {21_600, 10_000},
            {180, 50_000}, {604_800, 5_000}};
        for (long[] run : runs) {
            ChartRecorder recorder = new ChartRecorder(1_000, 1, run[0]);
            for (long bar = 0; bar < run[1]; bar++) {
                recorder.onBar(1_704_067_200L + bar * run[0], 1, 1, 1, 1, 1);
            }
            ChartData data = recorder.snapshot();
            String what = run[1] + " bars of " + run[0] + " s: " + data.size() + " points of " + data.pointSpan();
            assertTrue(data.size() <= 2_000 && data.size() >= 800, what);
        }
    }

    @Test
    void spansGrowToTheNextOneThatMergesWhole() {
        assertEquals(300, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 60, 60));
        assertEquals(900, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 180, 180), "3 minutes does not divide 5");
        assertEquals(43_200, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 14_400, 14_400));
        assertEquals(43_200, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 21_600, 21_600));
        assertEquals(604_800, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 86_400, 86_400));
        assertEquals(1_209_600, ChartRecorder.next(ChartRecorder.RECORDING_SPANS, 604_800, 604_800));
        // a page's span is a multiple of the recorded one, not of the page span tried before it
        assertEquals(1_800, ChartRecorder.next(ChartRecorder.PAGE_SPANS, 1_200, 300));
        assertEquals(604_800, ChartRecorder.next(ChartRecorder.PAGE_SPANS, 259_200, 86_400));
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
        // 2024-01-01 was a Monday; 14 daily bars fill the 14 points kept, so the fifteenth makes them weeks
        long monday = 1_704_067_200L;
        for (int day = 0; day < 15; day++) {
            recorder.onBar(monday + 86_400L * day, 1, 1, 1, 1, 1);
        }
        ChartData data = recorder.snapshot();
        assertEquals(604_800, data.secondsPerPoint());
        assertEquals(3, data.size());
        assertEquals(monday, data.time()[0]);
        assertEquals(monday + 604_800, data.time()[1]);
        assertEquals(monday + 2 * 604_800, data.time()[2]);
    }

    @Test
    void findsThePointCoveringATime() {
        ChartRecorder recorder = new ChartRecorder(2, 1, MINUTE);
        for (int i = 0; i < 8; i++) {
            recorder.onBar(MINUTE * i, 1, 1, 1, 1, 1);
        }
        ChartData data = recorder.snapshot();
        assertEquals(120, data.secondsPerPoint(), "8 points are over the 4 a page of 2 takes: two minutes each");
        assertEquals(4, data.size());
        assertEquals(0, data.pointAt(0));
        assertEquals(0, data.pointAt(119));
        assertEquals(1, data.pointAt(120));
        assertEquals(3, data.pointAt(10_000));
        assertEquals(0, data.pointAt(-5));
    }
}
