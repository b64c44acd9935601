package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.strategy.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark compares speeds only of paths that did the same work, and counts what the strategy did. */
class BacktestBenchmarkTest {

    private static BenchmarkRuns runs(String path, double seconds, long trades) {
        BenchmarkRuns runs = new BenchmarkRuns(path, 1_000_000, 1);
        runs.add(seconds, new JvmActivity((long) (seconds * 1e9), 0, 0, 0), trades, 2 * trades, 0);
        return runs;
    }

    private static String compare(BenchmarkRuns ours, BenchmarkRuns theirs, boolean expectRatio) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean printed = BacktestBenchmark.compare(ours, theirs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(expectRatio, printed);
        return bytes.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void aRatioIsPrintedWhenTheTradeCountsAgreeWithinHalfAPercent() {
        String line = compare(runs("ours", 0.5, 19_446 - 97), runs("theirs", 1.5, 19_446), true);

        assertEquals("ours / theirs: 3.00x (median candles/s; trade counts 19,349 and 19,446, 0.50 % apart)", line);
    }

    @Test
    void noRatioWhenTheTradeCountsDifferByMore() {
        String line = compare(runs("ours", 0.5, 5_253), runs("theirs", 1.5, 19_446), false);

        assertTrue(line.startsWith("ours / theirs: NO RATIO: trade counts 5,253 and 19,446 differ by 72.99 %"), line);
        assertFalse(line.contains("x ("), line);
    }

    @Test
    void theOrderCounterForwardsEveryHookOfAStrategy() throws NoSuchMethodException {
        for (Method hook : Strategy.class.getMethods()) {
            if (!Modifier.isStatic(hook.getModifiers())) {
                Method forwarded = OrderCountingStrategy.class.getMethod(hook.getName(), hook.getParameterTypes());
                assertEquals(OrderCountingStrategy.class, forwarded.getDeclaringClass(), hook.getName() + " is not forwarded");
            }
        }
    }
}
